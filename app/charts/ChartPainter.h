#pragma once

#include "ChartHitMap.h"
#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QRectF>
#include <QSizeF>

class QPainter;

namespace tigerscope {

/// The one render path of every chart: the window, the printer and the exporter all call paint().
/// Lays out title, subtitle, legend, plot and footer (sources, caption) in the target rectangle,
/// scaling fonts and spacing with its size; works on any QPaintDevice.
class ChartPainter
{
    Q_DECLARE_TR_FUNCTIONS(ChartPainter)

public:
    /// Paints the chart into `target` (painter coordinates) and returns where its points are.
    static ChartHitMap paint(QPainter &painter, const QRectF &target, const ChartSpec &spec, const ChartTheme &theme);
    /// The layout scale for a target size: 1.0 at the reference size, bounded for tiny and huge
    /// targets so text stays readable.
    static double layoutScale(const QSizeF &size);
};

} // namespace tigerscope
