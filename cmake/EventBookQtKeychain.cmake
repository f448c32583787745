# QtKeychain keeps the desktop app's refresh token in the system's keychain; the app links
# EventBook::QtKeychain. Linux uses the distribution's package (Debian: qtkeychain-qt6-dev). Windows and
# macOS have no package matching the Qt from Qt's installer, so their installer builds fetch the
# library's tagged source release and link it statically: -DEVENTBOOK_FETCH_QTKEYCHAIN=ON, as the
# GitHub workflow does.
option(EVENTBOOK_FETCH_QTKEYCHAIN "Build QtKeychain from its source release when it is not installed" OFF)

add_library(eventbook_qtkeychain INTERFACE)
add_library(EventBook::QtKeychain ALIAS eventbook_qtkeychain)

find_package(Qt6Keychain QUIET)
if(Qt6Keychain_FOUND)
    target_link_libraries(eventbook_qtkeychain INTERFACE Qt6Keychain::Qt6Keychain)
    return()
endif()
if(NOT EVENTBOOK_FETCH_QTKEYCHAIN)
    message(FATAL_ERROR "QtKeychain for Qt 6 was not found: install it (Debian: qtkeychain-qt6-dev) "
                        "or configure with -DEVENTBOOK_FETCH_QTKEYCHAIN=ON")
endif()

include(FetchContent)
set(BUILD_WITH_QT6 ON CACHE BOOL "" FORCE)
set(BUILD_TEST_APPLICATION OFF CACHE BOOL "" FORCE)
set(BUILD_TRANSLATIONS OFF CACHE BOOL "" FORCE)
FetchContent_Declare(qtkeychain
    GIT_REPOSITORY https://github.com/frankosterfeld/qtkeychain.git
    GIT_TAG 0.14.3
    GIT_SHALLOW TRUE)
# Its CMake builds a shared library unless told otherwise; static keeps the installers simple.
set(EVENTBOOK_SAVED_SHARED ${BUILD_SHARED_LIBS})
set(BUILD_SHARED_LIBS OFF)
FetchContent_MakeAvailable(qtkeychain)
set(BUILD_SHARED_LIBS ${EVENTBOOK_SAVED_SHARED})

# The source tree keeps the header in qtkeychain/ (the installed layout is qt6keychain/; the app
# includes whichever exists).
target_include_directories(eventbook_qtkeychain SYSTEM INTERFACE ${qtkeychain_SOURCE_DIR} ${qtkeychain_BINARY_DIR})
target_compile_definitions(eventbook_qtkeychain INTERFACE QTKEYCHAIN_NO_EXPORT)
target_link_libraries(eventbook_qtkeychain INTERFACE qt6keychain)
