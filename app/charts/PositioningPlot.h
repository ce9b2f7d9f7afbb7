#pragma once

#include <QRectF>

namespace tigerscope {

struct PlotContext;

/// A 2-D positioning map: two centred axes, quadrant labels in the corners and labelled points at
/// given x, y in [-1, 1].
class PositioningPlot
{
public:
    /// With more points than this the map shows points without labels (tooltips still name them).
    static constexpr int MaxLabelledPoints = 400;

    static void paint(PlotContext &ctx, const QRectF &area);
};

} // namespace tigerscope
