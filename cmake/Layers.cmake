# One static library per folder of app/, and a build that refuses includes against the
# direction of the layers (see CONTRIBUTING.md):
#
#   identity <- secrets <- mailgun <- investigate <- recovery <- report <- cli, ui
#   recovery <- models (the wizard's tables as item models, Qt Core only) <- ui
#   practice (beside them: only the entry points and the workspace library join the two)
#
# A library sees only its own headers and those of the libraries it links: each one
# publishes an include folder of its own, build/include/<library>/, holding a single link
# named after its folder ("mailgun" -> app/mailgun). So `#include "recovery/Journal.h"` in
# app/mailgun fails to compile: mra_mailgun does not link mra_recovery, and no include path
# of it reaches app/recovery.

# mra_add_layer(<target> FOLDER <folder> [PUBLIC_LINKS <targets...>] [PRIVATE_LINKS <targets...>])
function(mra_add_layer target)
    cmake_parse_arguments(ARG "" "FOLDER" "PUBLIC_LINKS;PRIVATE_LINKS" ${ARGN})
    add_library(${target} STATIC)
    set(include_root "${PROJECT_BINARY_DIR}/include/${target}")
    file(MAKE_DIRECTORY "${include_root}")
    if(NOT EXISTS "${include_root}/${ARG_FOLDER}")
        file(CREATE_LINK "${CMAKE_CURRENT_SOURCE_DIR}" "${include_root}/${ARG_FOLDER}" SYMBOLIC)
    endif()
    target_include_directories(${target} PUBLIC "${include_root}")
    target_link_libraries(${target} PUBLIC mra_common ${ARG_PUBLIC_LINKS} PRIVATE ${ARG_PRIVATE_LINKS})
endfunction()
