# CPACK_POST_BUILD_SCRIPTS hook (cmake/PackagingWindows.cmake, -DMRA_SIGN_PACKAGES=ON): signs
# the installer (.msi, or a setup .exe) CPack has just made.
include("${CMAKE_CURRENT_LIST_DIR}/cpack-sign-common.cmake")
set(mra_to_sign)
foreach(mra_file IN LISTS CPACK_PACKAGE_FILES)
    if(mra_file MATCHES "\\.(msi|exe)$")
        list(APPEND mra_to_sign "${mra_file}")
    endif()
endforeach()
mra_sign_files(${mra_to_sign})
