# CPack: `cmake --build <dir> --target package`, or `cpack -G DEB` in the build folder.
# Signing happens outside CMake, with the scripts under packaging/ (see packaging/README.md).
set(CPACK_PACKAGE_NAME "mailgun-recovery-assistant")
set(CPACK_PACKAGE_VENDOR "Mailgun Recovery Assistant contributors")
set(CPACK_PACKAGE_CONTACT "Mailgun Recovery Assistant contributors <mailgun-recovery-assistant@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Guided recovery of a compromised Mailgun account")
set(CPACK_PACKAGE_DESCRIPTION
    "A step-by-step assistant for the administrator of a Mailgun account that was misused \
or disabled because it looks compromised. It follows Mailgun's recovery procedure: finds how \
credentials leaked, replaces the API key and SMTP passwords (kept in the system keychain), \
checks users' passwords and two-factor authentication, and prepares a report for Mailgun support.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Mailgun Recovery Assistant")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/build-[^/]*/")

# Per platform, each in its own file: the Debian package, the Windows installer, the macOS
# bundle and disk image.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    include(PackagingLinux)
elseif(WIN32)
    include(PackagingWindows)
elseif(APPLE)
    include(PackagingMacos)
else()
    set(CPACK_GENERATOR "TGZ")
endif()

include(CPack)
