# One INTERFACE target carries the compile policy for every target of the project.
add_library(clearinghouse_policy INTERFACE)
add_library(Clearinghouse::Policy ALIAS clearinghouse_policy)

target_compile_features(clearinghouse_policy INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(clearinghouse_policy INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(clearinghouse_policy INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(CLEARINGHOUSE_WERROR)
        target_compile_options(clearinghouse_policy INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(clearinghouse_policy INTERFACE /W4 /permissive- /utf-8)
endif()

# AddressSanitizer + UndefinedBehaviorSanitizer for the whole project (CI runs the suite once with it).
option(CLEARINGHOUSE_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CLEARINGHOUSE_SANITIZE AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(clearinghouse_policy INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(clearinghouse_policy INTERFACE -fsanitize=address,undefined)
endif()
