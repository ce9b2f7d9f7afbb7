#include "DatasetCompiler.h"

#include "BigramIndex.h"
#include "Database.h"
#include "PartialDate.h"
#include "RecordValidator.h"
#include "Schema.h"
#include "Vocabulary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QVariant textOrNull(const QJsonValue &value)
{
    return value.isString() && !value.toString().isEmpty() ? QVariant(value.toString())
                                                           : QVariant(QMetaType::fromType<QString>());
}

/// Binds a date's two columns (ISO date, precision), NULL both when the source gives no date.
void bindDate(QSqlQuery &query, const PartialDate &date)
{
    const QVariant null(QMetaType::fromType<QString>());
    query.addBindValue(date.isValid() ? QVariant(date.toIso()) : null);
    query.addBindValue(date.isValid() ? QVariant(date.precisionName()) : null);
}

bool oneOf(const QString &value, std::initializer_list<const char *> allowed)
{
    for (const char *candidate : allowed) {
        if (value == QLatin1StringView(candidate))
            return true;
    }
    return false;
}

/// The dataset's citations (article, lang, paragraph, printed) as records to validate.
QList<CitationRecord> citationRecords(const QJsonArray &citations)
{
    QList<CitationRecord> records;
    for (const QJsonValue &value : citations) {
        const QJsonObject citation = value.toObject();
        CitationRecord record;
        record.articleKey = citation.value("article"_L1).toString();
        record.lang = citation.value("lang"_L1).toString();
        record.paragraph = citation.value("paragraph"_L1).toInt(-1);
        record.printed = citation.value("printed"_L1).toString();
        records.append(record);
    }
    return records;
}

} // namespace

qint64 DatasetCompiler::recordId(const QJsonObject &object, const QString &file, QSet<qint64> &seen, QString *where)
{
    const qint64 id = object.value("id"_L1).toInteger(-1);
    *where = u"%1 id %2"_s.arg(file).arg(id);
    if (id <= 0 || id >= Database::FirstUserId || seen.contains(id))
        fail(*where, tr("needs a unique id between 1 and %1").arg(Database::FirstUserId - 1));
    seen.insert(id);
    return id;
}

template<typename Insert>
void DatasetCompiler::forEachRecord(const QJsonArray &records, const QString &file, Insert insert)
{
    QSet<qint64> ids;
    for (const QJsonValue &value : records) {
        const QJsonObject object = value.toObject();
        QString where;
        const qint64 id = recordId(object, file, ids, &where);
        insert(object, id, where);
    }
}

void DatasetCompiler::insertCited(QSqlDatabase &db, QSqlQuery &insert, const QString &ownerColumn, qint64 id,
                                  const QJsonObject &object, const QString &where)
{
    if (!insert.exec()) {
        fail(where, insert.lastError().text());
        return;
    }
    insertCitations(db, ownerColumn, id, object.value("citations"_L1).toArray(), where);
}

PartialDate DatasetCompiler::date(const QJsonValue &value, const QString &where)
{
    const PartialDate parsed = PartialDate::parse(value.toString());
    if (value.isString() && !parsed.isValid())
        fail(where, tr("invalid date %1").arg(value.toString()));
    return parsed;
}

void DatasetCompiler::fail(const QString &where, const QString &message)
{
    m_errors.append(where + u": "_s + message);
}

QJsonArray DatasetCompiler::readArray(const QString &dataDir, const QString &fileName)
{
    QFile file(QDir(dataDir).absoluteFilePath(fileName));
    if (!file.open(QIODevice::ReadOnly)) {
        fail(fileName, tr("cannot be read"));
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(fileName, tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return {};
    }
    if (!document.isArray()) {
        fail(fileName, tr("must hold a JSON array"));
        return {};
    }
    return document.array();
}

bool DatasetCompiler::compile(const QString &dataDir, QSqlDatabase &db)
{
    m_errors.clear();
    const QJsonArray articles = readArray(dataDir, u"articles.json"_s);
    const QJsonArray metrics = readArray(dataDir, u"metrics.json"_s);
    const QJsonArray companies = readArray(dataDir, u"companies.json"_s);
    const QJsonArray people = readArray(dataDir, u"people.json"_s);
    const QJsonArray observations = readArray(dataDir, u"observations.json"_s);
    const QJsonArray events = readArray(dataDir, u"events.json"_s);
    if (!m_errors.isEmpty())
        return false;

    if (!db.transaction()) {
        fail(u"database"_s, db.lastError().text());
        return false;
    }
    const bool inserted = insertArticles(db, articles) && insertMetrics(db, metrics) && insertCompanies(db, companies)
        && insertPeople(db, people) && insertObservations(db, observations) && insertEvents(db, events);
    if (!inserted || !m_errors.isEmpty()) {
        db.rollback();
        return false;
    }
    // The trigram index of the notes follows the inserts by trigger; the bigram index is written here.
    QString indexError;
    if (!BigramIndex::observationNotes().rebuild(db, &indexError)) {
        fail(u"database"_s, indexError);
        db.rollback();
        return false;
    }
    // References that SQLite cannot enforce across the shipped and user files (those of figures and
    // events RecordValidator checks).
    const QStringList orphanChecks = {
        u"SELECT 'people.json role ' || id || ': unknown company ' || company_id FROM roles WHERE company_id IS NOT NULL AND company_id NOT IN (SELECT id FROM companies)"_s,
        u"SELECT 'companies.json ' || id || ': unknown parent ' || parent_id FROM companies WHERE parent_id IS NOT NULL AND parent_id NOT IN (SELECT id FROM companies)"_s,
    };
    QSqlQuery query(db);
    for (const QString &check : orphanChecks) {
        if (!query.exec(check)) {
            fail(u"database"_s, query.lastError().text());
            continue;
        }
        while (query.next())
            m_errors.append(query.value(0).toString());
    }
    if (!m_errors.isEmpty() || !db.commit()) {
        if (m_errors.isEmpty())
            fail(u"database"_s, db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

bool DatasetCompiler::insertArticles(QSqlDatabase &db, const QJsonArray &articles)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO articles (key, title_zh, title_en, outlet_zh, outlet_en, author, published, languages, "
                  u"fingerprint, url) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < articles.size(); ++i) {
        const QJsonObject article = articles.at(i).toObject();
        const QString where = u"articles.json[%1]"_s.arg(i);
        const QString key = article.value("key"_L1).toString();
        if (key.isEmpty())
            fail(where, tr("missing key"));
        const QJsonValue published = article.value("published"_L1);
        if (published.isString() && !PartialDate::parse(published.toString()).isValid())
            fail(where, tr("invalid publication date %1").arg(published.toString()));
        const QStringList languages = article.value("languages"_L1).toString().split(u',');
        for (const QString &language : languages) {
            if (!oneOf(language, {"en", "zh"}))
                fail(where, tr("invalid languages"));
        }
        for (const char *field : {"key", "title_zh", "title_en", "outlet_zh", "outlet_en", "author", "published",
                                  "languages", "fingerprint", "url"})
            query.addBindValue(textOrNull(article.value(QLatin1StringView(field))));
        if (!query.exec())
            fail(where, query.lastError().text());
    }
    return m_errors.isEmpty();
}

bool DatasetCompiler::insertMetrics(QSqlDatabase &db, const QJsonArray &metrics)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO metrics (key, unit, label_zh, label_en, description_zh, description_en) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        const QJsonObject metric = metrics.at(i).toObject();
        const QString where = u"metrics.json[%1]"_s.arg(i);
        if (metric.value("label_zh"_L1).toString().isEmpty() || metric.value("label_en"_L1).toString().isEmpty())
            fail(where, tr("needs labels in both languages"));
        query.addBindValue(metric.value("key"_L1).toString());
        query.addBindValue(metric.value("unit"_L1).toString());
        query.addBindValue(metric.value("label_zh"_L1).toString());
        query.addBindValue(metric.value("label_en"_L1).toString());
        query.addBindValue(metric.value("description_zh"_L1).toString(u""_s));
        query.addBindValue(metric.value("description_en"_L1).toString(u""_s));
        if (!query.exec())
            fail(where, query.lastError().text());
    }
    return m_errors.isEmpty();
}

bool DatasetCompiler::insertCompanies(QSqlDatabase &db, const QJsonArray &companies)
{
    QSqlQuery company(db);
    company.prepare(u"INSERT INTO companies (id, name_zh, name_en, grp, name_origin, description_zh, description_en, "
                    u"parent_id, sort_order, kind) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery alias(db);
    alias.prepare(u"INSERT INTO aliases (company_id, text, lang, kind) VALUES (?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < companies.size(); ++i) {
        const QJsonObject object = companies.at(i).toObject();
        const QString id = object.value("id"_L1).toString();
        const QString where = u"companies.json %1"_s.arg(id.isEmpty() ? QString::number(i) : id);
        if (object.value("name_zh"_L1).toString().isEmpty() || object.value("name_en"_L1).toString().isEmpty())
            fail(where, tr("needs names in both languages"));
        company.addBindValue(id);
        company.addBindValue(object.value("name_zh"_L1).toString());
        company.addBindValue(object.value("name_en"_L1).toString());
        company.addBindValue(object.value("group"_L1).toString());
        company.addBindValue(object.value("name_origin"_L1).toString(u"article"_s));
        company.addBindValue(object.value("description_zh"_L1).toString(u""_s));
        company.addBindValue(object.value("description_en"_L1).toString(u""_s));
        company.addBindValue(textOrNull(object.value("parent"_L1)));
        company.addBindValue(int(i));
        company.addBindValue(object.value("kind"_L1).toString(u"company"_s));
        if (!company.exec()) {
            fail(where, company.lastError().text());
            continue;
        }
        insertAliases(alias, id, object.value("aliases"_L1).toArray(), where);
    }
    return m_errors.isEmpty();
}

void DatasetCompiler::insertAliases(QSqlQuery &alias, const QString &ownerId, const QJsonArray &aliases,
                                    const QString &where)
{
    for (const QJsonValue &value : aliases) {
        const QJsonObject a = value.toObject();
        alias.addBindValue(ownerId);
        alias.addBindValue(a.value("text"_L1).toString());
        alias.addBindValue(a.value("lang"_L1).toString());
        alias.addBindValue(a.value("kind"_L1).toString());
        if (!alias.exec())
            fail(where, tr("alias %1: %2").arg(a.value("text"_L1).toString(), alias.lastError().text()));
    }
}

bool DatasetCompiler::insertPeople(QSqlDatabase &db, const QJsonArray &people)
{
    QSqlQuery person(db);
    person.prepare(u"INSERT INTO people (id, name_zh, name_en, name_origin) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery alias(db);
    alias.prepare(u"INSERT INTO aliases (person_id, text, lang, kind) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery role(db);
    role.prepare(u"INSERT INTO roles (person_id, company_id, title_zh, title_en, start_date, start_precision, "
                 u"end_date, end_precision, status) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject object = people.at(i).toObject();
        const QString id = object.value("id"_L1).toString();
        const QString where = u"people.json %1"_s.arg(id.isEmpty() ? QString::number(i) : id);
        person.addBindValue(id);
        person.addBindValue(textOrNull(object.value("name_zh"_L1)));
        person.addBindValue(object.value("name_en"_L1).toString());
        person.addBindValue(object.value("name_origin"_L1).toString(u"article"_s));
        if (!person.exec()) {
            fail(where, person.lastError().text());
            continue;
        }
        insertAliases(alias, id, object.value("aliases"_L1).toArray(), where);
        const QJsonArray roles = object.value("roles"_L1).toArray();
        for (qsizetype r = 0; r < roles.size(); ++r) {
            const QJsonObject object2 = roles.at(r).toObject();
            const QString roleWhere = where + u" role %1"_s.arg(r);
            const PartialDate start = date(object2.value("start"_L1), roleWhere);
            const PartialDate end = date(object2.value("end"_L1), roleWhere);
            role.addBindValue(id);
            role.addBindValue(textOrNull(object2.value("company"_L1)));
            role.addBindValue(textOrNull(object2.value("title_zh"_L1)));
            role.addBindValue(object2.value("title_en"_L1).toString());
            bindDate(role, start);
            bindDate(role, end);
            role.addBindValue(object2.value("status"_L1).toString(u"current"_s));
            if (!role.exec()) {
                fail(roleWhere, role.lastError().text());
                continue;
            }
            insertCitations(db, u"role_id"_s, role.lastInsertId().toLongLong(), object2.value("citations"_L1).toArray(),
                            roleWhere);
        }
    }
    return m_errors.isEmpty();
}

bool DatasetCompiler::insertObservations(QSqlDatabase &db, const QJsonArray &observations)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO observations (id, company_id, metric_key, value, value_high, currency, as_of, as_of_precision, "
        "qualifier, status, derivation, note_zh, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const RecordValidator validator(db, RecordValidator::Scope::DatasetTables);
    forEachRecord(
        observations, u"observations.json"_s, [&](const QJsonObject &object, qint64 id, const QString &where) {
            ObservationRecord record;
            record.companyId = object.value("company"_L1).toString();
            record.metricKey = object.value("metric"_L1).toString();
            record.value = object.value("value"_L1).toDouble(qQNaN());
            record.valueHigh = object.value("value_high"_L1).toDouble(qQNaN());
            record.currency = object.value("currency"_L1).toString();
            record.qualifier = object.value("qualifier"_L1).toString(u"exact"_s);
            record.status = object.value("status"_L1).toString(u"reported"_s);
            record.citations = citationRecords(object.value("citations"_L1).toArray());
            QString invalid;
            if (!validator.validate(record, &invalid))
                fail(where, invalid);
            const PartialDate asOf = date(object.value("as_of"_L1), where);
            if (record.status == Vocabulary::key(ValueStatus::Derived)
                && object.value("derivation"_L1).toString().isEmpty())
                fail(where, tr("is derived but does not say how"));
            query.addBindValue(id);
            query.addBindValue(record.companyId);
            query.addBindValue(record.metricKey);
            query.addBindValue(record.value);
            query.addBindValue(record.hasHigh() ? QVariant(record.valueHigh) : QVariant(QMetaType::fromType<double>()));
            query.addBindValue(textOrNull(object.value("currency"_L1)));
            bindDate(query, asOf);
            query.addBindValue(record.qualifier);
            query.addBindValue(record.status);
            query.addBindValue(object.value("derivation"_L1).toString(u""_s));
            query.addBindValue(object.value("note_zh"_L1).toString(u""_s));
            query.addBindValue(object.value("note_en"_L1).toString(u""_s));
            insertCited(db, query, u"observation_id"_s, id, object, where);
        });
    return m_errors.isEmpty();
}

bool DatasetCompiler::insertEvents(QSqlDatabase &db, const QJsonArray &events)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO events (id, company_id, person_id, date, date_precision, kind, summary_zh, summary_en) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const RecordValidator validator(db, RecordValidator::Scope::DatasetTables);
    forEachRecord(events, u"events.json"_s, [&](const QJsonObject &object, qint64 id, const QString &where) {
        const PartialDate eventDate = date(object.value("date"_L1), where);
        EventRecord record;
        record.companyId = object.value("company"_L1).toString();
        record.personId = object.value("person"_L1).toString();
        record.kind = object.value("kind"_L1).toString();
        record.summaryZh = object.value("summary_zh"_L1).toString();
        record.summaryEn = object.value("summary_en"_L1).toString();
        record.citations = citationRecords(object.value("citations"_L1).toArray());
        QString invalid;
        if (!validator.validate(record, &invalid))
            fail(where, invalid);
        // The shipped dataset is bilingual throughout; a user's event may be in one language.
        if (record.summaryZh.isEmpty() || record.summaryEn.isEmpty())
            fail(where, tr("needs summaries in both languages"));
        query.addBindValue(id);
        query.addBindValue(record.companyId);
        query.addBindValue(textOrNull(object.value("person"_L1)));
        bindDate(query, eventDate);
        query.addBindValue(object.value("kind"_L1).toString());
        query.addBindValue(object.value("summary_zh"_L1).toString());
        query.addBindValue(object.value("summary_en"_L1).toString());
        insertCited(db, query, u"event_id"_s, id, object, where);
    });
    return m_errors.isEmpty();
}

bool DatasetCompiler::insertCitations(QSqlDatabase &db, const QString &ownerColumn, qint64 ownerId,
                                      const QJsonArray &citations, const QString &where)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO citations (%1, article_key, lang, paragraph, printed) VALUES (?, ?, ?, ?, ?)"_s.arg(ownerColumn));
    for (const QJsonValue &value : citations) {
        const QJsonObject citation = value.toObject();
        const QString article = citation.value("article"_L1).toString();
        const int paragraph = citation.value("paragraph"_L1).toInt(-1);
        // RecordValidator has checked the article and paragraph; the dataset also quotes each figure.
        if (citation.value("printed"_L1).toString().isEmpty())
            fail(where, tr("citation needs the figure or phrase as printed"));
        query.addBindValue(ownerId);
        query.addBindValue(article);
        query.addBindValue(citation.value("lang"_L1).toString());
        query.addBindValue(paragraph);
        query.addBindValue(citation.value("printed"_L1).toString());
        if (!query.exec())
            fail(where, query.lastError().text());
    }
    return m_errors.isEmpty();
}

} // namespace tigerscope
