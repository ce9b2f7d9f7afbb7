#include "Schema.h"

#include "BigramIndex.h"
#include "SqlErrorText.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

int pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace

QStringList Schema::statements(const QString &resourcePath, QString *error)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The schema script %1 is missing from the application.").arg(resourcePath);
        return {};
    }
    const QString script = QString::fromUtf8(file.readAll());
    QStringList result;
    QString current;
    const QStringList lines = script.split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed() == ";;"_L1) {
            if (!current.trimmed().isEmpty())
                result.append(current.trimmed());
            current.clear();
            continue;
        }
        if (line.trimmed().startsWith("--"_L1))
            continue;
        current += line + u'\n';
    }
    if (!current.trimmed().isEmpty())
        result.append(current.trimmed());
    return result;
}

bool Schema::runInTransaction(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    if (!db.transaction()) {
        if (error)
            *error = SqlErrorText::describe(db.lastError());
        return false;
    }
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("Database statement failed: %1").arg(SqlErrorText::describe(query.lastError()));
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = SqlErrorText::describe(db.lastError());
        db.rollback();
        return false;
    }
    return true;
}

QStringList Schema::upgradeStatements(int version, QString *error)
{
    return statements(version == 1 ? u":/schema/schema-1.sql"_s : u":/schema/migrate-%1.sql"_s.arg(version), error);
}

bool Schema::completeUpgrade(QSqlDatabase &db, int version, QString *error)
{
    if (version == 2)
        return BigramIndex::paragraphs().rebuild(db, error);
    if (version == 9)
        return BigramIndex::observationNotes().rebuild(db, error);
    if (version == 5 || version == 8) {
        // These scripts edit a table's definition in place: a new schema cookie makes every
        // connection parse it again.
        QSqlQuery query(db);
        const int cookie = pragmaValue(db, u"schema_version"_s);
        if (cookie < 0 || !query.exec(u"PRAGMA schema_version = %1"_s.arg(cookie + 1))) {
            if (error)
                *error = tr("Database statement failed: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

bool Schema::runUpgrades(QSqlDatabase &db, int fromVersion, QString *error)
{
    if (!db.transaction()) {
        if (error)
            *error = SqlErrorText::describe(db.lastError());
        return false;
    }
    auto rollBack = [&db] {
        db.rollback();
        return false;
    };
    for (int version = fromVersion + 1; version <= CurrentVersion; ++version) {
        const QStringList script = upgradeStatements(version, error);
        if (script.isEmpty())
            return rollBack();
        QSqlQuery query(db);
        for (const QString &statement : script) {
            if (!query.exec(statement)) {
                if (error)
                    *error = tr("Database statement failed: %1").arg(SqlErrorText::describe(query.lastError()));
                return rollBack();
            }
        }
        if (!completeUpgrade(db, version, error))
            return rollBack();
    }
    QSqlQuery stamp(db);
    if (fromVersion == 0 && !stamp.exec(u"PRAGMA application_id = %1"_s.arg(ApplicationId)))
        return rollBack();
    if (!stamp.exec(u"PRAGMA user_version = %1"_s.arg(CurrentVersion)) || !db.commit()) {
        if (error)
            *error = SqlErrorText::describe(db.lastError());
        return rollBack();
    }
    return true;
}

bool Schema::create(QSqlDatabase &db, QString *error)
{
    return runUpgrades(db, 0, error);
}

bool Schema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    return runUpgrades(db, fromVersion, error);
}

int Schema::version(const QSqlDatabase &db)
{
    return pragmaValue(db, u"user_version"_s);
}

int Schema::applicationId(const QSqlDatabase &db)
{
    return pragmaValue(db, u"application_id"_s);
}

} // namespace tigerscope
