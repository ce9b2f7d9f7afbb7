#pragma once

#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>

class QPainter;

namespace tigerscope {

/// Text layout for charts: wrapping (with Chinese line breaking) and eliding measured with
/// QFontMetricsF, so long company names and sources never run out of their box.
class ChartText
{
public:
    /// Lines of at most `width`; the last of `maxLines` lines is elided when the text is longer.
    static QStringList wrap(const QString &text, const QFont &font, double width, int maxLines);
    /// Widest line of a wrapped text.
    static double widest(const QStringList &lines, const QFont &font);
    static double lineHeight(const QFont &font);
    static double width(const QString &text, const QFont &font);
    /// Draws lines from the top of `rect`, aligned by `alignment` (horizontal part only).
    static void drawLines(QPainter &painter, const QRectF &rect, const QStringList &lines, const QFont &font,
                          Qt::Alignment alignment);
};

} // namespace tigerscope
