#pragma once

#include "Figure.h"

#include <QList>
#include <QString>

#include <optional>

namespace tigerscope {

/// Extracts quantities from Chinese or English text and normalises them: "15亿", "1.5 billion",
/// "15亿人民币" and "1500000000" all give 1.5e9. Digits glued to Latin letters (GPT-4o, H800,
/// R1) are model names, not figures; dates are left to DateParser, bare years come out flagged
/// as Figure::Unit::Year.
class FigureParser
{
public:
    /// Every figure in text, in order, not overlapping.
    static QList<Figure> extract(const QString &text);

    /// The first figure of a short printed string such as "约1.3亿元" or "over 45%".
    static std::optional<Figure> parse(const QString &printed);
};

} // namespace tigerscope
