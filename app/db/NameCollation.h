#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// The SQL collation that orders Chinese names by pinyin (阿里巴巴, 百度, 腾讯, 智谱), as
/// NameCollator does in C++: ICU's Chinese collator behind an SQLite collation, so that ORDER BY
/// sorts the way a reader expects and paging stays in SQL.
class NameCollation
{
public:
    /// "name_zh" → "name_zh COLLATE pinyin"; the expression alone once a connection could not
    /// take the collation.
    static QString pinyin(const QString &expression);
    /// Makes the collation known to an open SQLite connection, its collator opened when a statement
    /// first names it; false when the driver is not SQLite or runs on another copy of SQLite than
    /// this program's.
    static bool install(const QSqlDatabase &db);
    /// The bytes that order text as the collation does when compared byte by byte: the sort key
    /// of a name for a proxy model or a std::sort.
    static QByteArray sortKey(const QString &text);

private:
    static bool installOn(const QSqlDatabase &db);
};

} // namespace tigerscope
