#include "DatabaseFixture.h"

#include "DatasetCompiler.h"
#include "Schema.h"

#include <QDir>
#include <QSqlDatabase>

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
