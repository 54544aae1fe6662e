# The Windows installer: an MSI built by CPack's WiX generator (WiX Toolset 3.x on PATH, or
# WIX set to its folder), with the Qt libraries deployed next to the program by windeployqt,
# a Start-menu shortcut, an entry in "Apps & features" that uninstalls it, and the version
# resource and icon compiled into mailgun-recovery.exe. Included from Packaging.cmake on
# WIN32 only. How to build and sign it: packaging/README.md.

# --- The version resource and the icon of mailgun-recovery.exe ---------------------------------
# resources/windows/app.ico is committed (regenerate with resources/windows/make-ico.sh).
set(MRA_RC_ICON "${PROJECT_SOURCE_DIR}/resources/windows/app.ico")
set(MRA_RC_COMPANY "${CPACK_PACKAGE_VENDOR}")
set(MRA_RC_COPYRIGHT "Copyright (c) 2026 Mailgun Recovery Assistant contributors. MIT License.")
set(MRA_RC_FILEFLAGS "0x0L")
configure_file("${PROJECT_SOURCE_DIR}/resources/windows/mailgun-recovery.rc.in"
    "${PROJECT_BINARY_DIR}/resources/windows/mailgun-recovery.rc" @ONLY)
if(TARGET mailgun-recovery)
    # The MSVC and MinGW platform files enable RC with CXX already; this makes it explicit.
    enable_language(RC)
    target_sources(mailgun-recovery PRIVATE
        "${PROJECT_BINARY_DIR}/resources/windows/mailgun-recovery.rc")
    set_property(SOURCE "${PROJECT_BINARY_DIR}/resources/windows/mailgun-recovery.rc"
        APPEND PROPERTY OBJECT_DEPENDS "${MRA_RC_ICON}")
endif()

# --- What goes into the installer ----------------------------------------------------------
# The Qt libraries and plugins (platforms, styles, tls, imageformats, iconengines) next to
# the program: qt_generate_deploy_app_script (Qt 6.3+) runs windeployqt on the installed
# mailgun-recovery.exe and writes a qt.conf. Qt 6.4 supports it on Windows with a shared Qt.
if(TARGET mailgun-recovery AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET mailgun-recovery
        FILENAME_VARIABLE mra_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${mra_deploy_script}")
endif()
# windeployqt only copies Qt's own libraries: QtKeychain's DLL is installed here.
if(TARGET Qt6Keychain::Qt6Keychain)
    get_target_property(mra_keychain_type Qt6Keychain::Qt6Keychain TYPE)
    if(mra_keychain_type STREQUAL "SHARED_LIBRARY")
        install(IMPORTED_RUNTIME_ARTIFACTS Qt6Keychain::Qt6Keychain
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endif()
# The Visual C++ runtime DLLs (MSVC builds; MinGW's runtime comes with windeployqt).
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

# --- The MSI --------------------------------------------------------------------------------
set(CPACK_GENERATOR "WIX")
# The upgrade code identifies the product across all its versions: a newer MSI replaces an
# older one instead of installing beside it. NEVER change it.
set(CPACK_WIX_UPGRADE_GUID "DB0A2308-0148-4CA1-B31B-8327299D6A9A")
set(CPACK_WIX_ARCHITECTURE "x64")
set(CPACK_PACKAGE_FILE_NAME "MailgunRecoveryAssistant-${PROJECT_VERSION}-windows-x64")
set(CPACK_WIX_PRODUCT_ICON "${MRA_RC_ICON}")
# Start menu: "Mailgun Recovery Assistant" > "Mailgun Recovery Assistant", and a desktop link.
set(CPACK_PACKAGE_EXECUTABLES "mailgun-recovery" "Mailgun Recovery Assistant")
set(CPACK_CREATE_DESKTOP_LINKS "mailgun-recovery")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Mailgun Recovery Assistant")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Mailgun Recovery Assistant")
# WiX accepts a license only as .rtf or .txt (it converts .txt), and LICENSE has no extension.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt" COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/packaging/LICENSE.txt")
# "Apps & features" (Add/Remove Programs): icon, links and publisher. The uninstaller is the
# MSI's own entry there.
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPHELPLINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_WIX_PROPERTY_ARPCONTACT "${CPACK_PACKAGE_CONTACT}")
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}")
set(CPACK_WIX_ROOT_FEATURE_TITLE "Mailgun Recovery Assistant")

# --- Optional signing while packaging -------------------------------------------------------
# With -DMRA_SIGN_PACKAGES=ON, `cmake --build <dir> --target package` signs every .exe and
# .dll in the staging folder before WiX packs them, then signs the .msi: on a Windows host
# with packaging/windows/sign.ps1 (signtool), elsewhere with packaging/windows/sign
# (osslsigncode). The certificate comes from the MRA_SIGN_* environment variables described
# in packaging/README.md; nothing secret goes into the CMake cache.
option(MRA_SIGN_PACKAGES "Authenticode-sign the program and the installer while packaging" OFF)
if(MRA_SIGN_PACKAGES)
    set(CPACK_MRA_SIGN_HOST_WINDOWS "${CMAKE_HOST_WIN32}")
    set(CPACK_MRA_SIGN_SCRIPT_DIR "${PROJECT_SOURCE_DIR}/packaging/windows")
    set(CPACK_PRE_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/windows/cpack-sign-staged.cmake")
    set(CPACK_POST_BUILD_SCRIPTS "${PROJECT_SOURCE_DIR}/packaging/windows/cpack-sign-package.cmake")
endif()
