#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// One record of a CSV text and the line where it starts (1-based; a quoted field may span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

/// A problem found while reading, on a line.
struct CsvIssue
{
    int line = 0;
    QString message;
};

/// Reads CSV as RFC 4180 describes it: comma-separated, fields optionally in double quotes, a
/// doubled quote for a quote, quoted fields may hold commas and line breaks; CRLF or LF line ends;
/// UTF-8 with or without a byte order mark. Reports malformed quoting with its line number instead
/// of guessing; blank lines are skipped.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
public:
    struct Result
    {
        QList<CsvRecord> records;
        QList<CsvIssue> issues;
    };

    static Result read(const QByteArray &data);

    /// A cell as it was before CsvWriter guarded it against spreadsheets: the one apostrophe put
    /// before a leading = + - @, tab or carriage return is removed (docs/export-format.md).
    static QString unguarded(const QString &cell);
};

} // namespace tigerscope
