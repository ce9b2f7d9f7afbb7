#pragma once

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

/// Shared by the libFuzzer targets: an application object for the Qt code under test, and a check
/// that turns a broken invariant into a crash libFuzzer records.
namespace fuzzsupport {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "tigerscope-fuzz";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

[[noreturn]] inline void fail(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "fuzz invariant broken: %s (%s:%d)\n", what, file, line);
    std::abort();
}

} // namespace fuzzsupport

#define FUZZ_CHECK(condition) \
    do { \
        if (!(condition)) \
            fuzzsupport::fail(#condition, __FILE__, __LINE__); \
    } while (false)
