#include "DatabaseFixture.h"

#include "DatasetCompiler.h"
#include "Schema.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;
using namespace tigerscope;

void DatabaseFixture::SetUp()
{
    ASSERT_TRUE(m_dataDir.isValid());
    ASSERT_TRUE(m_shippedDir.isValid());
    m_shippedPath = m_shippedDir.filePath(u"shipped.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture-compile"_s);
        db.setDatabaseName(m_shippedPath);
        ASSERT_TRUE(db.open());
        QString error;
        ASSERT_TRUE(Schema::create(db, &error)) << error.toStdString();
        DatasetCompiler compiler;
        const bool compiled = compiler.compile(QStringLiteral(TEST_DATA_DIR), db);
        EXPECT_TRUE(compiled) << compiler.errors().join(u'\n').toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"fixture-compile"_s);
}

std::unique_ptr<Database> DatabaseFixture::openDatabase(QString *error)
{
    QString localError;
    auto database = Database::open({m_dataDir.path(), m_shippedPath, true}, error ? error : &localError);
    return database;
}

QString DatabaseFixture::userPath() const
{
    return QDir(m_dataDir.path()).filePath(u"user.sqlite"_s);
}

int countRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

void writeDatabaseAtVersion(const QString &path, int version, const QStringList &rows)
{
    const QString connection = u"write-at-version"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QString error;
        for (int step = 1; step <= version; ++step) {
            const QString script = step == 1 ? u":/schema/schema-1.sql"_s : u":/schema/migrate-%1.sql"_s.arg(step);
            const QStringList statements = Schema::statements(script, &error);
            ASSERT_FALSE(statements.isEmpty()) << error.toStdString();
            ASSERT_TRUE(Schema::runInTransaction(db, statements, &error)) << step << ": " << error.toStdString();
        }
        const QStringList stamp
            = {u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId), u"PRAGMA user_version = %1"_s.arg(version)};
        ASSERT_TRUE(Schema::runInTransaction(db, rows + stamp, &error)) << error.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}
