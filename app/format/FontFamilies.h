#pragma once

#include <QStringList>

namespace tigerscope {

/// The font families text is drawn in, in the order QFont::setFamilies tries them: the one home of
/// the list the window, the charts and the reader use. Families a machine lacks are skipped.
class FontFamilies
{
public:
    /// Latin sans families first, then the CJK ones: Latin letters, digits and curly quotes are
    /// drawn from a Latin font, Chinese from the CJK font, in its simplified forms rather than a
    /// Japanese fallback's.
    static QStringList latinFirst();
    /// The CJK families first (for text known to be Chinese), then the Latin ones.
    static QStringList cjkFirst();

    static QStringList latin();
    static QStringList cjk();
};

} // namespace tigerscope
