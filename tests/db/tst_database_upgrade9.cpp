// Schema 9: observations' notes get a trigram and a bigram index. A user database of version 8
// with a noted figure is upgraded with both indexes filled, and new figures are indexed by the
// triggers (trigram) and the user's store (bigram).

#include "DatabaseFixture.h"

#include "BigramIndex.h"
#include "Schema.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

int matches(const QSqlDatabase &db, const QString &table, const QString &expression)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM main.%1 WHERE %1 MATCH ?"_s.arg(table));
    query.addBindValue(expression);
    return query.exec() && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

TEST_F(DatabaseFixture, UpgradesVersionEightWithIndexedNotes)
{
    writeDatabaseAtVersion(
        userPath(), 8,
        {u"INSERT INTO companies (id, name_zh, name_en, grp) VALUES ('my-org', '某会', 'Some Org', 'other')"_s,
         u"INSERT INTO observations (id, company_id, metric_key, value, note_zh, note_en) VALUES (10000000, "
         "'my-org', 'financing_round', 5, '据内部笔记', 'From Internal Notes')"_s,
         u"INSERT INTO observations (id, company_id, metric_key, value) VALUES (10000001, 'my-org', "
         "'financing_round', 6)"_s});
    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    QSqlDatabase db = database->connection();
    EXPECT_EQ(Schema::version(db), 9);

    EXPECT_EQ(matches(db, u"observations_notes_fts"_s, u"\"internal notes\""_s), 1);
    EXPECT_EQ(matches(db, u"observations_notes_fts"_s, u"\"内部笔记\""_s), 1);
    EXPECT_EQ(matches(db, u"observations_notes_bigrams"_s, BigramIndex::matchExpression(u"笔记")), 1);
    EXPECT_EQ(matches(db, u"observations_notes_bigrams"_s, BigramIndex::matchExpression(u"IN")), 1);
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.observations_notes_fts_docsize"_s), 1)
        << "a figure without notes has no row";

    // A figure written after the upgrade is in the trigram index by trigger.
    QSqlQuery query(db);
    ASSERT_TRUE(query.exec(u"INSERT INTO main.observations (id, company_id, metric_key, value, note_en) VALUES "
                           "(10000002, 'my-org', 'financing_round', 7, 'Later remark')"_s));
    EXPECT_EQ(matches(db, u"observations_notes_fts"_s, u"\"later\""_s), 1);
    EXPECT_TRUE(
        query.exec(u"INSERT INTO main.observations_notes_fts (observations_notes_fts) VALUES ('integrity-check')"_s));
}
