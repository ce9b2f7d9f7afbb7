// Default options of the sanitizer runtimes, linked into every executable of a
// TIGERSCOPE_WITH_SANITIZERS build (see cmake/CommonConfig.cmake). The environment
// (ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS) still overrides them.

extern "C" {

// The runtimes look these up by name; they must not be instrumented themselves.
__attribute__((visibility("default"), used)) const char *__asan_default_options()
{
    // Qt and fontconfig keep process-lifetime caches: the suppressions file names them.
    return "detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1"
           ":detect_stack_use_after_return=1:check_initialization_order=1";
}

__attribute__((visibility("default"), used)) const char *__ubsan_default_options()
{
    return "halt_on_error=1:print_stacktrace=1";
}

__attribute__((visibility("default"), used)) const char *__lsan_default_options()
{
    return "suppressions=" TIGERSCOPE_LSAN_SUPPRESSIONS ":print_suppressions=0";
}

} // extern "C"
