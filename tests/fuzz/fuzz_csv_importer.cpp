// libFuzzer target: CsvReader::read and CsvObservationImporter::preview on arbitrary bytes, against
// a small user database (two companies with aliases, two metrics, one article). Preview writes
// nothing, so every input sees the same database.

#include "CsvObservationImporter.h"
#include "CsvReader.h"
#include "CsvWriter.h"
#include "Database.h"
#include "FuzzSupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

Database *database()
{
    // Kept to the end of the process on purpose: destroyed at exit it would outlive Qt's own
    // registry of connections.
    static QTemporaryDir folder;
    static Database *instance = nullptr;
    if (!instance) {
        QString error;
        instance = Database::open({folder.path(), {}, false}, &error).release();
        FUZZ_CHECK(instance != nullptr);
        QSqlQuery query(instance->connection());
        for (const char *statement :
             {"INSERT INTO main.companies (id, name_zh, name_en, grp) VALUES ('acme', '示例模型', 'Acme Models', "
              "'tiger')",
              "INSERT INTO main.companies (id, name_zh, name_en, grp) VALUES ('beta', '贝塔智能', 'Beta AI', 'other')",
              "INSERT INTO main.aliases (company_id, text, lang, kind) VALUES ('acme', 'Acme', 'en', 'short')",
              "INSERT INTO main.aliases (company_id, text, lang, kind) VALUES ('beta', 'Acme', 'en', 'short')",
              "INSERT INTO main.metrics (key, unit, label_zh, label_en) VALUES ('financing_round', 'money', '融资额', "
              "'Financing round')",
              "INSERT INTO main.metrics (key, unit, label_zh, label_en) VALUES ('staff', 'people', '员工数', 'Staff')",
              "INSERT INTO main.articles (key, languages) VALUES ('sample-article', 'en,zh')"}) {
            FUZZ_CHECK(query.exec(QString::fromUtf8(statement)));
        }
    }
    return instance;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 1024 * 1024)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const CsvReader::Result csv = CsvReader::read(bytes);
    int previousLine = 0;
    for (const CsvRecord &record : csv.records) {
        FUZZ_CHECK(record.line > previousLine);
        previousLine = record.line;
    }
    // What line() writes, read() gives back, but for the apostrophe before a cell a spreadsheet
    // would run as a formula. The byte order mark keeps a field that starts with U+FEFF from being
    // taken for one.
    if (!csv.records.isEmpty()) {
        const QStringList fields = csv.records.constFirst().fields;
        const CsvReader::Result again = CsvReader::read("\xEF\xBB\xBF" + CsvWriter::line(fields).toUtf8());
        FUZZ_CHECK(again.issues.isEmpty());
        if (fields.size() > 1 || !fields.constFirst().trimmed().isEmpty()) {
            FUZZ_CHECK(again.records.size() == 1);
            const QStringList read = again.records.constFirst().fields;
            FUZZ_CHECK(read.size() == fields.size());
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const bool neutralised
                    = read.at(i) == u'\'' + fields.at(i) && QStringView(u"=+-@\t\r").contains(fields.at(i).front());
                FUZZ_CHECK(read.at(i) == fields.at(i) || neutralised);
            }
        }
    }

    const CsvImportPreview preview = CsvObservationImporter(*database()).preview(bytes);
    FUZZ_CHECK(preview.records.size() == preview.recordLines.size());
    FUZZ_CHECK(!preview.canImport() || !preview.records.isEmpty());
    for (qsizetype i = 1; i < preview.issues.size(); ++i)
        FUZZ_CHECK(preview.issues[i - 1].line <= preview.issues[i].line);
    for (const CsvIssue &issue : preview.issues)
        FUZZ_CHECK(!issue.message.isEmpty());
    return 0;
}
