#pragma once

#include "ChartRenderer.h"
#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSize>
#include <QSizeF>
#include <QString>

class QIODevice;
class QPaintDevice;
class QPainter;

namespace tigerscope {

enum class ExportFormat { Auto, Png, Svg, Pdf };

/// How a chart is exported. The logical size is what the layout sees; `scale` multiplies it into
/// pixels for PNG (1200 × 750 at 2.0 gives 2400 × 1500) and is the pixel budget for SVG and PDF.
struct ExportOptions
{
    QSize size{1200, 750};
    double scale = 2.0;
    ChartTheme theme = ChartTheme::light();
    ExportFormat format = ExportFormat::Auto; ///< Auto: from the file suffix
};

struct ExportResult
{
    bool ok = false;
    QString error; ///< translated, for the user; empty when ok
};

/// Writes charts to PNG (libpng, PngWriter), SVG (QSvgGenerator) and PDF (QPdfWriter), renders them
/// for the clipboard and onto any paint device (a QPrinter in the window), all through one
/// ChartRenderer. Files are written atomically: a failed export leaves neither a partial file nor
/// a damaged earlier one.
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    explicit ChartExporter(const ChartRenderer &renderer)
        : m_renderer(renderer)
    {}

    static constexpr int maxPixelsPerSide = 20000;

    ExportResult exportChart(const ChartSpec &spec, const QString &path, const ExportOptions &options = {}) const;
    /// The format a file name asks for (case-insensitive suffix); Auto when unknown.
    static ExportFormat formatForPath(const QString &path);
    /// An error message for impossible sizes, or empty.
    static QString checkSize(const QSize &logicalSize, double scale);

    /// The chart as an image of logicalSize × scale pixels with that device pixel ratio (for the
    /// clipboard); a null image for impossible sizes.
    QImage renderToImage(const ChartSpec &spec, const QSize &logicalSize, double scale, const ChartTheme &theme) const;
    /// Paints onto any device (a printer, a PDF writer) into `deviceRect` in device coordinates,
    /// e.g. the printer's page rectangle. The chart is laid out at `logicalSize` (or, when empty,
    /// at the reference width with the rectangle's aspect) and scaled to fit, centred.
    bool renderToDevice(QPaintDevice &device, const QRectF &deviceRect, const ChartSpec &spec, const ChartTheme &theme,
                        const QSizeF &logicalSize = {}) const;
    /// The same on an active painter.
    void renderFitted(QPainter &painter, const QRectF &deviceRect, const ChartSpec &spec, const ChartTheme &theme,
                      const QSizeF &logicalSize = {}) const;

private:
    bool writePng(const ChartSpec &spec, QIODevice &out, const ExportOptions &options) const;
    bool writeSvg(const ChartSpec &spec, QIODevice &out, const ExportOptions &options) const;
    bool writePdf(const ChartSpec &spec, QIODevice &out, const ExportOptions &options) const;

    const ChartRenderer &m_renderer;
};

} // namespace tigerscope
