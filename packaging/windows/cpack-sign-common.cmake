# mra_sign_files(FILE...): Authenticode-signs the files with sign.ps1 (signtool) on a Windows
# host, or with sign (osslsigncode) elsewhere. The certificate comes from the MRA_SIGN_*
# environment variables (packaging/README.md); a failure stops the packaging.
function(mra_sign_files)
    if(NOT ARGN)
        return()
    endif()
    if(CPACK_MRA_SIGN_HOST_WINDOWS)
        find_program(mra_powershell NAMES pwsh powershell REQUIRED)
        set(mra_command "${mra_powershell}" -NoProfile -ExecutionPolicy Bypass
            -File "${CPACK_MRA_SIGN_SCRIPT_DIR}/sign.ps1")
    else()
        find_program(mra_bash bash REQUIRED)
        set(mra_command "${mra_bash}" "${CPACK_MRA_SIGN_SCRIPT_DIR}/sign")
    endif()
    execute_process(COMMAND ${mra_command} ${ARGN} RESULT_VARIABLE mra_result)
    if(NOT mra_result EQUAL 0)
        message(FATAL_ERROR "Signing failed (${mra_result}): ${ARGN}")
    endif()
endfunction()
