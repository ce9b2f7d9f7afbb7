#pragma once

#include <QString>
#include <QStringList>

namespace tigerscope {

/// Writes CSV cells and lines (RFC 4180) for every CSV the application writes. A cell that a
/// spreadsheet would run as a formula — starting with = + - @, a tab or a carriage return — gets a
/// leading apostrophe, as OWASP recommends against CSV injection; a plain number such as -1.5 is
/// left as it is. See docs/export-format.md.
class CsvWriter
{
public:
    /// One cell, neutralised and quoted when it needs to be.
    static QString cell(const QString &text);
    /// One CSV line (without the line end).
    static QString line(const QStringList &cells);
};

} // namespace tigerscope
