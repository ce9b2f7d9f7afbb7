#pragma once

#include "Language.h"

#include <QStringView>

#include <optional>

namespace tigerscope {

/// Tells Chinese from English paragraphs by the script of their letters.
class ScriptDetector
{
public:
    struct Counts
    {
        int han = 0;   ///< CJK ideographs.
        int latin = 0; ///< Latin letters.
    };

    static Counts count(QStringView text);

    /// Chinese when ideographs dominate: one ideograph weighs as much as two Latin letters (a
    /// word is about two characters in Chinese and five letters in English), so a Chinese
    /// sentence quoting "DeepSeek-R1" stays Chinese and an English one ending in a Chinese
    /// caption word stays English. None when there are no letters at all (dates, numbers).
    static std::optional<Language> detect(QStringView text);
};

} // namespace tigerscope
