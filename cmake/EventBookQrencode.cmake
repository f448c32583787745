# libqrencode draws tickets' QR codes (the server's ticket.png, the app's ticket view). Linux uses
# the distribution's (Debian: libqrencode-dev). Windows and macOS have no package: their installer
# builds compile the tagged source release statically: -DEVENTBOOK_FETCH_QRENCODE=ON, as the
# GitHub workflow does.
option(EVENTBOOK_FETCH_QRENCODE "Build libqrencode from its source release when it is not installed" OFF)

add_library(eventbook_qrencode INTERFACE)
add_library(QRencode::QRencode ALIAS eventbook_qrencode)

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(QRENCODE QUIET IMPORTED_TARGET libqrencode)
endif()
if(QRENCODE_FOUND)
    target_link_libraries(eventbook_qrencode INTERFACE PkgConfig::QRENCODE)
    return()
endif()
if(NOT EVENTBOOK_FETCH_QRENCODE)
    message(FATAL_ERROR "libqrencode was not found: install it (Debian: libqrencode-dev) "
                        "or configure with -DEVENTBOOK_FETCH_QRENCODE=ON")
endif()

include(FetchContent)
set(WITH_TOOLS OFF CACHE BOOL "" FORCE)
set(WITH_TESTS OFF CACHE BOOL "" FORCE)
set(BUILD_SHARED_LIBS OFF CACHE BOOL "" FORCE)
FetchContent_Declare(libqrencode
    GIT_REPOSITORY https://github.com/fukuchi/libqrencode.git
    GIT_TAG v4.1.1
    GIT_SHALLOW TRUE)
FetchContent_MakeAvailable(libqrencode)
target_include_directories(eventbook_qrencode SYSTEM INTERFACE ${libqrencode_SOURCE_DIR})
target_link_libraries(eventbook_qrencode INTERFACE qrencode)
