// libFuzzer target: ParagraphAligner::align on paragraph lists made from the input. The input is
// UTF-8 text; its lines before the first line "---" are the Chinese paragraphs, the rest the English
// ones. Sizes are bounded: the aligner is O(n·m) by design.

#include "FuzzSupport.h"
#include "ParagraphAligner.h"

#include <cmath>
#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

constexpr qsizetype MaxParagraphs = 80;
constexpr qsizetype MaxParagraphLength = 4000;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return -1;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList zh;
    QStringList en;
    bool english = false;
    for (const QString &line : text.split(u'\n')) {
        if (line == "---"_L1 && !english) {
            english = true;
            continue;
        }
        QStringList &side = english ? en : zh;
        if (side.size() < MaxParagraphs)
            side.append(line.left(MaxParagraphLength));
    }

    const Alignment alignment = ParagraphAligner().align(zh, en);

    // Beads cover every paragraph of both sides exactly once, in reading order.
    int nextZh = 0;
    int nextEn = 0;
    for (const AlignmentBead &bead : alignment.beads) {
        FUZZ_CHECK(!bead.zh.isEmpty() || !bead.en.isEmpty());
        for (int index : bead.zh)
            FUZZ_CHECK(index == nextZh++);
        for (int index : bead.en)
            FUZZ_CHECK(index == nextEn++);
        FUZZ_CHECK(std::isfinite(bead.confidence));
        FUZZ_CHECK(bead.confidence >= -1e-9 && bead.confidence <= 1.0 + 1e-9);
    }
    FUZZ_CHECK(nextZh == zh.size());
    FUZZ_CHECK(nextEn == en.size());
    FUZZ_CHECK(!alignmentToJson(alignment).isEmpty());
    return 0;
}
