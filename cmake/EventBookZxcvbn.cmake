# zxcvbn estimates password strength for the server's check and the app's meter (the same code in
# both, so they agree). Linux uses the distribution's zxcvbn-c (Debian: libzxcvbn-dev, a static
# library with the dictionaries compiled in). Windows and macOS have no package: their installer
# builds fetch the tagged source release, generate the dictionary with its own dictgen tool and
# compile it statically: -DEVENTBOOK_FETCH_ZXCVBN=ON, as the GitHub workflow does.
option(EVENTBOOK_FETCH_ZXCVBN "Build zxcvbn-c from its source release when it is not installed" OFF)

add_library(eventbook_zxcvbn INTERFACE)
add_library(Zxcvbn::Zxcvbn ALIAS eventbook_zxcvbn)

find_path(ZXCVBN_INCLUDE_DIR zxcvbn.h)
find_library(ZXCVBN_LIBRARY NAMES zxcvbn libzxcvbn.a)
if(ZXCVBN_INCLUDE_DIR AND ZXCVBN_LIBRARY)
    target_include_directories(eventbook_zxcvbn SYSTEM INTERFACE ${ZXCVBN_INCLUDE_DIR})
    target_link_libraries(eventbook_zxcvbn INTERFACE ${ZXCVBN_LIBRARY})
    return()
endif()
if(NOT EVENTBOOK_FETCH_ZXCVBN)
    message(FATAL_ERROR "zxcvbn-c was not found: install it (Debian: libzxcvbn-dev) "
                        "or configure with -DEVENTBOOK_FETCH_ZXCVBN=ON")
endif()

include(FetchContent)
FetchContent_Declare(zxcvbn_c
    GIT_REPOSITORY https://github.com/tsyrogit/zxcvbn-c.git
    GIT_TAG v2.5
    GIT_SHALLOW TRUE)
FetchContent_GetProperties(zxcvbn_c)
if(NOT zxcvbn_c_POPULATED)
    FetchContent_Populate(zxcvbn_c) # its Makefile is not CMake: build the two parts here
endif()
add_executable(eventbook_zxcvbn_dictgen ${zxcvbn_c_SOURCE_DIR}/dict-generate.cpp)
set(EVENTBOOK_ZXCVBN_WORDS eng_wiki female male passwd surname tv_film)
list(TRANSFORM EVENTBOOK_ZXCVBN_WORDS PREPEND ${zxcvbn_c_SOURCE_DIR}/words-)
list(TRANSFORM EVENTBOOK_ZXCVBN_WORDS APPEND .txt)
add_custom_command(OUTPUT ${zxcvbn_c_BINARY_DIR}/dict-src.h
    COMMAND eventbook_zxcvbn_dictgen -o ${zxcvbn_c_BINARY_DIR}/dict-src.h ${EVENTBOOK_ZXCVBN_WORDS}
    DEPENDS eventbook_zxcvbn_dictgen ${EVENTBOOK_ZXCVBN_WORDS}
    VERBATIM)
add_library(eventbook_zxcvbn_c STATIC ${zxcvbn_c_SOURCE_DIR}/zxcvbn.c ${zxcvbn_c_BINARY_DIR}/dict-src.h)
target_include_directories(eventbook_zxcvbn_c PRIVATE ${zxcvbn_c_BINARY_DIR}
                           SYSTEM PUBLIC ${zxcvbn_c_SOURCE_DIR})
target_link_libraries(eventbook_zxcvbn INTERFACE eventbook_zxcvbn_c)
