#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// One colour per company, the same in every chart, from colour-blind-safe schemes.
class CompanyPalette
{
public:
    /// The fixed colour of a key company; other keys get a colour from a further colour-blind-safe
    /// scheme chosen by a stable hash of the key (the same in every run), empty keys grey.
    static QColor color(const QString &companyKey);
    /// Whether the key is one of the companies with a fixed colour.
    static bool hasFixedColor(const QString &companyKey);
    /// The companies with fixed colours, in palette order.
    static QStringList fixedKeys();
    /// The grey used for "other" and unknown entries.
    static QColor neutral();
};

} // namespace tigerscope
