#include "TimelineRepository.h"

#include "DateFormatter.h"
#include "PartialDate.h"
#include "SqlSupport.h"
#include "Vocabulary.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

TimelineRepository::TimelineRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<TimelineEvent> TimelineRepository::events(const QString &companyId, const QString &kind, Language language) const
{
    const bool chinese = language == Language::Chinese;
    // reported: the latest publication date of the articles citing the event. A period ("2025")
    // reported on 26 March 2025 is drawn up to that day, never into the months after it.
    QString sql = u"SELECT e.id, e.company_id, c.name_zh, c.name_en, e.date, e.date_precision, e.kind, e.summary_zh, "
                  "e.summary_en, (SELECT max(a.published) FROM all_citations ci JOIN all_articles a "
                  "ON a.key = ci.article_key WHERE ci.event_id = e.id) "
                  "FROM all_events e LEFT JOIN all_companies c ON c.id = e.company_id WHERE 1 = 1"_s;
    QVariantList values;
    if (!companyId.isEmpty()) {
        sql += u" AND e.company_id = ?"_s;
        values.append(companyId);
    }
    if (!kind.isEmpty()) {
        sql += u" AND e.kind = ?"_s;
        values.append(kind);
    }
    sql += u" ORDER BY e.id"_s;
    return readRows<TimelineEvent>(m_db, sql, values, [chinese, language](const QSqlQuery &query) {
        TimelineEvent event;
        event.id = query.value(0).toLongLong();
        event.companyId = query.value(1).toString();
        event.companyName = query.value(chinese ? 2 : 3).toString();
        if (event.companyName.isEmpty())
            event.companyName = event.companyId;
        event.kind = query.value(6).toString();
        const QString summary = query.value(chinese ? 7 : 8).toString();
        event.summary = summary.isEmpty() ? query.value(chinese ? 8 : 7).toString() : summary;
        const PartialDate date = PartialDate::fromColumns(query.value(4).toString(), query.value(5).toString());
        if (!query.value(4).isNull() && date.isValid()) {
            event.start = date.date;
            event.end = date.lastDay();
            const QDate reported = QDate::fromString(query.value(9).toString(), Qt::ISODate);
            if (reported.isValid() && reported >= event.start && reported < event.end)
                event.end = reported;
            event.precision = date.precisionName();
            event.dateText
                = DateFormatter::format(date.date, Vocabulary::fromKey(event.precision, DatePrecision::Day), language);
        } else {
            event.dateText = DateFormatter::notGiven(language);
        }
        return event;
    });
}

QString TimelineRepository::companyName(const QString &companyId, Language language) const
{
    const int column = language == Language::Chinese ? 0 : 1;
    return readFirstRow(m_db, u"SELECT name_zh, name_en FROM all_companies WHERE id = ?"_s, {companyId},
                        [column](const QSqlQuery &query) { return query.value(column).toString(); })
        .value_or(companyId);
}

QString TimelineRepository::personName(const QString &personId, Language language) const
{
    const auto names = readFirstRow(
        m_db, u"SELECT name_zh, name_en FROM all_people WHERE id = ?"_s, {personId},
        [](const QSqlQuery &query) { return std::pair(query.value(0).toString(), query.value(1).toString()); });
    if (!names)
        return {};
    return language == Language::Chinese && !names->first.isEmpty() ? names->first : names->second;
}

} // namespace tigerscope
