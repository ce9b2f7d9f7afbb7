#include "ChartText.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace tigerscope {

QStringList ChartText::wrap(const QString &text, const QFont &font, double width, int maxLines)
{
    QStringList lines;
    if (text.isEmpty() || width <= 0 || maxLines <= 0)
        return lines;
    const QFontMetricsF fm(font);
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    QList<QPair<int, int>> spans;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        spans.append({line.textStart(), line.textLength()});
    }
    layout.endLayout();
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (int(lines.size()) == maxLines - 1 && i < spans.size() - 1) {
            const QString rest = text.mid(spans.at(i).first).simplified();
            lines.append(fm.elidedText(rest, Qt::ElideRight, width));
            break;
        }
        QString line = text.mid(spans.at(i).first, spans.at(i).second).trimmed();
        // A single unbreakable word may still be wider than the box.
        if (fm.horizontalAdvance(line) > width)
            line = fm.elidedText(line, Qt::ElideRight, width);
        lines.append(line);
    }
    return lines;
}

double ChartText::widest(const QStringList &lines, const QFont &font)
{
    const QFontMetricsF fm(font);
    double w = 0;
    for (const QString &l : lines)
        w = std::max(w, fm.horizontalAdvance(l));
    return std::ceil(w);
}

double ChartText::lineHeight(const QFont &font)
{
    return std::ceil(QFontMetricsF(font).height());
}

double ChartText::width(const QString &text, const QFont &font)
{
    return std::ceil(QFontMetricsF(font).horizontalAdvance(text));
}

void ChartText::drawLines(QPainter &painter, const QRectF &rect, const QStringList &lines, const QFont &font,
                          Qt::Alignment alignment)
{
    painter.setFont(font);
    const double h = lineHeight(font);
    double y = rect.top();
    for (const QString &line : lines) {
        // Generous width so a device with slightly wider metrics (PDF) does not clip the text.
        QRectF r(rect.left(), y, rect.width(), h);
        if (alignment & Qt::AlignRight)
            r.setLeft(rect.left() - rect.width() * 0.1);
        else if (alignment & Qt::AlignLeft)
            r.setRight(rect.right() + rect.width() * 0.1);
        else
            r.adjust(-rect.width() * 0.05, 0, rect.width() * 0.05, 0);
        painter.drawText(
            r, int(alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter | Qt::TextSingleLine | Qt::TextDontClip,
            line);
        y += h;
    }
}

} // namespace tigerscope
