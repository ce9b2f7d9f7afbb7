#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// The versioned schema: creates a database at the current version and migrates older ones.
/// Scripts live in resources/schema/ (schema-N.sql creates version N; migrate-N.sql upgrades N-1
/// to N) and are embedded under :/schema.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)
public:
    static constexpr int CurrentVersion = 1;
    /// Marks our files, so a foreign SQLite file is told apart from an old Tigerscope one.
    static constexpr int ApplicationId = 0x54475253; // "TGRS"

    /// Creates every table of the current version in an empty database, in one transaction.
    static bool create(QSqlDatabase &db, QString *error);

    /// Upgrades a database from fromVersion to CurrentVersion, one transaction per step.
    static bool migrate(QSqlDatabase &db, int fromVersion, QString *error);

    static int version(const QSqlDatabase &db);
    static int applicationId(const QSqlDatabase &db);

    /// The statements of an embedded script, split at lines holding only ";;".
    static QStringList statements(const QString &resourcePath, QString *error);

    /// Runs statements inside one transaction; rolls back on the first failure.
    static bool runInTransaction(QSqlDatabase &db, const QStringList &statements, QString *error);
};

} // namespace tigerscope
