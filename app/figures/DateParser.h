#pragma once

#include "DateMention.h"

#include <QList>

namespace tigerscope {

/// Finds dates in Chinese or English text. Bare English years ("in 2024") are left to
/// FigureParser, which flags them as Figure::Unit::Year.
class DateParser
{
public:
    /// The dates in text, in order, not overlapping.
    static QList<DateMention> extract(const QString &text);
};

} // namespace tigerscope
