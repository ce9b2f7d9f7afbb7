#pragma once

#include <QRectF>
#include <Qt>

namespace tigerscope {

struct PlotContext;

/// Grouped bar charts, horizontal (companies down the side) or vertical (columns), with the
/// certainty encodings, value labels, "n.a." for missing values and a linear or log value axis.
class BarPlot
{
public:
    static void paint(PlotContext &ctx, const QRectF &area, Qt::Orientation orientation);
};

} // namespace tigerscope
