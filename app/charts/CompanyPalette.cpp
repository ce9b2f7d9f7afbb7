#include "CompanyPalette.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

struct Assignment
{
    const char16_t *key;
    QRgb rgb;
};

// Paul Tol's colour-blind-safe qualitative schemes (personal.sron.nl/~pault/, "Colour Schemes and
// templates", 2021): the nine colours of 'muted', plus orange and blue from 'vibrant' for the
// tenth and eleventh company. Neighbouring tigers get well-separated hues.
constexpr std::array<Assignment, 11> fixedColours{{
    {u"zhipu", 0x332288},     // muted indigo
    {u"baichuan", 0x88CCEE},  // muted cyan
    {u"minimax", 0x44AA99},   // muted teal
    {u"moonshot", 0x117733},  // muted green
    {u"stepfun", 0x999933},   // muted olive
    {u"01ai", 0xDDCC77},      // muted sand
    {u"baidu", 0xCC6677},     // muted rose
    {u"alibaba", 0xEE7733},   // vibrant orange
    {u"tencent", 0x0077BB},   // vibrant blue
    {u"bytedance", 0x882255}, // muted wine
    {u"deepseek", 0xAA4499},  // muted purple
}};

// Tol's 'light' scheme for companies without a fixed colour.
constexpr std::array<QRgb, 8> furtherColours{0x77AADD, 0xEE8866, 0xEEDD88, 0xFFAABB,
                                             0x99DDFF, 0x44BB99, 0xBBCC33, 0xAAAA00};

// FNV-1a: qHash is seeded per process, and a company must keep its colour between runs.
quint32 stableHash(const QString &key)
{
    quint32 h = 2166136261u;
    for (const QChar c : key) {
        h ^= c.unicode();
        h *= 16777619u;
    }
    return h;
}

} // namespace

QColor CompanyPalette::color(const QString &companyKey)
{
    const QString key = companyKey.trimmed().toLower();
    if (key.isEmpty())
        return neutral();
    for (const auto &a : fixedColours) {
        if (key == QStringView(a.key))
            return QColor::fromRgb(a.rgb);
    }
    return QColor::fromRgb(furtherColours[stableHash(key) % furtherColours.size()]);
}

bool CompanyPalette::hasFixedColor(const QString &companyKey)
{
    const QString key = companyKey.trimmed().toLower();
    for (const auto &a : fixedColours) {
        if (key == QStringView(a.key))
            return true;
    }
    return false;
}

QStringList CompanyPalette::fixedKeys()
{
    QStringList keys;
    for (const auto &a : fixedColours)
        keys.append(QStringView(a.key).toString());
    return keys;
}

QColor CompanyPalette::neutral()
{
    return QColor(0xBB, 0xBB, 0xBB); // Tol's grey
}

} // namespace tigerscope
