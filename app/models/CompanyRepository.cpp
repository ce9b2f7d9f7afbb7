#include "CompanyRepository.h"

#include "SqlSupport.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

const QString CompanyColumns = u"SELECT id, name_zh, name_en, grp FROM all_companies"_s;
const QString MetricColumns = u"SELECT key, label_zh, label_en, unit FROM all_metrics"_s;

NamedEntry namedEntry(const QSqlQuery &query, bool hasGroup)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            hasGroup ? query.value(3).toString() : QString()};
}

MetricEntry metricEntry(const QSqlQuery &query)
{
    return {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString()};
}

int countOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace

QString NamedEntry::name(Language language) const
{
    const QString &first = language == Language::Chinese ? nameZh : nameEn;
    return first.isEmpty() ? (language == Language::Chinese ? nameEn : nameZh) : first;
}

QString NamedEntry::bothNames(Language language) const
{
    const QString first = name(language);
    const QString second = language == Language::Chinese ? nameEn : nameZh;
    return second.isEmpty() || second == first ? first : first + u" · "_s + second;
}

CompanyRepository::CompanyRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<NamedEntry> CompanyRepository::companies() const
{
    QList<NamedEntry> result;
    QSqlQuery query(m_db);
    query.exec(CompanyColumns);
    while (query.next())
        result.append(namedEntry(query, true));
    return result;
}

std::optional<NamedEntry> CompanyRepository::company(const QString &id) const
{
    QSqlQuery query(m_db);
    if (!runPrepared(query, CompanyColumns + u" WHERE id = ?"_s, {id}) || !query.next())
        return std::nullopt;
    return namedEntry(query, true);
}

QList<NamedEntry> CompanyRepository::people() const
{
    QList<NamedEntry> result;
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, name_zh, name_en FROM all_people"_s);
    while (query.next())
        result.append(namedEntry(query, false));
    return result;
}

QList<MetricEntry> CompanyRepository::metrics() const
{
    QList<MetricEntry> result;
    QSqlQuery query(m_db);
    query.exec(MetricColumns);
    while (query.next())
        result.append(metricEntry(query));
    return result;
}

std::optional<MetricEntry> CompanyRepository::metric(const QString &key) const
{
    QSqlQuery query(m_db);
    if (!runPrepared(query, MetricColumns + u" WHERE key = ?"_s, {key}) || !query.next())
        return std::nullopt;
    return metricEntry(query);
}

DataCounts CompanyRepository::counts() const
{
    return {countOf(m_db, u"SELECT count(*) FROM all_companies"_s),
            countOf(m_db, u"SELECT count(*) FROM all_companies WHERE kind = 'company'"_s),
            countOf(m_db, u"SELECT count(*) FROM all_observations"_s),
            countOf(m_db, u"SELECT count(*) FROM all_events"_s),
            countOf(m_db, u"SELECT count(*) FROM main.imported_articles"_s)};
}

} // namespace tigerscope
