// The observation table's free-text filter answered from the notes' full-text indexes (schema 9):
// for every query a user can type — Latin, Chinese of one, two, three and more characters, mixed
// case, punctuation, LIKE's wildcards, FTS5's own syntax — it gives exactly the rows a scan of every
// name, alias, label and note gives, over the shipped dataset with the user's figures beside it;
// the rows come from the index; and the index follows every insert, change and deletion of the
// user's figures.
#include "BigramIndex.h"
#include "ObservationTableModel.h"
#include "ShippedDatabaseTest.h"
#include "SqlSupport.h"
#include "UserDataStore.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

/// What the filter matched before the index: every note, name, alias and label read with LIKE.
QList<qint64> scannedRows(const QSqlDatabase &db, const QString &text)
{
    const QString like = u" LIKE :p"_s + QString::fromUtf16(LikeEscape);
    QSqlQuery query(db);
    query.prepare(u"SELECT o.id FROM all_observations o LEFT JOIN all_companies c ON c.id = o.company_id "
                  "WHERE c.name_zh%1 OR c.name_en%1 OR o.note_zh%1 OR o.note_en%1 "
                  "OR o.metric_key IN (SELECT key FROM all_metrics WHERE label_zh%1 OR label_en%1) "
                  "OR o.company_id IN (SELECT company_id FROM all_aliases WHERE text%1)"_s.arg(like));
    query.bindValue(u":p"_s, likeContains(text));
    QList<qint64> ids;
    if (!query.exec())
        return {-1};
    while (query.next())
        ids.append(query.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

/// The observation ids of every row the model shows, all pages loaded.
QList<qint64> shownRows(ObservationTableModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.observationId(row));
    std::sort(ids.begin(), ids.end());
    return ids;
}

ObservationRecord userFigure(const QString &noteZh, const QString &noteEn)
{
    ObservationRecord record;
    record.companyId = u"zhipu"_s;
    record.metricKey = u"valuation"_s; // a label no query below holds
    record.value = 1.0e8;
    record.currency = u"CNY"_s;
    record.noteZh = noteZh;
    record.noteEn = noteEn;
    CitationRecord citation;
    citation.reference = u"my notes"_s;
    record.citations = {citation};
    return record;
}

class TextFilterTest : public testsupport::ShippedDatabaseTest
{
protected:
    void SetUp() override
    {
        testsupport::ShippedDatabaseTest::SetUp();
        ASSERT_TRUE(m_database);
        m_store.emplace(*m_database);
        // Notes a user writes: both scripts, case LIKE folds and case it does not, wildcards,
        // quotes and FTS5 operators as text.
        const QList<std::pair<QString, QString>> notes = {
            {u"据公司公告，融资额约为1.5亿元"_s, u"Per the company's release, about 150 million yuan."_s},
            {QString(), u"ÉVIAN office; 100% owned, not 100_ percent"_s},
            {u"智谱 AI 的“大模型”"_s, u"évian \"quoted\" NEAR(a b) AND OR * ^"_s},
            {u"备注：a_b 与 a%b"_s, QString()},
        };
        for (const auto &[zh, en] : notes) {
            ObservationRecord record = userFigure(zh, en);
            QString error;
            ASSERT_TRUE(m_store->addObservation(&record, &error)) << error.toStdString();
            m_userIds.append(record.id);
        }
        // A user organisation with an alias, and a figure of it without notes.
        QSqlQuery query(m_database->connection());
        ASSERT_TRUE(query.exec(u"INSERT INTO main.companies (id, name_zh, name_en, grp) "
                               "VALUES ('my-lab', '我的实验室', 'My Lab', 'other')"_s));
        ASSERT_TRUE(query.exec(u"INSERT INTO main.aliases (company_id, text, lang, kind) "
                               "VALUES ('my-lab', 'Lab Of Mine', 'en', 'short')"_s));
        ObservationRecord own = userFigure({}, {});
        own.companyId = u"my-lab"_s;
        QString error;
        ASSERT_TRUE(m_store->addObservation(&own, &error)) << error.toStdString();
    }

    /// The queries compared: fixed ones, and pieces of every note of the database of one, two,
    /// three and five characters, as typed and upper-cased.
    QStringList queries() const
    {
        QStringList list = {u"a"_s,           u"A"_s,
                            u"%"_s,           u"_"_s,
                            u"%%"_s,          u"a_b"_s,
                            u"a%b"_s,         u"100%"_s,
                            u"100_"_s,        u"\\"_s,
                            u"\""_s,          u"\"quoted\""_s,
                            u"NEAR(a"_s,      u"AND OR"_s,
                            u"*"_s,           u"^"_s,
                            u"é"_s,           u"É"_s,
                            u"évian"_s,       u"ÉVIAN"_s,
                            u"Évian"_s,       u"智"_s,
                            u"智谱"_s,        u"智谱 AI"_s,
                            u"大模型"_s,      u"“大模型”"_s,
                            u"融资"_s,        u"，"_s,
                            u"1.5亿"_s,       u"亿元"_s,
                            u"Zhipu"_s,       u"zhipu"_s,
                            u"ZHIPU"_s,       u"Lab Of"_s,
                            u"lab of mine"_s, u"my lab"_s,
                            u"实验室"_s,      u"of"_s,
                            u"OF"_s,          u"funding"_s,
                            u"融资额"_s,      u"DeepSeek"_s,
                            u"deepseek"_s,    u"2025"_s,
                            u"25"_s,          u"no such text anywhere"_s,
                            u"查无此词"_s};
        QSqlQuery query(m_database->connection());
        query.exec(u"SELECT note_zh, note_en FROM all_observations WHERE note_zh <> '' OR note_en <> ''"_s);
        int row = 0;
        while (query.next()) {
            for (int column = 0; column < 2; ++column) {
                const QList<uint> note = query.value(column).toString().toUcs4();
                if (note.isEmpty() || row++ % 8 != 0)
                    continue; // an eighth of the notes keeps the test short
                for (const int length : {1, 2, 3, 5}) {
                    for (const qsizetype from : {qsizetype(0), note.size() / 2}) {
                        if (from + length > note.size())
                            continue;
                        const QString piece
                            = QString::fromUcs4(reinterpret_cast<const char32_t *>(note.constData() + from), length);
                        list << piece << piece.toUpper();
                    }
                }
            }
        }
        list.removeDuplicates();
        return list;
    }

    std::optional<UserDataStore> m_store;
    QList<qint64> m_userIds;
};

} // namespace

TEST_F(TextFilterTest, IndexedFilterGivesTheRowsOfAScan)
{
    ObservationTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QStringList list = queries();
    ASSERT_GT(list.size(), 100);
    int matched = 0;
    for (const QString &text : list) {
        model.setTextFilter(text);
        const QList<qint64> expected = scannedRows(m_database->connection(), text.trimmed());
        ASSERT_FALSE(expected.contains(-1)) << "the scan runs";
        EXPECT_EQ(shownRows(model), expected) << "query \"" << text.toStdString() << '"';
        EXPECT_EQ(model.matchingRowCount(), expected.size()) << "query \"" << text.toStdString() << '"';
        matched += expected.isEmpty() ? 0 : 1;
    }
    EXPECT_GT(matched, list.size() / 2) << "most queries find rows";

    // The same with the other sort orders and a group filter, whose queries take other shapes.
    model.setLanguage(Language::Chinese);
    model.sort(ObservationTableModel::SourceColumn, Qt::DescendingOrder);
    for (const QString &text : {u"智谱"_s, u"évian"_s, u"a_b"_s, u"融资额"_s}) {
        model.setTextFilter(text);
        EXPECT_EQ(shownRows(model), scannedRows(m_database->connection(), text)) << text.toStdString();
    }
}

TEST_F(TextFilterTest, RowsComeFromTheIndexes)
{
    // Told to forget the first user figure's notes, the indexes no longer lead to it, though its
    // notes still hold the text: the filter reads the indexes, not every note.
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(
        u"INSERT INTO main.observations_notes_fts (observations_notes_fts, rowid, note_zh, note_en) "
        "SELECT 'delete', id, note_zh, note_en FROM main.observations WHERE id = %1"_s.arg(m_userIds.first())));
    QSqlDatabase db = m_database->connection();
    const std::optional<ObservationRecord> record = m_store->observation(m_userIds.first());
    ASSERT_TRUE(record);
    ASSERT_TRUE(
        BigramIndex::observationNotes().remove(db, record->id, BigramIndex::notesText(record->noteZh, record->noteEn)));

    ObservationTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const QString &text : {u"1.5亿元"_s, u"公告"_s}) {
        model.setTextFilter(text);
        EXPECT_TRUE(scannedRows(m_database->connection(), text).contains(m_userIds.first())) << text.toStdString();
        EXPECT_FALSE(shownRows(model).contains(m_userIds.first())) << text.toStdString();
    }
    // One character has no index: it is read from the notes.
    model.setTextFilter(u"亿"_s);
    EXPECT_TRUE(shownRows(model).contains(m_userIds.first()));
}

TEST_F(TextFilterTest, IndexesFollowEditsOfTheUsersFigures)
{
    ObservationTableModel model(m_database->connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto finds = [&](const QString &text) {
        model.setTextFilter(text);
        return shownRows(model);
    };
    const qint64 id = m_userIds.first();

    // Changed notes: the old text no longer finds the figure, the new one does, in both indexes.
    std::optional<ObservationRecord> record = m_store->observation(id);
    ASSERT_TRUE(record);
    record->noteZh = u"改写后的说明"_s;
    record->noteEn = u"Rewritten remark"_s;
    QString error;
    ASSERT_TRUE(m_store->updateObservation(&*record, &error)) << error.toStdString();
    for (const QString &gone : {u"1.5亿元"_s, u"融资"_s, u"release"_s})
        EXPECT_FALSE(finds(gone).contains(id)) << gone.toStdString();
    for (const QString &now : {u"改写后"_s, u"说明"_s, u"REWRITTEN"_s, u"re"_s})
        EXPECT_TRUE(finds(now).contains(id)) << now.toStdString();

    // Notes emptied, then written again.
    record->noteZh.clear();
    record->noteEn.clear();
    ASSERT_TRUE(m_store->updateObservation(&*record, &error)) << error.toStdString();
    EXPECT_FALSE(finds(u"改写后"_s).contains(id));
    EXPECT_FALSE(finds(u"说明"_s).contains(id));
    record->noteEn = u"Third wording"_s;
    ASSERT_TRUE(m_store->updateObservation(&*record, &error)) << error.toStdString();
    EXPECT_TRUE(finds(u"third"_s).contains(id));
    EXPECT_TRUE(finds(u"Th"_s).contains(id));

    // Removed: neither index keeps a row of it.
    ASSERT_TRUE(m_store->removeObservation(id, &error)) << error.toStdString();
    EXPECT_FALSE(finds(u"third"_s).contains(id));
    QSqlQuery query(m_database->connection());
    EXPECT_TRUE(query.exec(u"SELECT count(*) FROM main.observations_notes_bigrams WHERE rowid = %1"_s.arg(id))
                && query.next() && query.value(0).toInt() == 0);
    EXPECT_TRUE(query.exec(u"SELECT count(*) FROM main.observations_notes_fts WHERE observations_notes_fts MATCH "
                           "'\"wording\"'"_s)
                && query.next() && query.value(0).toInt() == 0);
    EXPECT_TRUE(
        query.exec(u"INSERT INTO main.observations_notes_fts (observations_notes_fts) VALUES ('integrity-check')"_s))
        << "the trigram index agrees with the notes";

    // Every other user figure is still found through both indexes, and the rows equal the scan's.
    for (const QString &text : {u"ÉVIAN"_s, u"大模型"_s, u"模型"_s, u"a_b"_s})
        EXPECT_EQ(finds(text), scannedRows(m_database->connection(), text)) << text.toStdString();
}

TEST_F(TextFilterTest, ShippedDatasetHasItsNotesIndexed)
{
    // The compiled dataset holds both indexes of its notes: the trigram one by trigger, the bigram
    // one written by the compiler.
    QSqlQuery query(m_database->connection());
    auto count = [&](const QString &sql) { return query.exec(sql) && query.next() ? query.value(0).toInt() : -1; };
    const int noted = count(u"SELECT count(*) FROM shipped.observations WHERE note_zh <> '' OR note_en <> ''"_s);
    ASSERT_GT(noted, 0);
    EXPECT_EQ(count(u"SELECT count(*) FROM shipped.observations_notes_fts_docsize"_s), noted);
    EXPECT_EQ(count(u"SELECT count(*) FROM shipped.observations_notes_bigrams_docsize"_s), noted);
}
