#pragma once

#include "ChartHitMap.h"
#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QColor>
#include <QFont>
#include <QString>

class QPainter;

namespace tigerscope {

/// What the plot renderers share while one chart is painted (internal to the charts library).
struct PlotContext
{
    QPainter &painter;
    const ChartSpec &spec;
    const ChartTheme &theme;
    double scale; ///< layout scale, 1.0 at the theme's reference size
    ChartHitMap &hits;

    QFont font(ChartTheme::FontRole role) const { return theme.font(role, scale); }
    double px(double logical) const { return logical * scale; }
    /// The colour of a point: its series colour, or its company's when the only series has none.
    QColor colorFor(int seriesIndex, const QString &categoryId) const;
    QString missingLabel() const;
    /// The display text of a point, or a compact number when the caller gave none.
    QString displayText(const ChartPoint &point) const;
    /// Draws a centred, muted message in an area that has nothing to plot.
    void paintEmpty(const QRectF &area) const;
};

} // namespace tigerscope
