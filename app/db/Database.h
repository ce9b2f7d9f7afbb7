#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace tigerscope {

/// What happened to the user's database while opening it; shown to the user.
struct DatabaseNotice
{
    enum class Kind { Created, Migrated, MovedAsideCorrupt, ReadOnlyNewer, ReadOnlyUnwritable };
    Kind kind;
    QString message;
    QString path; ///< the backup or the moved-aside file, when there is one
};

/// The application's data: the user's database (what the user adds, read-write) with the shipped
/// dataset attached read-only as "shipped". Temporary views named all_<table> union both, with an
/// "origin" column ('shipped' or 'user'), so queries see everything.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    struct Options
    {
        QString dataDir;     ///< where user.sqlite lives; created when missing
        QString shippedPath; ///< a shipped dataset file; empty: the one embedded in the application
        bool withShipped = true;
    };

    /// First id of rows the user adds, so they never collide with shipped ids in the views.
    static constexpr qint64 FirstUserId = 10'000'000;

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Opens (creating, migrating or recovering as needed) the data in options.dataDir.
    /// Returns null with *error set when the data cannot be opened at all.
    static std::unique_ptr<Database> open(const Options &options, QString *error);

    /// Opens a single database file as it is, read-only, without the user database.
    static std::unique_ptr<Database> openFile(const QString &path, QString *error);

    QSqlDatabase connection() const;
    bool isReadOnly() const { return m_readOnly; }
    bool hasShipped() const { return m_hasShipped; }
    QString userDatabasePath() const { return m_userPath; }
    const QList<DatabaseNotice> &notices() const { return m_notices; }

    /// The next free id for a user row of table (observations, events, citations…).
    qint64 nextUserId(const QString &table) const;

    /// Where the embedded dataset is unpacked: one file per dataset content, never overwritten.
    static QString extractEmbeddedDataset(QString *error);

    static QString defaultDataDir();

    /// User databases at least this large get the full integrity check only after an unclean
    /// shutdown; smaller ones on every open.
    static constexpr qint64 FullCheckMaxBytes = 16 * 1024 * 1024;

    /// The marker file that exists while the user database at userDatabasePath is open.
    static QString openMarkerPath(const QString &userDatabasePath);

private:
    Database() = default;
    bool openUserDatabase(const QString &path, QString *error);
    bool openConnection(bool readOnly);
    void closeConnection();
    /// Opens a file that is there; recovers what SQLite can, moves a damaged file aside.
    bool openExisting(bool readOnly, QString *error);
    bool passesCheck() const;
    /// Refuses, untouched, a file of another program or one whose schema version is not ours.
    bool refuseForeign(QString *error);
    QStringList foreignTables() const;
    bool createIfMissing(bool folderWritable, QString *error);
    /// Creates the schema of a new file, upgrades an old one, opens a newer one read-only.
    bool prepareSchema(bool *readOnly, QString *error);
    bool upgrade(int fromVersion, QString *error);
    bool moveAside(const QString &reason, QString *error);
    bool attachShipped(const QString &path, QString *error);
    bool createViews(QString *error);
    void addNotice(DatabaseNotice::Kind kind, const QString &message, const QString &path = {});

    QString m_connectionName;
    QString m_userPath;
    QString m_openMarker;
    bool m_readOnly = false;
    bool m_hasShipped = false;
    QList<DatabaseNotice> m_notices;
};

} // namespace tigerscope
