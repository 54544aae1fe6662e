# Settings every target of the project links: language level, strict Qt defines, warnings,
# and the optional sanitizers. One INTERFACE target instead of global flags, so that nothing
# leaks into third-party code and every target gets the same rules.
add_library(mra_common INTERFACE)

target_compile_features(mra_common INTERFACE cxx_std_20)

target_compile_definitions(mra_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    MRA_VERSION="${PROJECT_VERSION}"
    MRA_APP_ID="${MRA_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(mra_common INTERFACE
        -Wall -Wextra -Wpedantic
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual -Wformat=2
        -Wimplicit-fallthrough -Wmissing-declarations -Wundef)
    if(MRA_WARNINGS_AS_ERRORS)
        target_compile_options(mra_common INTERFACE -Werror)
    endif()
    # Hardening the Debian toolchain expects of a package (lintian: hardening-no-bindnow).
    target_link_options(mra_common INTERFACE -Wl,-z,relro -Wl,-z,now)
    if(MRA_SANITIZE)
        target_compile_options(mra_common INTERFACE
            -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        target_link_options(mra_common INTERFACE -fsanitize=address,undefined)
    endif()
elseif(MSVC)
    target_compile_options(mra_common INTERFACE /W4 /permissive- /utf-8 /Zc:__cplusplus)
    if(MRA_WARNINGS_AS_ERRORS)
        target_compile_options(mra_common INTERFACE /WX)
    endif()
endif()
