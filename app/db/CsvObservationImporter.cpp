#include "CsvObservationImporter.h"

#include "Database.h"
#include "ObservationCsvFormat.h"
#include "RecordValidator.h"
#include "UserDataStore.h"
#include "Vocabulary.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

bool containsHan(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace

CsvObservationImporter::CsvObservationImporter(Database &database)
    : m_database(database)
{}

QStringList CsvObservationImporter::columnNames()
{
    return ObservationCsvFormat::columnNames();
}

void CsvObservationImporter::loadLookups() const
{
    if (m_loaded)
        return;
    QSqlDatabase db = m_database.connection();
    auto addCompany = [this](const QString &text, const QString &id) {
        QStringList &ids = m_companies[folded(text)];
        if (!text.trimmed().isEmpty() && !ids.contains(id))
            ids.append(id);
    };
    QSqlQuery query(db);
    query.exec(u"SELECT id, name_zh, name_en FROM all_companies"_s);
    while (query.next()) {
        const QString id = query.value(0).toString();
        addCompany(id, id);
        addCompany(query.value(1).toString(), id);
        addCompany(query.value(2).toString(), id);
    }
    query.exec(u"SELECT company_id, text FROM all_aliases WHERE company_id IS NOT NULL"_s);
    while (query.next())
        addCompany(query.value(1).toString(), query.value(0).toString());
    query.exec(u"SELECT key, label_zh, label_en FROM all_metrics"_s);
    while (query.next()) {
        const QString key = query.value(0).toString();
        m_metrics.insert(folded(key), key);
        m_metrics.insert(folded(query.value(1).toString()), key);
        m_metrics.insert(folded(query.value(2).toString()), key);
    }
    query.exec(u"SELECT key FROM all_articles"_s);
    while (query.next())
        m_articles.insert(query.value(0).toString());
    m_loaded = true;
}

QString CsvObservationImporter::resolveCompany(const QString &text, bool *ambiguous) const
{
    loadLookups();
    const QStringList ids = m_companies.value(folded(text));
    if (ambiguous)
        *ambiguous = ids.size() > 1;
    // An id or a name wins over an alias that another company shares.
    if (ids.size() > 1 && ids.contains(text.trimmed()))
        return text.trimmed();
    return ids.size() == 1 ? ids.first() : QString();
}

QString CsvObservationImporter::resolveMetric(const QString &text) const
{
    loadLookups();
    return m_metrics.value(folded(text));
}

bool CsvObservationImporter::parseNumber(const QString &text, double *value, QString *error) const
{
    bool ok = false;
    // Numbers are written the C way ("1500000000", "1.5e9"), whatever the interface language.
    *value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(*value)) {
        *error = tr("“%1” is not a finite number (write digits with a decimal point, e.g. 1500000000 or 1.5e9).")
                     .arg(text);
        return false;
    }
    return true;
}

bool CsvObservationImporter::parseCitation(const QString &text, CitationRecord *citation, QString *error) const
{
    // Format 2 writes the paragraph as a person reads it, "¶10" or "p10", counted from 1; format
    // 1's bare number counted from 0, and old files are read so.
    static const QRegularExpression articlePattern(
        u"^([^|\\s]+)\\s*\\|\\s*(zh|en)\\s*\\|\\s*([¶pP]?)\\s*(\\d+)\\s*\\|(.*)$"_s,
        QRegularExpression::DotMatchesEverythingOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Every figure needs a citation: “article-key|lang|¶paragraph|printed” or a reference or URL.");
        return false;
    }
    const QRegularExpressionMatch match = articlePattern.match(trimmed);
    if (!match.hasMatch()) {
        citation->reference = trimmed;
        return true;
    }
    if (!m_articles.contains(match.captured(1))) {
        *error = tr("Unknown article “%1” in the citation.").arg(match.captured(1));
        return false;
    }
    const bool countedFromOne = !match.captured(3).isEmpty();
    const int number = match.captured(4).toInt();
    if (countedFromOne && number < 1) {
        *error = tr("Paragraphs are counted from 1: “%1” names none.").arg(match.captured(3) + match.captured(4));
        return false;
    }
    citation->articleKey = match.captured(1);
    citation->lang = match.captured(2);
    citation->paragraph = countedFromOne ? ParagraphNumber::stored(number) : number;
    citation->printed = match.captured(5).trimmed();
    return true;
}

bool CsvObservationImporter::parseRecord(const QHash<QString, QString> &fields, ObservationRecord *record,
                                         QString *error) const
{
    auto field = [&](const char *name) { return fields.value(QString::fromLatin1(name)).trimmed(); };

    const QString company = field("company");
    bool ambiguous = false;
    record->companyId = resolveCompany(company, &ambiguous);
    if (record->companyId.isEmpty()) {
        *error = ambiguous ? tr("“%1” names more than one company; use the company's id.").arg(company)
                           : tr("Unknown company “%1”.").arg(company);
        return false;
    }
    const QString metric = field("metric");
    record->metricKey = resolveMetric(metric);
    if (record->metricKey.isEmpty()) {
        *error = tr("Unknown metric “%1”.").arg(metric);
        return false;
    }

    if (field("value").isEmpty()) {
        *error = tr("The value is missing.");
        return false;
    }
    if (!parseNumber(field("value"), &record->value, error))
        return false;
    const QString high = field("value_high");
    if (!high.isEmpty() && !parseNumber(high, &record->valueHigh, error))
        return false;
    record->qualifier
        = field("qualifier").isEmpty() ? (record->hasHigh() ? u"range"_s : u"exact"_s) : field("qualifier").toLower();
    record->status = field("status").isEmpty() ? u"reported"_s : field("status").toLower();
    record->currency = field("currency").toUpper();

    const QString asOf = field("as_of");
    if (!asOf.isEmpty()) {
        record->asOf = PartialDate::parse(asOf);
        if (!record->asOf.isValid()) {
            *error = tr("Invalid date “%1” (write 2025, 2025-Q1, 2025-02 or 2025-02-09).").arg(asOf);
            return false;
        }
    }

    // One citation a line: an export writes every citation of a figure into its one cell.
    QStringList citations;
    for (const QString &text : fields.value(u"citation"_s).split(u'\n')) {
        if (!text.trimmed().isEmpty())
            citations.append(text);
    }
    if (citations.isEmpty())
        citations.append(QString()); // reported as the missing citation
    for (const QString &text : std::as_const(citations)) {
        CitationRecord citation;
        if (!parseCitation(text, &citation, error))
            return false;
        record->citations.append(citation);
    }

    const QString note = field("note");
    (containsHan(note) ? record->noteZh : record->noteEn) = note;
    if (fields.contains(u"note_zh"_s))
        record->noteZh = field("note_zh");
    if (fields.contains(u"note_en"_s))
        record->noteEn = field("note_en");
    record->derivation = field("derivation");
    return true;
}

CsvImportPreview CsvObservationImporter::preview(const QByteArray &data) const
{
    loadLookups();
    const RecordValidator validator(m_database.connection(), RecordValidator::Scope::UserViews);
    CsvImportPreview preview;
    const CsvReader::Result csv = CsvReader::read(data);
    preview.issues = csv.issues;
    if (csv.records.isEmpty()) {
        if (preview.issues.isEmpty())
            preview.issues.append({1, tr("The file is empty: it needs a header line and at least one figure.")});
        return preview;
    }

    const CsvRecord &header = csv.records.first();
    QStringList columns;
    for (const QString &name : header.fields)
        columns.append(name.trimmed().toLower());
    // An export puts the table's display text left of its format column: those are for reading.
    const qsizetype formatColumn = columns.lastIndexOf(ObservationCsvFormat::formatColumn());
    const qsizetype firstColumn = formatColumn + 1;
    bool headerOk = true;
    const QStringList readColumns = columns.mid(firstColumn);
    for (const QString &name : readColumns) {
        if (!columnNames().contains(name)) {
            preview.issues.append(
                {header.line, tr("Unknown column “%1”; the columns are: %2.").arg(name, columnNames().join(u", "_s))});
            headerOk = false;
        } else if (readColumns.count(name) > 1) {
            preview.issues.append({header.line, tr("The column “%1” appears twice.").arg(name)});
            headerOk = false;
            break;
        }
    }
    for (const char *required : {"company", "metric", "value", "citation"}) {
        if (!readColumns.contains(QString::fromLatin1(required))) {
            preview.issues.append(
                {header.line, tr("The required column “%1” is missing.").arg(QString::fromLatin1(required))});
            headerOk = false;
        }
    }
    if (readColumns.contains(u"note"_s) && (readColumns.contains(u"note_zh"_s) || readColumns.contains(u"note_en"_s))) {
        preview.issues.append({header.line,
                               tr("Give the note either in “note” or in “note_zh” and “note_en”, "
                                  "not in both.")});
        headerOk = false;
    }

    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        const CsvRecord &line = csv.records.at(i);
        ++preview.dataLines;
        if (!headerOk)
            continue;
        if (line.fields.size() != columns.size()) {
            preview.issues.append(
                {line.line, tr("%1 fields where the header has %2.").arg(line.fields.size()).arg(columns.size())});
            continue;
        }
        if (formatColumn >= 0) {
            const QString format = line.fields.at(formatColumn).trimmed();
            bool ok = format.isEmpty();
            const int version = ok ? 0 : format.toInt(&ok);
            if (!ok || version < 0 || version > ObservationCsvFormat::Version) {
                preview.issues.append({line.line,
                                       tr("Format “%1” is not one this version reads (up to %2): "
                                          "the file was written by a newer Tigerscope.")
                                           .arg(format)
                                           .arg(ObservationCsvFormat::Version)});
                continue;
            }
        }
        QHash<QString, QString> fields;
        for (qsizetype c = firstColumn; c < columns.size(); ++c)
            fields.insert(columns.at(c), CsvReader::unguarded(line.fields.at(c)));
        ObservationRecord record;
        QString error;
        if (!parseRecord(fields, &record, &error) || !validator.validate(record, &error)) {
            preview.issues.append({line.line, error});
            continue;
        }
        preview.records.append(record);
        preview.recordLines.append(line.line);
    }
    if (headerOk && preview.dataLines == 0)
        preview.issues.append({header.line, tr("There are no figures below the header.")});
    std::stable_sort(preview.issues.begin(), preview.issues.end(),
                     [](const CsvIssue &a, const CsvIssue &b) { return a.line < b.line; });
    return preview;
}

bool CsvObservationImporter::import(CsvImportPreview *preview, QString *error) const
{
    if (!preview->canImport()) {
        *error = preview->issues.isEmpty() ? tr("There is nothing to import.")
                                           : tr("Correct the %n problem(s) in the file first: nothing was imported.",
                                                nullptr, int(preview->issues.size()));
        return false;
    }
    UserDataStore store(m_database);
    return store.addObservations(&preview->records, error);
}

} // namespace tigerscope
