#include "Database.h"

#include "Schema.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr auto EmbeddedDatasetPath = ":/data/tigerscope-data.sqlite";

/// Tables present in both files; the all_<table> views union them.
const QStringList &unionedTables()
{
    static const QStringList tables = {u"companies"_s,    u"people"_s, u"aliases"_s,   u"roles"_s,   u"metrics"_s,
                                       u"observations"_s, u"events"_s, u"citations"_s, u"articles"_s};
    return tables;
}

bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString timestamp()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmss"_s);
}

QString sqliteUri(const QString &path, bool immutable)
{
    QString uri = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    uri += immutable ? u"?mode=ro&immutable=1"_s : u"?mode=ro"_s;
    return uri;
}

} // namespace

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    if (!m_openMarker.isEmpty())
        QFile::remove(m_openMarker);
}

QString Database::openMarkerPath(const QString &userDatabasePath)
{
    return userDatabasePath + u".open"_s;
}

QString Database::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::addNotice(DatabaseNotice::Kind kind, const QString &message, const QString &path)
{
    m_notices.append({kind, message, path});
}

std::unique_ptr<Database> Database::open(const Options &options, QString *error)
{
    std::unique_ptr<Database> database(new Database);
    const QString dataDir = options.dataDir.isEmpty() ? defaultDataDir() : options.dataDir;
    if (!QDir().mkpath(dataDir)) {
        if (error)
            *error = tr("Cannot create the data folder %1.").arg(QDir::toNativeSeparators(dataDir));
        return nullptr;
    }
    if (!database->openUserDatabase(QDir(dataDir).absoluteFilePath(u"user.sqlite"_s), error))
        return nullptr;

    if (options.withShipped) {
        QString shippedPath = options.shippedPath;
        if (shippedPath.isEmpty()) {
            shippedPath = extractEmbeddedDataset(error);
            if (shippedPath.isEmpty())
                return nullptr;
        }
        if (!database->attachShipped(shippedPath, error))
            return nullptr;
    }
    if (!database->createViews(error))
        return nullptr;
    return database;
}

std::unique_ptr<Database> Database::openFile(const QString &path, QString *error)
{
    std::unique_ptr<Database> database(new Database);
    database->m_connectionName = u"tigerscope-file-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    database->m_userPath = path;
    database->m_readOnly = true;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, database->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!QFileInfo::exists(path) || !db.open()) {
        if (error)
            *error = tr("Cannot open the database %1.").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    if (!database->createViews(error))
        return nullptr;
    return database;
}

bool Database::openUserDatabase(const QString &path, QString *error)
{
    m_userPath = path;
    m_connectionName = u"tigerscope-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QFileInfo info(path);
    const bool existed = info.exists() && info.size() > 0;
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    bool readOnly = existed && (!info.isWritable() || !folderWritable);

    auto openConnection = [&](bool asReadOnly) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(path);
        QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_URI"_s;
        if (asReadOnly)
            connectOptions += u";QSQLITE_OPEN_READONLY"_s;
        db.setConnectOptions(connectOptions);
        return db.open();
    };
    auto closeConnection = [&] {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    };
    // A damaged file is renamed, never deleted: the user may still want what is in it.
    auto moveAside = [&](const QString &reason) {
        closeConnection();
        const QString aside = path + u".corrupt-"_s + timestamp();
        if (!QFile::rename(path, aside)) {
            if (error)
                *error = tr("The database %1 is damaged (%2) and could not be moved aside.")
                             .arg(QDir::toNativeSeparators(path), reason);
            return false;
        }
        addNotice(DatabaseNotice::Kind::MovedAsideCorrupt,
                  tr("Your database was damaged (%1). It was kept as %2 and a new one was started.")
                      .arg(reason, QDir::toNativeSeparators(aside)),
                  aside);
        return true;
    };

    if (existed && !hasSqliteHeader(path)) {
        if (readOnly) {
            if (error)
                *error = tr("The database %1 is not a Tigerscope database and its folder is read-only.")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!openConnection(false) || !moveAside(tr("not an SQLite file")))
            return false;
    } else if (existed) {
        if (!openConnection(readOnly)) {
            if (error)
                *error = tr("Cannot open the database %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        // The full check reads the whole file (seconds for a large one): run it only when the file
        // is small or the last session did not close cleanly; otherwise a probe of the schema
        // catches a file that is not a database or whose first pages are damaged.
        const bool fullCheck = info.size() < FullCheckMaxBytes || QFileInfo::exists(openMarkerPath(path));
        QSqlQuery check(connection());
        const bool checked
            = fullCheck ? check.exec(u"PRAGMA quick_check"_s) : check.exec(u"SELECT count(*) FROM sqlite_master"_s);
        const QString busyCode = check.lastError().nativeErrorCode();
        if (!checked && (busyCode == "5"_L1 || busyCode == "6"_L1)) {
            if (error)
                *error = tr("The database %1 is locked by another program; close it and try again.")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
        bool healthy = checked && check.next() && (!fullCheck || check.value(0).toString() == "ok"_L1);
        check.finish();
        if (healthy && !fullCheck)
            healthy = check.exec(u"PRAGMA schema_version"_s) && check.next();
        check.finish();
        const int appId = Schema::applicationId(connection());
        if (!healthy || (appId != 0 && appId != Schema::ApplicationId)) {
            if (readOnly) {
                if (error)
                    *error = tr("The database %1 is damaged and its folder is read-only.")
                                 .arg(QDir::toNativeSeparators(path));
                return false;
            }
            if (!moveAside(healthy ? tr("it belongs to another program") : tr("integrity check failed")))
                return false;
        }
    }

    if (!QSqlDatabase::contains(m_connectionName) || !connection().isOpen()) {
        if (!folderWritable) {
            if (error)
                *error = tr("The data folder %1 is not writable.").arg(QDir::toNativeSeparators(info.absolutePath()));
            return false;
        }
        if (QSqlDatabase::contains(m_connectionName))
            QSqlDatabase::removeDatabase(m_connectionName);
        if (!openConnection(false)) {
            if (error)
                *error = tr("Cannot create the database %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }

    QSqlDatabase db = connection();
    const int version = Schema::version(db);
    if (version == 0) {
        if (readOnly) {
            if (error)
                *error = tr("The database %1 is empty and read-only.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!Schema::create(db, error))
            return false;
        addNotice(DatabaseNotice::Kind::Created,
                  tr("A new database was created at %1.").arg(QDir::toNativeSeparators(path)));
    } else if (version > Schema::CurrentVersion) {
        closeConnection();
        if (!openConnection(true)) {
            if (error)
                *error = tr("Cannot open the database %1.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        readOnly = true;
        addNotice(DatabaseNotice::Kind::ReadOnlyNewer,
                  tr("Your database was written by a newer version of Tigerscope (schema %1; this version knows %2). "
                     "It is open read-only: nothing will be changed.")
                      .arg(version)
                      .arg(Schema::CurrentVersion));
    } else if (version < Schema::CurrentVersion) {
        if (readOnly) {
            if (error)
                *error = tr("The database %1 needs an upgrade but is read-only.").arg(QDir::toNativeSeparators(path));
            return false;
        }
        const QString backup = path + u".backup-v%1-"_s.arg(version) + timestamp();
        if (!QFile::copy(path, backup)) {
            if (error)
                *error = tr("Cannot back up the database before upgrading it.");
            return false;
        }
        if (!Schema::migrate(db, version, error))
            return false;
        addNotice(DatabaseNotice::Kind::Migrated,
                  tr("Your database was upgraded from schema %1 to %2; the old one was kept as %3.")
                      .arg(version)
                      .arg(Schema::CurrentVersion)
                      .arg(QDir::toNativeSeparators(backup)),
                  backup);
    } else if (readOnly) {
        addNotice(DatabaseNotice::Kind::ReadOnlyUnwritable,
                  tr("Your database %1 is not writable: it is open read-only.").arg(QDir::toNativeSeparators(path)));
    }
    m_readOnly = readOnly;
    if (!readOnly) {
        // Removed by ~Database; still there at the next open means the file may be damaged.
        QFile marker(openMarkerPath(path));
        if (marker.open(QIODevice::WriteOnly))
            m_openMarker = marker.fileName();
    }

    QSqlQuery pragma(db);
    pragma.exec(u"PRAGMA foreign_keys = ON"_s);
    return true;
}

bool Database::attachShipped(const QString &path, QString *error)
{
    QSqlQuery query(connection());
    query.prepare(u"ATTACH DATABASE ? AS shipped"_s);
    query.addBindValue(sqliteUri(path, true));
    if (!query.exec()) {
        if (error)
            *error = tr("Cannot open the shipped dataset: %1").arg(query.lastError().text());
        return false;
    }
    QSqlQuery version(connection());
    if (!version.exec(u"PRAGMA shipped.user_version"_s) || !version.next()
        || version.value(0).toInt() != Schema::CurrentVersion) {
        if (error)
            *error = tr("The shipped dataset does not match this version of Tigerscope.");
        return false;
    }
    m_hasShipped = true;
    return true;
}

bool Database::createViews(QString *error)
{
    QSqlQuery query(connection());
    for (const QString &table : unionedTables()) {
        QString select = u"SELECT *, 'user' AS origin FROM main.%1"_s.arg(table);
        if (m_hasShipped)
            select = u"SELECT *, 'shipped' AS origin FROM shipped.%1 UNION ALL "_s.arg(table) + select;
        if (!query.exec(u"CREATE TEMP VIEW all_%1 AS %2"_s.arg(table, select))) {
            if (error)
                *error = tr("Cannot prepare the database views: %1").arg(query.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 Database::nextUserId(const QString &table) const
{
    QSqlQuery query(connection());
    if (!query.exec(u"SELECT max(id) FROM main.%1"_s.arg(table)) || !query.next() || query.value(0).isNull())
        return FirstUserId;
    return std::max(FirstUserId, query.value(0).toLongLong() + 1);
}

QString Database::extractEmbeddedDataset(QString *error)
{
    QFile embedded(QString::fromLatin1(EmbeddedDatasetPath));
    if (!embedded.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The application's dataset is missing.");
        return {};
    }
    const QByteArray content = embedded.readAll();
    const QString digest
        = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex().left(16));

    QStringList candidates = {QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                              QDir::temp().absoluteFilePath(u"tigerscope-"_s + qEnvironmentVariable("USER"))};
    for (const QString &folder : std::as_const(candidates)) {
        if (folder.isEmpty() || !QDir().mkpath(folder))
            continue;
        const QString target = QDir(folder).absoluteFilePath(u"tigerscope-data-%1.sqlite"_s.arg(digest));
        if (QFileInfo(target).size() == content.size())
            return target;
        QSaveFile file(target);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
            continue;
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return target;
    }
    if (error)
        *error = tr("Cannot unpack the application's dataset: no writable cache folder.");
    return {};
}

} // namespace tigerscope
