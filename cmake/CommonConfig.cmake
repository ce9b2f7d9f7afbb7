# One place for the language standard, warnings and Qt safety macros; every target links it.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

add_library(tigerscope_config INTERFACE)
target_compile_definitions(tigerscope_config INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060000
    TIGERSCOPE_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(tigerscope_config INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(tigerscope_config INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Woverloaded-virtual -Wno-missing-field-initializers)
endif()

if(TIGERSCOPE_WITH_SANITIZERS)
    target_compile_options(tigerscope_config INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(tigerscope_config INTERFACE -fsanitize=address,undefined)
    # Every executable (tests, and tools such as tigerscope-datac that run during the build) carries
    # the sanitizer defaults: stop at the first finding, ignore the leaks of system libraries.
    target_sources(tigerscope_config INTERFACE
        "$<$<STREQUAL:$<TARGET_PROPERTY:TYPE>,EXECUTABLE>:${PROJECT_SOURCE_DIR}/tests/sanitizers/SanitizerDefaults.cpp>")
    target_compile_definitions(tigerscope_config INTERFACE
        TIGERSCOPE_LSAN_SUPPRESSIONS="${PROJECT_SOURCE_DIR}/tests/sanitizers/lsan.supp")
endif()
