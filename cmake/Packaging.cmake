# CPack: `cmake --build <dir> --target package`, or `cpack -G DEB` in the build folder.
# Only the Debian package is set up for now; Windows (WiX) and macOS installers, and
# signing, come later (packaging/).
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

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB")
    set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "net")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    # Library dependencies are computed from the binary (needs `file` and dpkg-shlibdeps).
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Loaded at run time, so dpkg-shlibdeps cannot see them: the libsecret backend of
    # QtKeychain, and Qt's SVG image plugin (libqt6svg6) for the icons.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libsecret-1-0, libqt6svg6")
    # Somewhere to keep the new secrets: without a keychain the program still works, but
    # can only show each secret once.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
elseif(WIN32)
    set(CPACK_GENERATOR "ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "TGZ")
endif()

include(CPack)
