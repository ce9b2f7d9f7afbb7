#pragma once

#include "Vocabulary.h"

#include <QDate>
#include <QString>

namespace tigerscope {

/// A date known to a precision: a day, a month, a quarter or a year. Stored as the ISO date of the
/// period's first day plus the precision; written in the dataset as "2025-02-09", "2025-02",
/// "2025-Q1" or "2025".
struct PartialDate
{
    using Precision = DatePrecision;

    QDate date; ///< first day of the period; invalid when no date is given
    Precision precision = Precision::Day;

    bool isValid() const { return date.isValid(); }

    /// Parses the dataset notation; an invalid result for null, empty or malformed text.
    static PartialDate parse(const QString &text);
    /// From the database columns (ISO date, precision name).
    static PartialDate fromColumns(const QString &isoDate, const QString &precision);

    QString toIso() const;         ///< "2025-02-01", or empty
    QString precisionName() const; ///< "day", "month", "quarter", "year"
    QString toNotation() const;    ///< back to the dataset notation
    QDate lastDay() const;         ///< last day of the period
};

} // namespace tigerscope
