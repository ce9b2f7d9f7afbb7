#include "Database.h"

#include "NameCollation.h"
#include "Schema.h"
#include "SqlErrorText.h"

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

// How much of the shipped dataset SQLite may map into memory (the 1M-figure scale dataset is 387 MB).
constexpr qint64 ShippedMapSize = qint64(1) << 30;
constexpr auto EmbeddedDatasetPath = ":/data/tigerscope-data.sqlite";
// Its SHA-256, written at build time (cmake/WriteDigest.cmake): the unpacked copy is named by it.
constexpr auto EmbeddedDatasetDigestPath = ":/data/tigerscope-data.sha256";

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
    NameCollation::install(db);
    if (!database->createViews(error))
        return nullptr;
    return database;
}

bool Database::openConnection(bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(m_userPath);
    QString connectOptions = u"QSQLITE_BUSY_TIMEOUT=3000;QSQLITE_OPEN_URI"_s;
    if (readOnly)
        connectOptions += u";QSQLITE_OPEN_READONLY"_s;
    db.setConnectOptions(connectOptions);
    if (!db.open())
        return false;
    NameCollation::install(db);
    return true;
}

void Database::closeConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::moveAside(const QString &reason, QString *error)
{
    const QString path = m_userPath;
    const QString aside = path + u".corrupt-"_s + timestamp();
    // Renamed while SQLite still has them open where the system allows it: closing the connection
    // would otherwise delete a write-ahead log it could not use, by name.
    const bool renamedOpen = QFile::rename(path, aside);
    if (renamedOpen) {
        for (const QString &companion : {u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
            if (QFileInfo::exists(path + companion))
                QFile::rename(path + companion, aside + companion);
        }
    }
    closeConnection();
    if (!renamedOpen && !QFile::rename(path, aside)) {
        if (error)
            *error = tr("The database %1 is damaged (%2) and could not be moved aside.")
                         .arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    // The journal and the write-ahead log belong to the file: without them its last changes are lost.
    for (const QString &companion : {u"-journal"_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + companion))
            QFile::rename(path + companion, aside + companion);
    }
    addNotice(DatabaseNotice::Kind::MovedAsideCorrupt,
              tr("Your database was damaged (%1). It was kept as %2 and a new one was started.")
                  .arg(reason, QDir::toNativeSeparators(aside)),
              aside);
    return true;
}

bool Database::openExisting(bool readOnly, QString *error)
{
    const QString shown = QDir::toNativeSeparators(m_userPath);
    if (!openConnection(readOnly)) {
        if (error)
            *error
                = tr("Cannot open the database %1: %2.").arg(shown, SqlErrorText::describe(connection().lastError()));
        return false;
    }
    // The first read rolls back a hot journal left by a writer that died, before the file is judged:
    // a torn first page with its journal beside it is a recoverable file, not a damaged one.
    bool read = false;
    int code = 0;
    {
        QSqlQuery probe(connection());
        read = probe.exec(u"SELECT count(*) FROM sqlite_master"_s) && probe.next();
        code = probe.lastError().nativeErrorCode().toInt() & 0xff;
    }
    if (!read && (code == 5 || code == 6)) {
        if (error)
            *error = tr("The database %1 is locked by another program; close it and try again.").arg(shown);
        return false;
    }
    QString damage;
    if (!hasSqliteHeader(m_userPath))
        damage = tr("not an SQLite file");
    else if (!read || !passesCheck())
        damage = tr("integrity check failed");
    if (damage.isEmpty())
        return true;
    if (readOnly) {
        if (error)
            *error = tr("The database %1 is damaged (%2) and its folder is read-only.").arg(shown, damage);
        return false;
    }
    return moveAside(damage, error);
}

bool Database::passesCheck() const
{
    // The full check reads the whole file (seconds for a large one): run it only when the file is
    // small or the last session did not close cleanly; otherwise a probe of the schema catches a
    // file whose first pages are damaged.
    const bool fullCheck
        = QFileInfo(m_userPath).size() < FullCheckMaxBytes || QFileInfo::exists(openMarkerPath(m_userPath));
    QSqlQuery check(connection());
    if (fullCheck)
        return check.exec(u"PRAGMA quick_check"_s) && check.next() && check.value(0).toString() == "ok"_L1;
    return check.exec(u"PRAGMA schema_version"_s) && check.next();
}

QStringList Database::foreignTables() const
{
    static const QStringList ours = [] {
        const QString name = u"tigerscope-schema-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QStringList tables;
        {
            QSqlDatabase memory = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            memory.setDatabaseName(u":memory:"_s);
            if (memory.open() && Schema::create(memory, nullptr))
                tables = memory.tables();
            memory.close();
        }
        QSqlDatabase::removeDatabase(name);
        return tables;
    }();
    QStringList foreign;
    for (const QString &table : connection().tables()) {
        if (!ours.contains(table) && !table.startsWith("sqlite_"_L1))
            foreign.append(table);
    }
    return foreign;
}

bool Database::refuseForeign(QString *error)
{
    const QString shown = QDir::toNativeSeparators(m_userPath);
    const int appId = Schema::applicationId(connection());
    const int version = Schema::version(connection());
    const bool hasTables = !connection().tables().isEmpty();
    QString refusal;
    if (appId != 0 && appId != Schema::ApplicationId) {
        refusal = tr("%1 belongs to another program (application id %2).").arg(shown).arg(appId);
    } else if (appId == 0 && hasTables) {
        if (const QStringList foreign = foreignTables(); !foreign.isEmpty())
            refusal = tr("%1 belongs to another program (tables %2).").arg(shown, foreign.join(u", "_s));
    }
    if (refusal.isEmpty() && hasTables && version <= 0)
        refusal = tr("%1 has schema version %2, which no version of Tigerscope writes.").arg(shown).arg(version);
    if (refusal.isEmpty())
        return true;
    closeConnection();
    if (error)
        *error
            = refusal + u' ' + tr("It was left as it is; move it away or choose another data folder with --data-dir.");
    return false;
}

bool Database::createIfMissing(bool folderWritable, QString *error)
{
    if (QSqlDatabase::contains(m_connectionName) && connection().isOpen())
        return true;
    const QFileInfo info(m_userPath);
    if (!folderWritable) {
        if (error)
            *error = tr("The data folder %1 is not writable.").arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    if (!openConnection(false)) {
        if (error)
            *error = tr("Cannot create the database %1: %2.")
                         .arg(QDir::toNativeSeparators(m_userPath), SqlErrorText::describe(connection().lastError()));
        return false;
    }
    return true;
}

bool Database::prepareSchema(bool *readOnly, QString *error)
{
    const QString shown = QDir::toNativeSeparators(m_userPath);
    // No handle is kept across the branches: one that reopens read-only must close the connection.
    const int version = Schema::version(connection());
    if (version == 0) {
        if (*readOnly) {
            if (error)
                *error = tr("The database %1 is empty and read-only.").arg(shown);
            return false;
        }
        QSqlDatabase db = connection();
        if (!Schema::create(db, error))
            return false;
        addNotice(DatabaseNotice::Kind::Created, tr("A new database was created at %1.").arg(shown));
    } else if (version > Schema::CurrentVersion) {
        closeConnection();
        if (!openConnection(true)) {
            if (error)
                *error = tr("Cannot open the database %1.").arg(shown);
            return false;
        }
        *readOnly = true;
        addNotice(DatabaseNotice::Kind::ReadOnlyNewer,
                  tr("Your database was written by a newer version of Tigerscope (schema %1; this version knows %2). "
                     "It is open read-only: nothing will be changed.")
                      .arg(version)
                      .arg(Schema::CurrentVersion));
    } else if (version < Schema::CurrentVersion) {
        if (*readOnly) {
            if (error)
                *error = tr("The database %1 needs an upgrade but is read-only.").arg(shown);
            return false;
        }
        return upgrade(version, error);
    } else if (*readOnly) {
        addNotice(DatabaseNotice::Kind::ReadOnlyUnwritable,
                  tr("Your database %1 is not writable: it is open read-only.").arg(shown));
    }
    return true;
}

bool Database::upgrade(int fromVersion, QString *error)
{
    const QString backup = m_userPath + u".backup-v%1-"_s.arg(fromVersion) + timestamp();
    if (!QFile::copy(m_userPath, backup)) {
        if (error)
            *error = tr("Cannot back up the database before upgrading it.");
        return false;
    }
    QSqlDatabase db = connection();
    if (!Schema::migrate(db, fromVersion, error))
        return false;
    addNotice(DatabaseNotice::Kind::Migrated,
              tr("Your database was upgraded from schema %1 to %2; the old one was kept as %3.")
                  .arg(fromVersion)
                  .arg(Schema::CurrentVersion)
                  .arg(QDir::toNativeSeparators(backup)),
              backup);
    return true;
}

bool Database::openUserDatabase(const QString &path, QString *error)
{
    m_userPath = path;
    m_connectionName = u"tigerscope-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    const QFileInfo info(path);
    if (info.isDir()) {
        if (error)
            *error = tr("%1 is a folder, not a database; move it away or choose another data folder with --data-dir.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }
    const bool existed = info.exists() && (info.size() > 0 || QFileInfo::exists(path + u"-journal"_s));
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    bool readOnly = existed && (!info.isWritable() || !folderWritable);

    if (existed && !openExisting(readOnly, error))
        return false;
    const bool stillOpen = existed && QSqlDatabase::contains(m_connectionName) && connection().isOpen();
    if (stillOpen && !refuseForeign(error))
        return false;
    if (!createIfMissing(folderWritable, error) || !prepareSchema(&readOnly, error))
        return false;

    m_readOnly = readOnly;
    if (!readOnly) {
        // Removed by ~Database; still there at the next open means the file may be damaged.
        QFile marker(openMarkerPath(path));
        if (marker.open(QIODevice::WriteOnly))
            m_openMarker = marker.fileName();
    }
    QSqlQuery pragma(connection());
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
            *error = tr("Cannot open the shipped dataset: %1").arg(SqlErrorText::describe(query.lastError()));
        return false;
    }
    QSqlQuery version(connection());
    if (!version.exec(u"PRAGMA shipped.user_version"_s) || !version.next()
        || version.value(0).toInt() != Schema::CurrentVersion) {
        if (error)
            *error = tr("The shipped dataset does not match this version of Tigerscope.");
        return false;
    }
    // The shipped file is only read: mapped, its pages are not copied through read() for every
    // random look-up (a million figures, found by their notes, lie scattered over the file).
    version.exec(u"PRAGMA shipped.mmap_size = %1"_s.arg(ShippedMapSize));
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
                *error = tr("Cannot prepare the database views: %1").arg(SqlErrorText::describe(query.lastError()));
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
    // Read from the resource only what a start needs: the digest, and the dataset itself only when
    // no unpacked copy of that digest is in the cache yet.
    QFile embedded(QString::fromLatin1(EmbeddedDatasetPath));
    QFile digestFile(QString::fromLatin1(EmbeddedDatasetDigestPath));
    if (!embedded.open(QIODevice::ReadOnly) || !digestFile.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The application's dataset is missing.");
        return {};
    }
    const QString digest = QString::fromLatin1(digestFile.read(16));
    const qint64 size = embedded.size();
    QByteArray content;

    QStringList candidates = {QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
                              QDir::temp().absoluteFilePath(u"tigerscope-"_s + qEnvironmentVariable("USER"))};
    for (const QString &folder : std::as_const(candidates)) {
        if (folder.isEmpty() || !QDir().mkpath(folder))
            continue;
        const QString target = QDir(folder).absoluteFilePath(u"tigerscope-data-%1.sqlite"_s.arg(digest));
        if (QFileInfo(target).size() == size)
            return target;
        if (content.isEmpty())
            content = embedded.readAll();
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
