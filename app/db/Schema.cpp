#include "Schema.h"

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
            *error = db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("Database statement failed: %1").arg(query.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool Schema::create(QSqlDatabase &db, QString *error)
{
    QStringList script = statements(u":/schema/schema-%1.sql"_s.arg(CurrentVersion), error);
    if (script.isEmpty())
        return false;
    script.append(u"PRAGMA application_id = %1"_s.arg(ApplicationId));
    script.append(u"PRAGMA user_version = %1"_s.arg(CurrentVersion));
    return runInTransaction(db, script, error);
}

bool Schema::migrate(QSqlDatabase &db, int fromVersion, QString *error)
{
    for (int target = fromVersion + 1; target <= CurrentVersion; ++target) {
        QStringList script = statements(u":/schema/migrate-%1.sql"_s.arg(target), error);
        if (script.isEmpty())
            return false;
        script.append(u"PRAGMA user_version = %1"_s.arg(target));
        if (!runInTransaction(db, script, error))
            return false;
    }
    return true;
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
