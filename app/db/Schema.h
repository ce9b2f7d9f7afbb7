#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// The versioned schema: creates a database at the current version and migrates older ones.
/// Scripts live in resources/schema/ and are embedded under :/schema: schema-1.sql creates
/// version 1, migrate-N.sql upgrades N-1 to N. A new database is version 1 plus every upgrade, so
/// a fresh database and an upgraded one cannot drift apart.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static constexpr int CurrentVersion = 9;
    /// Marks our files, so a foreign SQLite file is told apart from an old Tigerscope one.
    static constexpr int ApplicationId = 0x54475253; // "TGRS"

    /// Creates every table of the current version in an empty database, in one transaction.
    static bool create(QSqlDatabase &db, QString *error);

    /// Upgrades a database from fromVersion to CurrentVersion in one transaction: an upgrade that
    /// fails leaves the database as it was.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

    static int version(const QSqlDatabase &db);
    static int applicationId(const QSqlDatabase &db);

    /// The statements of an embedded script, split at lines holding only ";;".
    static QStringList statements(const QString &resourcePath, QString *error);

    /// Runs statements inside one transaction; rolls back on the first failure.
    static bool runInTransaction(QSqlDatabase &db, const QStringList &statements, QString *error);

private:
    /// The statements that take a database from version - 1 to version (schema-1.sql for 1).
    static QStringList upgradeStatements(int version, QString *error);
    /// What an upgrade computes in the application after its statements, in their transaction.
    static bool completeUpgrade(QSqlDatabase &db, int version, QString *error);
    static bool runUpgrades(QSqlDatabase &db, int fromVersion, QString *error);
};

} // namespace tigerscope
