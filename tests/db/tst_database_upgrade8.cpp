// Schema 8: people say where their names come from, and companies may be a sector. A user
// database of version 7, with the rows such a file holds, is upgraded with nothing lost, and the
// export (format 2) carries each person's name_origin.

#include "DatabaseFixture.h"

#include "DatasetExporter.h"
#include "Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

/// A user database as version 7 left it, with a person, an organisation and a figure with its
/// citation.
void writeVersionSevenDatabase(const QString &path)
{
    writeDatabaseAtVersion(
        path, 7,
        {u"INSERT INTO people (id, name_zh, name_en) VALUES ('my-person', '某人', 'Some One')"_s,
         u"INSERT INTO companies (id, name_zh, name_en, grp, kind) VALUES ('my-org', '某会', 'Some Association', "
         "'other', 'association')"_s,
         u"INSERT INTO observations (id, company_id, metric_key, value, currency) VALUES (10000000, 'my-org', "
         "'financing_round', 5, 'HKD')"_s,
         u"INSERT INTO citations (observation_id, reference, printed) VALUES (10000000, 'my notes', '5')"_s});
}

} // namespace

TEST_F(DatabaseFixture, UpgradesVersionSevenWithNameOriginsAndSectors)
{
    writeVersionSevenDatabase(userPath());
    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    QSqlDatabase db = database->connection();
    EXPECT_EQ(Schema::version(db), Schema::CurrentVersion);
    ASSERT_EQ(database->notices().size(), 1);
    EXPECT_EQ(database->notices().first().kind, DatabaseNotice::Kind::Migrated);

    // Rows of version 7 are all there; the person's names count as printed until told otherwise.
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.people WHERE id = 'my-person' AND name_origin = 'article'"_s),
              1);
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.companies WHERE kind = 'association'"_s), 1);
    EXPECT_EQ(countRows(db,
                        u"SELECT count(*) FROM main.observations o JOIN main.citations c "
                        "ON c.observation_id = o.id WHERE o.currency = 'HKD'"_s),
              1)
        << "the figure and its citation survive the widened check";

    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(u"INSERT INTO main.people (id, name_zh, name_en, name_origin) "
                           "VALUES ('ref-person', '参考', 'Reference Person', 'reference')"_s));
    EXPECT_FALSE(query.exec(u"INSERT INTO main.people (id, name_en, name_origin) VALUES ('bad', 'Bad', 'guessed')"_s))
        << "name_origin takes article or reference only";
    EXPECT_TRUE(query.exec(u"UPDATE main.companies SET kind = 'sector' WHERE id = 'my-org'"_s));
    EXPECT_FALSE(query.exec(u"UPDATE main.companies SET kind = 'market' WHERE id = 'my-org'"_s))
        << "the widened check still refuses an unknown kind";
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM main.companies WHERE kind = 'sector'"_s), 1);

    // The view over shipped and user people carries the column for both.
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM all_people WHERE name_origin = 'reference'"_s), 1);
    EXPECT_EQ(countRows(db, u"SELECT count(*) FROM all_people WHERE origin = 'shipped' AND name_origin = 'article'"_s),
              countRows(db, u"SELECT count(*) FROM shipped.people"_s));
}

TEST_F(DatabaseFixture, NewDatabasesTakeNameOriginsAndSectors)
{
    QString error;
    auto database = openDatabase(&error);
    ASSERT_TRUE(database) << error.toStdString();
    QSqlQuery query(database->connection());
    EXPECT_TRUE(query.exec(u"INSERT INTO main.companies (id, name_zh, name_en, grp, kind) "
                           "VALUES ('lawyers', '律师', 'Lawyers', 'other', 'sector')"_s));
    EXPECT_TRUE(query.exec(u"INSERT INTO main.people (id, name_en, name_origin) VALUES ('p', 'P', 'reference')"_s));
    EXPECT_FALSE(query.exec(u"INSERT INTO main.people (id, name_en, name_origin) VALUES ('q', 'Q', 'elsewhere')"_s));
}

TEST_F(DatabaseFixture, ExportsSayWhereEachPersonsNamesComeFrom)
{
    auto database = openDatabase();
    ASSERT_TRUE(database);
    QSqlQuery insert(database->connection());
    ASSERT_TRUE(insert.exec(u"INSERT INTO main.people (id, name_zh, name_en, name_origin) "
                            "VALUES ('zz-mine', '某人', 'Some One', 'reference')"_s));
    const QJsonObject json = DatasetExporter(database->connection()).toJson();
    EXPECT_EQ(json.value("format_version"_L1).toInt(), 2);
    QStringList origins;
    for (const QJsonValue &person : json.value("people"_L1).toArray())
        origins << person.toObject().value("id"_L1).toString() + u'='
                + person.toObject().value("name_origin"_L1).toString();
    EXPECT_EQ(origins, (QStringList{u"jane-doe=article"_s, u"zz-mine=reference"_s}));

    QTemporaryDir out;
    QString error;
    ASSERT_TRUE(DatasetExporter(database->connection()).writeCsv(out.filePath(u"csv"_s), &error))
        << error.toStdString();
    QFile people(out.filePath(u"csv/people.csv"_s));
    ASSERT_TRUE(people.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(people.readAll()).split(u"\r\n"_s, Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0), u"id,name_zh,name_en,name_origin,origin"_s);
    EXPECT_EQ(lines.at(2), u"zz-mine,某人,Some One,reference,user"_s);
}
