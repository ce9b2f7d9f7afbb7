#pragma once

#include "Language.h"

#include <QStringList>

namespace tigerscope {

/// Joins names into one phrase with the language's list punctuation, by ICU's list formatter
/// (CLDR patterns): "智谱、百川和MiniMax" / "Zhipu, Baichuan and MiniMax". Thread-safe; static.
class NameList
{
public:
    static QString join(const QStringList &names, Language language);
};

} // namespace tigerscope
