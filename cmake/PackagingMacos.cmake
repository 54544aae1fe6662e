# The macOS app bundle ("Mailgun Recovery Assistant.app" is mailgun-recovery.app) and its disk
# image: Info.plist, icon, the Qt frameworks and plugins deployed into the bundle by
# macdeployqt, and a DragNDrop .dmg. Included from Packaging.cmake on APPLE only. Signing with
# the hardened runtime, notarization and stapling happen afterwards, in
# packaging/macos/sign-and-notarize (see packaging/README.md).

# --- The bundle -----------------------------------------------------------------------------
# resources/macos/app.icns is committed (regenerate with resources/macos/make-icns.sh).
set(mra_icns "${PROJECT_SOURCE_DIR}/resources/macos/app.icns")
if(TARGET mailgun-recovery)
    target_sources(mailgun-recovery PRIVATE "${mra_icns}")
    set_source_files_properties("${mra_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(mailgun-recovery PROPERTIES
        MACOSX_BUNDLE ON
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/resources/macos/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME "Mailgun Recovery Assistant"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${MRA_APP_ID}"
        MACOSX_BUNDLE_ICON_FILE "app.icns"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "Copyright (c) 2026 Mailgun Recovery Assistant contributors. MIT License."
        # Xcode generator: sign with the hardened runtime too when it builds the bundle.
        XCODE_ATTRIBUTE_ENABLE_HARDENED_RUNTIME YES
        XCODE_ATTRIBUTE_CODE_SIGN_ENTITLEMENTS "${PROJECT_SOURCE_DIR}/resources/macos/entitlements.plist")
endif()
# The bundle says macOS 11 or later (LSMinimumSystemVersion in Info.plist.in); configure with
# -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0 so the program is built for the same (it must be set
# before project(), so not here).

# --- What goes into the bundle --------------------------------------------------------------
# qt_generate_deploy_app_script (Qt 6.3+) runs macdeployqt on the installed bundle: the Qt
# frameworks, the plugins (cocoa, styles, tls, imageformats, iconengines) and the other
# libraries it links (QtKeychain) go inside mailgun-recovery.app.
if(TARGET mailgun-recovery AND COMMAND qt_generate_deploy_app_script)
    qt_generate_deploy_app_script(TARGET mailgun-recovery
        FILENAME_VARIABLE mra_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT "${mra_deploy_script}")
endif()

# --- The disk image -------------------------------------------------------------------------
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_DMG_VOLUME_NAME "Mailgun Recovery Assistant")
set(CPACK_DMG_FORMAT "UDZO")
set(CPACK_PACKAGE_FILE_NAME "MailgunRecoveryAssistant-${PROJECT_VERSION}-macos")
# An "Applications" link beside the app, to drag it onto.
set(CPACK_DMG_DISABLE_APPLICATIONS_SYMLINK OFF)
# The DMG made here holds an unsigned app: packaging/macos/sign-and-notarize signs the app,
# makes and signs the final DMG, notarizes and staples it.
