#include "NameCollation.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <sqlite3.h>
#include <unicode/ucol.h>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr const char *CollationName = "pinyin";

/// Cleared for good when a connection could not take the collation: queries then sort by code
/// point instead of failing on an unknown collation.
std::atomic_bool collationUsable{true};

int compareUtf8(void *collator, int leftLength, const void *left, int rightLength, const void *right)
{
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result
        = ucol_strcollUTF8(static_cast<UCollator *>(collator), static_cast<const char *>(left), leftLength,
                           static_cast<const char *>(right), rightLength, &status);
    return result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0;
}

void closeCollator(void *collator)
{
    ucol_close(static_cast<UCollator *>(collator));
}

/// ICU's Chinese collator, which orders Han characters by pinyin; nullptr when ICU has none.
UCollator *openCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open("zh", &status);
    if (U_FAILURE(status))
        return nullptr;
    // As NameCollator: case does not order names, digits count by value ("R1" before "R10").
    ucol_setStrength(collator, UCOL_SECONDARY);
    ucol_setAttribute(collator, UCOL_NUMERIC_COLLATION, UCOL_ON, &status);
    return collator;
}

int compareBytes(void *, int leftLength, const void *left, int rightLength, const void *right)
{
    const int common = std::min(leftLength, rightLength);
    const int order = common > 0 ? std::memcmp(left, right, size_t(common)) : 0;
    return order != 0 ? order : leftLength - rightLength;
}

/// SQLite asks for a collation a statement names that the connection does not know yet.
void createWhenNeeded(void *, sqlite3 *connection, int, const char *name)
{
    if (qstrcmp(name, CollationName) != 0)
        return;
    if (UCollator *collator = openCollator()) {
        sqlite3_create_collation_v2(connection, CollationName, SQLITE_UTF8, collator, compareUtf8, closeCollator);
        return;
    }
    // Without ICU's collator the statement still runs, ordered by code point as UTF-8 bytes are.
    collationUsable = false;
    sqlite3_create_collation_v2(connection, CollationName, SQLITE_UTF8, nullptr, compareBytes, nullptr);
}

} // namespace

QString NameCollation::pinyin(const QString &expression)
{
    if (!collationUsable)
        return expression;
    return expression + u" COLLATE "_s + QLatin1StringView(CollationName);
}

bool NameCollation::install(const QSqlDatabase &db)
{
    const bool installed = installOn(db);
    if (!installed)
        collationUsable = false;
    return installed;
}

bool NameCollation::installOn(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        return false;
    // The handle is only ours to call if Qt's driver runs on the SQLite this program links (a Qt
    // built with SQLite inside its driver has a copy of its own, of another version as a rule).
    QSqlQuery version(db);
    if (!version.exec(u"SELECT sqlite_version()"_s) || !version.next()
        || version.value(0).toString() != QLatin1StringView(sqlite3_libversion()))
        return false;
    // Opening ICU's collator costs milliseconds: it is done when a statement first needs it, after
    // the window's first paint as a rule.
    return sqlite3_collation_needed(connection, nullptr, createWhenNeeded) == SQLITE_OK;
}

QByteArray NameCollation::sortKey(const QString &text)
{
    static const std::unique_ptr<UCollator, void (*)(UCollator *)> collator(openCollator(), ucol_close);
    if (!collator)
        return text.toUtf8();
    const auto *chars = reinterpret_cast<const UChar *>(text.utf16());
    QByteArray key(64, Qt::Uninitialized);
    int32_t length = ucol_getSortKey(collator.get(), chars, int32_t(text.size()),
                                     reinterpret_cast<uint8_t *>(key.data()), int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(collator.get(), chars, int32_t(text.size()), reinterpret_cast<uint8_t *>(key.data()),
                                 int32_t(key.size()));
    }
    // The key ends in a zero byte, which orders nothing.
    key.truncate(qMax(0, length - 1));
    return key;
}

} // namespace tigerscope
