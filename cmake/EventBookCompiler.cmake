# Compiler settings shared by every EventBook target.
find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

add_library(eventbook_compile_options INTERFACE)
target_compile_definitions(eventbook_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    # Bytes become text only where an encoding is named (fromUtf8, fromLatin1), and a const
    # container is never walked with a mutable iterator.
    QT_NO_CAST_FROM_BYTEARRAY QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(MSVC)
    # The Windows installer build: UTF-8 sources, standard conformance, the usual warnings.
    target_compile_options(eventbook_compile_options INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus)
    if(EVENTBOOK_WERROR)
        target_compile_options(eventbook_compile_options INTERFACE /WX)
    endif()
else()
    target_compile_options(eventbook_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wcast-qual
        -Woverloaded-virtual -Wimplicit-fallthrough)
    if(EVENTBOOK_WERROR)
        target_compile_options(eventbook_compile_options INTERFACE -Werror)
    endif()
endif()
if(EVENTBOOK_SANITIZE)
    target_compile_options(eventbook_compile_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(eventbook_compile_options INTERFACE -fsanitize=address,undefined)
endif()
