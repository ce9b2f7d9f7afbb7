#include "DashboardRepository.h"

#include "ArticleRepository.h"
#include "DateFormatter.h"
#include "NumberFormatter.h"
#include "PackedCitation.h"
#include "Vocabulary.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// The first citation of a record, the language's version first, packed for PackedCitation::text().
QString firstSourceSql(const QString &ownerColumn, const QString &ownerId)
{
    return u"(SELECT "_s + PackedCitation::sql()
        + u" FROM all_citations ci WHERE ci.%1 = %2 ORDER BY ci.lang = ? DESC, ci.id LIMIT 1)"_s.arg(ownerColumn,
                                                                                                     ownerId);
}

/// The entries a statement gives, its placeholders bound to the language and the count; read turns
/// one row into an entry, the source column packed at sourceColumn.
template<typename ReadRow>
QList<DashboardEntry> readEntries(const QSqlDatabase &db, const QString &sql, Language language, int count,
                                  int sourceColumn, ReadRow read)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(languageColumnSuffix(language));
    query.addBindValue(count);
    QList<DashboardEntry> entries;
    if (!query.exec())
        return entries;
    const ArticleRepository articles(db);
    while (query.next()) {
        DashboardEntry entry;
        entry.id = query.value(0).toLongLong();
        read(query, entry);
        entry.source = PackedCitation::text(query.value(sourceColumn), articles, language);
        entries.append(entry);
    }
    return entries;
}

} // namespace

DashboardRepository::DashboardRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<DashboardEntry> DashboardRepository::latestFigures(Language language, int count) const
{
    const bool chinese = language == Language::Chinese;
    const QString sql = u"SELECT o.id, c.name_zh, c.name_en, m.label_zh, m.label_en, m.unit, o.value, o.value_high, "
                        "o.qualifier, o.currency, o.as_of, o.as_of_precision, o.status, "_s
        + firstSourceSql(u"observation_id"_s, u"o.id"_s)
        + u" FROM all_observations o JOIN all_companies c ON c.id = o.company_id "
          "JOIN all_metrics m ON m.key = o.metric_key WHERE c.grp IN ('tiger', 'giant') "
          "AND o.as_of IS NOT NULL ORDER BY o.as_of DESC, o.id DESC LIMIT ?"_s;
    return readEntries(m_db, sql, language, count, 13, [&](const QSqlQuery &query, DashboardEntry &entry) {
        entry.company = query.value(chinese ? 1 : 2).toString();
        entry.what = query.value(chinese ? 3 : 4).toString();
        entry.value = NumberFormatter::formatValue(
            query.value(6).toDouble(), query.value(7).isNull() ? qQNaN() : query.value(7).toDouble(),
            Vocabulary::fromKey(query.value(8).toString(), Qualifier::Exact),
            Vocabulary::fromKey(query.value(5).toString(), Unit::Count), query.value(9).toString(), language);
        entry.date = DateFormatter::format(query.value(10).toString(), query.value(11).toString(), language);
        entry.status = query.value(12).toString();
    });
}

QList<DashboardEntry> DashboardRepository::latestEvents(Language language, int count) const
{
    const bool chinese = language == Language::Chinese;
    const QString sql = u"SELECT e.id, e.date, e.date_precision, c.name_zh, c.name_en, e.summary_zh, e.summary_en, "_s
        + firstSourceSql(u"event_id"_s, u"e.id"_s)
        + u" FROM all_events e LEFT JOIN all_companies c ON c.id = e.company_id WHERE e.date IS NOT NULL "
          "ORDER BY e.date DESC, e.id DESC LIMIT ?"_s;
    return readEntries(m_db, sql, language, count, 7, [&](const QSqlQuery &query, DashboardEntry &entry) {
        entry.date = DateFormatter::format(query.value(1).toString(), query.value(2).toString(), language);
        entry.company = query.value(chinese ? 3 : 4).toString();
        entry.what = query.value(chinese ? 5 : 6).toString();
        if (entry.what.isEmpty())
            entry.what = query.value(chinese ? 6 : 5).toString();
    });
}

int DashboardRepository::sourceArticlesNotImported() const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"SELECT count(*) FROM all_articles a WHERE NOT EXISTS "
                    "(SELECT 1 FROM main.imported_articles i WHERE i.article_key = a.key)"_s)
        || !query.next())
        return 0;
    return query.value(0).toInt();
}

} // namespace tigerscope
