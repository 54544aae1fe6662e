# The Debian package: `cpack -G DEB` in the build folder (or `--target package`).
# Signing happens after CPack, on the maintainer's machine: packaging/linux/sign.sh, and
# packaging/linux/verify.sh is what users run to check a download.
# Contents besides the program: the desktop entry, metainfo and icons (resources/), the man
# page, and the Debian copyright and changelog (here). The program's translations are compiled
# into it, so there are no .qm files to install.
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
# can only show each secret once. Qt's own translations (qtbase_<language>.qm, for the
# standard buttons and dialogs) are read from Qt's folder at run time; without them those
# few words stay English.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
# Control files (md5sums) 0644 whatever the umask, as dpkg and lintian expect.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

# The extended description, wrapped to 72 columns: lintian warns about lines over 80, and
# CPack copies CPACK_PACKAGE_DESCRIPTION as one line.
function(mra_wrap_text text width out)
    string(REGEX REPLACE "[ \t\n]+" ";" words "${text}")
    set(result "")
    set(line "")
    foreach(word IN LISTS words)
        string(LENGTH "${line} ${word}" length)
        if(line STREQUAL "")
            set(line "${word}")
        elseif(length GREATER width)
            string(APPEND result "${line}\n")
            set(line "${word}")
        else()
            string(APPEND line " ${word}")
        endif()
    endforeach()
    set(${out} "${result}${line}" PARENT_SCOPE)
endfunction()
mra_wrap_text("${CPACK_PACKAGE_DESCRIPTION}" 72 CPACK_DEBIAN_PACKAGE_DESCRIPTION)

set(MRA_DEB_DOC_DIR ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
set(MRA_LINUX_PACKAGING_DIR ${PROJECT_SOURCE_DIR}/packaging/linux)

# Compressed as Debian policy wants them: gzip -9, and -n so no name or time stamp makes
# two builds of the same source differ (lintian: package-contains-timestamped-gzip).
find_program(MRA_GZIP gzip REQUIRED)
set(MRA_MAN_PAGE_GZ ${PROJECT_BINARY_DIR}/packaging/linux/mailgun-recovery.1.gz)
set(MRA_CHANGELOG_GZ ${PROJECT_BINARY_DIR}/packaging/linux/changelog.gz)
foreach(pair "mailgun-recovery.1|${MRA_MAN_PAGE_GZ}" "changelog|${MRA_CHANGELOG_GZ}")
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 source)
    list(GET pair 1 output)
    add_custom_command(OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/packaging/linux
        COMMAND sh -c "\"$0\" -9 -n -c \"$1\" > \"$2\""
            ${MRA_GZIP} ${MRA_LINUX_PACKAGING_DIR}/${source} ${output}
        DEPENDS ${MRA_LINUX_PACKAGING_DIR}/${source}
        VERBATIM)
endforeach()
add_custom_target(mra_linux_package_docs ALL DEPENDS ${MRA_MAN_PAGE_GZ} ${MRA_CHANGELOG_GZ})
# Building just the program must be enough for `cpack`, which installs these.
if(TARGET mailgun-recovery)
    add_dependencies(mailgun-recovery mra_linux_package_docs)
endif()

install(FILES ${MRA_MAN_PAGE_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${MRA_LINUX_PACKAGING_DIR}/copyright ${MRA_CHANGELOG_GZ} DESTINATION ${MRA_DEB_DOC_DIR})
