#include "NameCollation.h"

#include <QSqlDriver>
#include <QVariant>

#include <memory>
#include <sqlite3.h>
#include <unicode/ucol.h>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr const char *CollationName = "pinyin";

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

} // namespace

QString NameCollation::pinyin(const QString &expression)
{
    return expression + u" COLLATE "_s + QLatin1StringView(CollationName);
}

bool NameCollation::install(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return false;
    auto *connection = *static_cast<sqlite3 *const *>(handle.data());
    if (!connection)
        return false;
    UCollator *collator = openCollator();
    if (!collator)
        return false;
    return sqlite3_create_collation_v2(connection, CollationName, SQLITE_UTF8, collator, compareUtf8, closeCollator)
        == SQLITE_OK;
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
