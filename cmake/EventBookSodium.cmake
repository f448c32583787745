# libsodium: Ed25519 for tickets (the server signs; the server and the app's check-in desk verify,
# the desk offline with the public key alone), and on the server Argon2id, the CSPRNG and SHA-256.
# Linux: Debian's libsodium-dev through pkg-config. macOS: Homebrew's libsodium (pkg-config too).
# Windows: a libsodium found by find_library (vcpkg's or the official MSVC build), as the GitHub
# workflow installs it.
add_library(eventbook_sodium INTERFACE)
add_library(Sodium::Sodium ALIAS eventbook_sodium)

find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
    pkg_check_modules(SODIUM QUIET IMPORTED_TARGET libsodium)
endif()
if(SODIUM_FOUND)
    target_link_libraries(eventbook_sodium INTERFACE PkgConfig::SODIUM)
    return()
endif()
find_path(SODIUM_INCLUDE_DIR sodium.h)
find_library(SODIUM_LIBRARY NAMES sodium libsodium)
if(NOT SODIUM_INCLUDE_DIR OR NOT SODIUM_LIBRARY)
    message(FATAL_ERROR "libsodium was not found: install it (Debian: libsodium-dev, Homebrew: libsodium, "
                        "vcpkg: libsodium)")
endif()
target_include_directories(eventbook_sodium SYSTEM INTERFACE ${SODIUM_INCLUDE_DIR})
target_link_libraries(eventbook_sodium INTERFACE ${SODIUM_LIBRARY})
if(WIN32)
    # The static MSVC build needs this; the DLL ignores it.
    target_compile_definitions(eventbook_sodium INTERFACE SODIUM_STATIC)
endif()
