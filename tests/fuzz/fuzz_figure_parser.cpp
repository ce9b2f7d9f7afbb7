// libFuzzer target: FigureParser::extract (and DateParser::extract) on arbitrary UTF-8 text.

#include "DateParser.h"
#include "FigureParser.h"
#include "FuzzSupport.h"

#include <cstddef>
#include <cstdint>

using namespace tigerscope;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 64 * 1024)
        return -1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    // Figures come in order, without overlapping, inside the text.
    qsizetype end = 0;
    for (const Figure &figure : FigureParser::extract(text)) {
        FUZZ_CHECK(figure.position >= end);
        FUZZ_CHECK(figure.length > 0);
        FUZZ_CHECK(figure.position + figure.length <= text.size());
        end = figure.position + figure.length;
    }
    (void)FigureParser::parse(text);

    end = 0;
    for (const DateMention &date : DateParser::extract(text)) {
        FUZZ_CHECK(date.position >= end);
        FUZZ_CHECK(date.length > 0);
        FUZZ_CHECK(date.position + date.length <= text.size());
        FUZZ_CHECK(date.month >= 0 && date.month <= 12);
        FUZZ_CHECK(date.day >= 0 && date.day <= 31);
        end = date.position + date.length;
    }
    return 0;
}
