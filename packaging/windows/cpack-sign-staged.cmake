# CPACK_PRE_BUILD_SCRIPTS hook (cmake/PackagingWindows.cmake, -DMRA_SIGN_PACKAGES=ON): signs
# every .exe and .dll in the staging folder before the installer is made from it.
include("${CMAKE_CURRENT_LIST_DIR}/cpack-sign-common.cmake")
file(GLOB_RECURSE mra_to_sign
    "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.exe" "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.dll")
mra_sign_files(${mra_to_sign})
