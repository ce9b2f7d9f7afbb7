#pragma once

#include "Language.h"
#include "Vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace tigerscope {

/// Writes a date known to a precision in the reader's language, with ICU's patterns for the
/// language: "9 Feb 2025", "Feb 2025", "Q4 2024", "2025" / "2025年2月9日", "2025年2月",
/// "2024年第4季度", "2025年". A missing date reads "date not given" from the app catalogue
/// (context "DateFormatter"). Thread-safe; every function is static.
class DateFormatter
{
public:
    /// date is any day of the period (the dataset stores its first day).
    static QString format(const QDate &date, DatePrecision precision, Language language);

    /// From the database columns: an ISO date ("2025-02-01", a date-time is cut to its date) and a
    /// precision name ("day", "month", "quarter", "year"; day when empty or unknown).
    static QString format(const QString &isoDate, const QString &precisionName, Language language);

    /// "date not given" / "未注明日期".
    static QString notGiven(Language language);
};

} // namespace tigerscope
