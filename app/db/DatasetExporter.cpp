#include "DatasetExporter.h"

#include "CitationResolver.h"
#include "CsvWriter.h"
#include "OutputFile.h"

#include <QBuffer>
#include <QMap>

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cerrno>
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

QByteArray csvTable(const QSqlDatabase &db, const QString &sql)
{
    QByteArray out;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return out;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        out += (i ? "," : "") + CsvWriter::cell(record.fieldName(i)).toUtf8();
    out += "\r\n";
    while (query.next()) {
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            QString text;
            if (!value.isNull())
                text = value.metaType().id() == QMetaType::Double ? QString::number(value.toDouble(), 'g', 17)
                                                                  : value.toString();
            out += (i ? "," : "") + CsvWriter::cell(text).toUtf8();
        }
        out += "\r\n";
    }
    return out;
}

/// One top-level member of the export, "key": value, indented as a member of the document.
QByteArray member(const QString &key, const QJsonValue &value)
{
    QByteArray text;
    if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    else
        text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    text = text.trimmed();
    text.replace('\n', "\n    ");
    return "    " + QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact).mid(1).chopped(1) + ": " + text;
}

} // namespace

DatasetExporter::DatasetExporter(QSqlDatabase db)
    : m_db(std::move(db))
{}

QJsonObject DatasetExporter::catalogueJson() const
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
    for (QJsonObject row :
         rows(m_db, u"SELECT id, name_zh, name_en, name_origin, origin FROM all_people ORDER BY id"_s)) {
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
    };
}

void DatasetExporter::forEachImportedArticle(const std::function<void(const QJsonObject &)> &write) const
{
    for (QJsonObject row :
         rows(m_db,
              u"SELECT id, article_key, title, title_zh, title_en, outlet, author, published, languages, "
              "fingerprint, source_path, encoding, imported_at FROM main.imported_articles ORDER BY id"_s)) {
        QMap<QString, QJsonArray> paragraphsByLanguage;
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        query.prepare(u"SELECT lang, idx, kind, text FROM main.paragraphs WHERE article_id = ? ORDER BY lang, idx"_s);
        query.addBindValue(row.value("id"_L1).toVariant());
        query.exec();
        while (query.next()) {
            paragraphsByLanguage[query.value(0).toString()].append(QJsonObject{{u"index"_s, query.value(1).toInt()},
                                                                               {u"kind"_s, query.value(2).toString()},
                                                                               {u"text"_s, query.value(3).toString()}});
        }
        QJsonObject paragraphs;
        for (auto it = paragraphsByLanguage.cbegin(); it != paragraphsByLanguage.cend(); ++it)
            paragraphs.insert(it.key(), it.value());
        row.insert(u"paragraphs"_s, paragraphs);
        write(row);
    }
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
        {u"people"_s,
         csvTable(m_db, u"SELECT id, name_zh, name_en, name_origin, origin FROM all_people ORDER BY id"_s)},
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
             u"o.derivation, o.note_zh, o.note_en, o.origin, "
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

bool DatasetExporter::streamJson(QIODevice *out) const
{
    // Written member by member, each imported article on its own: the largest piece held in memory
    // is one article, not the whole export. Members stay in alphabetical order.
    const QJsonObject catalogue = catalogueJson();
    bool ok = out->write("{\n") == 2;
    bool first = true;
    auto separate = [&] {
        if (!first)
            ok = ok && out->write(",\n") == 2;
        first = false;
    };
    auto writeImported = [&] {
        separate();
        ok = ok && out->write("    \"imported_articles\": [") >= 0;
        bool firstArticle = true;
        forEachImportedArticle([&](const QJsonObject &article) {
            const QByteArray text = member(QString(), article).mid(8); // the value alone, after `    "": `
            ok = ok && out->write(firstArticle ? "\n        " : ",\n        ") >= 0;
            QByteArray indented = text;
            indented.replace('\n', "\n    ");
            ok = ok && out->write(indented) == indented.size();
            firstArticle = false;
        });
        ok = ok && out->write(firstArticle ? "]" : "\n    ]") >= 0;
    };
    bool importedWritten = false;
    for (auto it = catalogue.constBegin(); it != catalogue.constEnd(); ++it) {
        if (!importedWritten && it.key() > "imported_articles"_L1) {
            writeImported();
            importedWritten = true;
        }
        separate();
        const QByteArray text = member(it.key(), it.value());
        ok = ok && out->write(text) == text.size();
    }
    if (!importedWritten)
        writeImported();
    return ok && out->write("\n}\n") == 3;
}

QJsonObject DatasetExporter::toJson() const
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    streamJson(&buffer);
    return QJsonDocument::fromJson(buffer.data()).object();
}

bool DatasetExporter::writeJson(const QString &path, QString *error) const
{
    OutputFile output(path.isEmpty() ? u"-"_s : path);
    if (!output.open(error))
        return false;
    if (!streamJson(output.device())) {
        const auto *file = qobject_cast<QFileDevice *>(output.device());
        const QString reason = file ? OutputFile::writeFailure(*file) : output.device()->errorString();
        output.cancel();
        if (error)
            *error = tr("Cannot write %1: %2").arg(path.isEmpty() ? u"-"_s : QDir::toNativeSeparators(path), reason);
        return false;
    }
    return output.commit(error);
}

bool DatasetExporter::writeCsv(const QString &path, QString *error) const
{
    const auto tables = toCsvTables();
    if (path.isEmpty() || OutputFile::isStandardOutput(path)) {
        for (const auto &[name, content] : tables) {
            if (name == "observations"_L1)
                return OutputFile::write(u"-"_s, content, error);
        }
        return false;
    }
    const QFileInfo target(path);
    if (target.exists() && !target.isDir()) {
        if (error)
            *error = tr("%1 exists and is not a folder; CSV export writes one file per table into a folder.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    // The whole set is written beside the target first; the old files are replaced only once every
    // file is complete, so a full disk leaves the previous export as it was.
    const QString parent = target.absolutePath();
    if (!QDir().mkpath(parent)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parent));
        return false;
    }
    QTemporaryDir staging(QDir(parent).filePath(u"."_s + target.fileName() + u".partial-XXXXXX"_s));
    if (!staging.isValid()) {
        if (error)
            *error = tr("Cannot create the folder %1: %2")
                         .arg(QDir::toNativeSeparators(staging.path()), staging.errorString());
        return false;
    }
    // Unbuffered: each write reaches the system at once, and its failure says why ("No space left").
    for (const auto &[name, content] : tables) {
        QFile file(staging.filePath(name + u".csv"_s));
        errno = 0;
        const bool written
            = file.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && file.write(content) == content.size();
        if (!written) {
            if (error)
                *error = tr("Cannot write %1: %2")
                             .arg(QDir::toNativeSeparators(QDir(path).filePath(name + u".csv"_s)),
                                  OutputFile::writeFailure(file));
            return false;
        }
    }
    return replaceSet(staging, path, tables, error);
}

bool DatasetExporter::replaceSet(QTemporaryDir &staging, const QString &path,
                                 const QList<std::pair<QString, QByteArray>> &tables, QString *error)
{
    if (!QFileInfo::exists(path)) {
        if (QDir().rename(staging.path(), path)) {
            staging.setAutoRemove(false);
            return true;
        }
    } else {
        bool moved = true;
        for (const auto &[name, content] : tables) {
            const QString file = name + u".csv"_s;
            const QString from = staging.filePath(file);
            const QString to = QDir(path).filePath(file);
            moved = moved && std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
        }
        if (moved)
            return true;
    }
    if (error)
        *error = tr("Cannot move the export into %1.").arg(QDir::toNativeSeparators(path));
    return false;
}

} // namespace tigerscope
