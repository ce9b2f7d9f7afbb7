#include "DatasetExporter.h"

#include "CitationResolver.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QJsonValue jsonOf(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.metaType().id()) {
    case QMetaType::LongLong:
    case QMetaType::Int: return QJsonValue(value.toLongLong());
    case QMetaType::Double: return QJsonValue(value.toDouble());
    default: return QJsonValue(value.toString());
    }
}

/// Every row of a query as JSON objects keyed by column name.
QList<QJsonObject> rows(const QSqlDatabase &db, const QString &sql)
{
    QList<QJsonObject> result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return result;
    const QSqlRecord record = query.record();
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), jsonOf(query.value(i)));
        result.append(row);
    }
    return result;
}

QJsonObject partialDate(const QJsonValue &date, const QJsonValue &precision)
{
    return QJsonObject{{u"date"_s, date}, {u"precision"_s, precision}};
}

QByteArray csvField(const QString &text)
{
    QString value = text;
    if (value.contains(u'"') || value.contains(u',') || value.contains(u'\n') || value.contains(u'\r')) {
        value.replace(u"\""_s, u"\"\""_s);
        value = u'"' + value + u'"';
    }
    return value.toUtf8();
}

QByteArray csvTable(const QSqlDatabase &db, const QString &sql)
{
    QByteArray out;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return out;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        out += (i ? "," : "") + csvField(record.fieldName(i));
    out += "\r\n";
    while (query.next()) {
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            QString text;
            if (!value.isNull())
                text = value.metaType().id() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 17)
                                                                  : value.toString();
            out += (i ? "," : "") + csvField(text);
        }
        out += "\r\n";
    }
    return out;
}

bool writeAtomically(const QString &path, const QByteArray &content, QString *error)
{
    QSaveFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::WriteOnly) || file.write(content) != content.size()
        || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("DatasetExporter", "Cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path),
                              QFileInfo(path).isDir() ? QCoreApplication::translate("DatasetExporter", "it is a folder")
                                                      : file.errorString());
        return false;
    }
    return true;
}

bool writeStdout(const QByteArray &content)
{
    return std::fwrite(content.constData(), 1, size_t(content.size()), stdout) == size_t(content.size())
        && std::fflush(stdout) == 0;
}

} // namespace

DatasetExporter::DatasetExporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

QJsonObject DatasetExporter::toJson() const
{
    const CitationResolver resolver(m_db);
    auto citationsOf = [&](const QString &ownerColumn, const QJsonValue &ownerId) {
        QJsonArray result;
        QSqlQuery query(m_db);
        query.prepare(
            u"SELECT article_key, lang, paragraph, printed, reference FROM all_citations WHERE %1 = ? ORDER BY lang, id"_s
                .arg(ownerColumn));
        query.addBindValue(ownerId.toVariant());
        query.exec();
        while (query.next()) {
            const QString article = query.value(0).toString();
            const QString lang = query.value(1).toString();
            const int paragraph = query.value(2).toInt();
            const QString printed = query.value(3).toString();
            const QString reference = query.value(4).toString();
            const ResolvedCitation resolved = resolver.resolve(article, lang, paragraph, printed, reference);
            QJsonObject citation{{u"article"_s, jsonOf(query.value(0))},
                                 {u"lang"_s, jsonOf(query.value(1))},
                                 {u"paragraph"_s, jsonOf(query.value(2))},
                                 {u"printed"_s, printed},
                                 {u"reference"_s, jsonOf(query.value(4))},
                                 {u"resolved"_s, resolved.isResolved()},
                                 {u"resolution"_s, ResolvedCitation::stateName(resolved.state)}};
            if (!resolved.passage.isNull())
                citation.insert(u"passage"_s, resolved.passage);
            result.append(citation);
        }
        return result;
    };
    auto aliasesOf = [&](const QString &ownerColumn, const QJsonValue &ownerId) {
        QJsonArray result;
        QSqlQuery query(m_db);
        query.prepare(
            u"SELECT text, lang, kind FROM all_aliases WHERE %1 = ? ORDER BY lang, kind, text"_s.arg(ownerColumn));
        query.addBindValue(ownerId.toVariant());
        query.exec();
        while (query.next())
            result.append(QJsonObject{{u"text"_s, query.value(0).toString()},
                                      {u"lang"_s, query.value(1).toString()},
                                      {u"kind"_s, query.value(2).toString()}});
        return result;
    };

    QJsonArray companies;
    for (QJsonObject row :
         rows(m_db,
              u"SELECT id, name_zh, name_en, grp AS \"group\", name_origin, description_zh, description_en, "
              "parent_id AS parent, origin FROM all_companies ORDER BY sort_order, id"_s)) {
        row.insert(u"aliases"_s, aliasesOf(u"company_id"_s, row.value("id"_L1)));
        companies.append(row);
    }

    QJsonArray people;
    for (QJsonObject row : rows(m_db, u"SELECT id, name_zh, name_en, origin FROM all_people ORDER BY id"_s)) {
        row.insert(u"aliases"_s, aliasesOf(u"person_id"_s, row.value("id"_L1)));
        QJsonArray roles;
        QSqlQuery query(m_db);
        query.prepare(
            u"SELECT id, company_id, title_zh, title_en, start_date, start_precision, end_date, end_precision, status "
            "FROM all_roles WHERE person_id = ? ORDER BY id"_s);
        query.addBindValue(row.value("id"_L1).toString());
        query.exec();
        while (query.next()) {
            roles.append(QJsonObject{{u"company"_s, jsonOf(query.value(1))},
                                     {u"title_zh"_s, jsonOf(query.value(2))},
                                     {u"title_en"_s, jsonOf(query.value(3))},
                                     {u"start"_s, partialDate(jsonOf(query.value(4)), jsonOf(query.value(5)))},
                                     {u"end"_s, partialDate(jsonOf(query.value(6)), jsonOf(query.value(7)))},
                                     {u"status"_s, jsonOf(query.value(8))},
                                     {u"citations"_s, citationsOf(u"role_id"_s, jsonOf(query.value(0)))}});
        }
        row.insert(u"roles"_s, roles);
        people.append(row);
    }

    QJsonArray metrics;
    for (
        const QJsonObject &row : rows(
            m_db,
            u"SELECT key, unit, label_zh, label_en, description_zh, description_en, origin FROM all_metrics ORDER BY key"_s))
        metrics.append(row);

    QJsonArray observations;
    for (QJsonObject row :
         rows(m_db,
              u"SELECT o.id, o.company_id AS company, o.metric_key AS metric, m.unit, o.value, o.value_high, "
              "o.currency, o.as_of, o.as_of_precision, o.qualifier, o.status, o.derivation, o.note_zh, "
              "o.note_en, o.origin FROM all_observations o LEFT JOIN all_metrics m ON m.key = o.metric_key "
              "ORDER BY o.id"_s)) {
        row.insert(u"citations"_s, citationsOf(u"observation_id"_s, row.value("id"_L1)));
        observations.append(row);
    }

    QJsonArray events;
    for (QJsonObject row : rows(m_db,
                                u"SELECT id, company_id AS company, person_id AS person, date, date_precision, kind, "
                                "summary_zh, summary_en, origin FROM all_events ORDER BY date, id"_s)) {
        row.insert(u"citations"_s, citationsOf(u"event_id"_s, row.value("id"_L1)));
        events.append(row);
    }

    QJsonArray articles;
    for (QJsonObject row : rows(m_db,
                                u"SELECT key, title_zh, title_en, outlet_zh, outlet_en, author, published, languages, "
                                "fingerprint, url, origin FROM all_articles ORDER BY key"_s)) {
        const qint64 imported = resolver.importedArticleFor(row.value("key"_L1).toString());
        row.insert(u"imported_article"_s, imported < 0 ? QJsonValue::Null : QJsonValue(imported));
        articles.append(row);
    }

    QJsonArray imported;
    for (QJsonObject row :
         rows(m_db,
              u"SELECT id, article_key, title, title_zh, title_en, outlet, author, published, languages, "
              "fingerprint, source_path, encoding, imported_at FROM main.imported_articles ORDER BY id"_s)) {
        QJsonObject paragraphsByLanguage;
        QSqlQuery query(m_db);
        query.prepare(u"SELECT lang, idx, kind, text FROM main.paragraphs WHERE article_id = ? ORDER BY lang, idx"_s);
        query.addBindValue(row.value("id"_L1).toVariant());
        query.exec();
        while (query.next()) {
            const QString lang = query.value(0).toString();
            QJsonArray list = paragraphsByLanguage.value(lang).toArray();
            list.append(QJsonObject{{u"index"_s, query.value(1).toInt()},
                                    {u"kind"_s, query.value(2).toString()},
                                    {u"text"_s, query.value(3).toString()}});
            paragraphsByLanguage.insert(lang, list);
        }
        row.insert(u"paragraphs"_s, paragraphsByLanguage);
        imported.append(row);
    }

    return QJsonObject{
        {u"format"_s, u"tigerscope-export"_s},
        {u"format_version"_s, FormatVersion},
        {u"generator"_s, u"Tigerscope %1"_s.arg(QStringLiteral(TIGERSCOPE_VERSION))},
        {u"exported_at"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {u"companies"_s, companies},
        {u"people"_s, people},
        {u"metrics"_s, metrics},
        {u"observations"_s, observations},
        {u"events"_s, events},
        {u"articles"_s, articles},
        {u"imported_articles"_s, imported},
    };
}

QList<std::pair<QString, QByteArray>> DatasetExporter::toCsvTables() const
{
    return {
        {u"companies"_s,
         csvTable(
             m_db,
             u"SELECT id, name_zh, name_en, grp AS \"group\", name_origin, description_zh, description_en, parent_id AS parent, origin FROM all_companies ORDER BY sort_order, id"_s)},
        {u"aliases"_s,
         csvTable(
             m_db,
             u"SELECT company_id AS company, person_id AS person, text, lang, kind, origin FROM all_aliases ORDER BY company_id, person_id, lang, text"_s)},
        {u"people"_s, csvTable(m_db, u"SELECT id, name_zh, name_en, origin FROM all_people ORDER BY id"_s)},
        {u"roles"_s,
         csvTable(
             m_db,
             u"SELECT id, person_id AS person, company_id AS company, title_zh, title_en, start_date, start_precision, end_date, end_precision, status, origin FROM all_roles ORDER BY person_id, id"_s)},
        {u"metrics"_s, csvTable(m_db, u"SELECT key, unit, label_zh, label_en, origin FROM all_metrics ORDER BY key"_s)},
        {u"observations"_s,
         csvTable(
             m_db,
             u"SELECT o.id, o.company_id AS company, c.name_en AS company_en, c.name_zh AS company_zh, o.metric_key AS "
             u"metric, m.unit, o.value, o.value_high, o.currency, o.as_of, o.as_of_precision, o.qualifier, o.status, "
             u"o.derivation, o.origin, "
             "(SELECT group_concat(coalesce(article_key, reference) || ' ' || coalesce(lang, '') || ' ¶' || "
             "coalesce(paragraph, '') || ' \"' || printed || '\"', '; ') FROM all_citations WHERE observation_id = "
             "o.id) AS citations "
             "FROM all_observations o LEFT JOIN all_companies c ON c.id = o.company_id LEFT JOIN all_metrics m ON m.key = o.metric_key ORDER BY o.id"_s)},
        {u"events"_s,
         csvTable(
             m_db,
             u"SELECT id, company_id AS company, person_id AS person, date, date_precision, kind, summary_zh, summary_en, origin FROM all_events ORDER BY date, id"_s)},
        {u"citations"_s,
         csvTable(
             m_db,
             u"SELECT observation_id, event_id, role_id, article_key AS article, lang, paragraph, printed, reference, origin FROM all_citations ORDER BY observation_id, event_id, role_id, id"_s)},
        {u"articles"_s,
         csvTable(
             m_db,
             u"SELECT key, title_zh, title_en, outlet_zh, outlet_en, author, published, languages, fingerprint, url, origin FROM all_articles ORDER BY key"_s)},
        {u"paragraphs"_s,
         csvTable(
             m_db,
             u"SELECT a.id AS imported_article, a.article_key AS article, p.lang, p.idx AS paragraph, p.kind, p.text FROM main.paragraphs p JOIN main.imported_articles a ON a.id = p.article_id ORDER BY a.id, p.lang, p.idx"_s)},
    };
}

bool DatasetExporter::writeJson(const QString &path, QString *error) const
{
    const QByteArray content = QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
    if (path.isEmpty() || path == "-"_L1)
        return writeStdout(content);
    return writeAtomically(path, content, error);
}

bool DatasetExporter::writeCsv(const QString &path, QString *error) const
{
    const auto tables = toCsvTables();
    if (path.isEmpty() || path == "-"_L1) {
        for (const auto &[name, content] : tables) {
            if (name == "observations"_L1)
                return writeStdout(content);
        }
        return false;
    }
    if (QFileInfo(path).exists() && !QFileInfo(path).isDir()) {
        if (error)
            *error = tr("%1 exists and is not a folder; CSV export writes one file per table into a folder.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!QDir().mkpath(path)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    for (const auto &[name, content] : tables) {
        if (!writeAtomically(QDir(path).absoluteFilePath(name + u".csv"_s), content, error))
            return false;
    }
    return true;
}

} // namespace tigerscope
