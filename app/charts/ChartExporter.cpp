#include "ChartExporter.h"

#include "OutputFile.h"
#include "PngWriter.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr double screenDpi = 96.0;

/// The resolution recorded in an image, so viewers show a 2× export at its intended size.
int dotsPerMeter(double scale)
{
    return qRound(screenDpi * scale / 0.0254);
}

QString describe(const ChartSpec &spec)
{
    QStringList parts;
    if (!spec.subtitle.isEmpty())
        parts.append(spec.subtitle);
    if (!spec.caption.isEmpty())
        parts.append(spec.caption);
    parts += spec.sources;
    return parts.join(u'\n');
}

} // namespace

ExportFormat ChartExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return ExportFormat::Png;
    if (suffix == u"svg")
        return ExportFormat::Svg;
    if (suffix == u"pdf")
        return ExportFormat::Pdf;
    return ExportFormat::Auto;
}

QString ChartExporter::checkSize(const QSize &logicalSize, double scale)
{
    const double w = logicalSize.width() * scale;
    const double h = logicalSize.height() * scale;
    if (!std::isfinite(scale) || scale <= 0 || logicalSize.width() <= 0 || logicalSize.height() <= 0
        || std::round(w) < 1 || std::round(h) < 1 || w > maxPixelsPerSide || h > maxPixelsPerSide) {
        return tr("A chart of %1 × %2 at scale %3 cannot be exported: each side must come to "
                  "between 1 and %4 pixels.")
            .arg(logicalSize.width())
            .arg(logicalSize.height())
            .arg(scale)
            .arg(maxPixelsPerSide);
    }
    return {};
}

ExportResult ChartExporter::exportChart(const ChartSpec &spec, const QString &path, const ExportOptions &options) const
{
    if (path.trimmed().isEmpty())
        return {false, tr("No file name was given for the chart.")};
    const ExportFormat format = options.format == ExportFormat::Auto ? formatForPath(path) : options.format;
    if (format == ExportFormat::Auto) {
        return {false,
                tr("Unknown file type “%1”: save the chart as .png, .svg or .pdf.").arg(QFileInfo(path).suffix())};
    }
    if (const QString sizeError = checkSize(options.size, options.scale); !sizeError.isEmpty())
        return {false, sizeError};

    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.isDir())
        return {false, tr("“%1” is a folder; choose a file name to save the chart.").arg(shown)};
    if (!info.absoluteDir().exists()) {
        return {false, tr("The folder “%1” does not exist.").arg(QDir::toNativeSeparators(info.absolutePath()))};
    }

    OutputFile output(path);
    QString error;
    if (!output.open(&error))
        return {false, error};
    QIODevice &file = *output.device();
    bool written = false;
    switch (format) {
    case ExportFormat::Png: written = writePng(spec, file, options); break;
    case ExportFormat::Svg: written = writeSvg(spec, file, options); break;
    case ExportFormat::Pdf: written = writePdf(spec, file, options); break;
    case ExportFormat::Auto: break;
    }
    if (!written) {
        // A write that failed says why; otherwise the chart itself could not be drawn at this size.
        const QString reason = file.errorString().isEmpty() || file.errorString() == "Unknown error"_L1
            ? tr("the chart could not be drawn at this size")
            : file.errorString();
        output.cancel();
        return {false, tr("Cannot write “%1”: %2").arg(shown, reason)};
    }
    if (!output.commit(&error))
        return {false, error};
    return {true, {}};
}

QImage ChartExporter::renderToImage(const ChartSpec &spec, const QSize &logicalSize, double scale,
                                    const ChartTheme &theme) const
{
    if (!checkSize(logicalSize, scale).isEmpty())
        return {};
    const QSize pixels(qRound(logicalSize.width() * scale), qRound(logicalSize.height() * scale));
    // An opaque background needs no alpha channel: smaller to encode, the same to paint.
    QImage image(pixels, theme.background.alpha() == 255 ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDevicePixelRatio(scale);
    image.fill(theme.background);
    // Record the resolution, so viewers show a 2× export at its intended size.
    image.setDotsPerMeterX(dotsPerMeter(scale));
    image.setDotsPerMeterY(dotsPerMeter(scale));
    QPainter painter(&image);
    m_renderer.render(painter, QRectF(QPointF(0, 0), QSizeF(logicalSize)), spec, theme, QSizeF(logicalSize));
    painter.end();
    return image;
}

void ChartExporter::renderFitted(QPainter &painter, const QRectF &deviceRect, const ChartSpec &spec,
                                 const ChartTheme &theme, const QSizeF &logicalSize) const
{
    if (deviceRect.isEmpty())
        return;
    QSizeF logical = logicalSize;
    if (logical.isEmpty()) {
        const double w = ChartTheme::referenceSize().width();
        logical = QSizeF(w, w * deviceRect.height() / deviceRect.width());
    }
    const double factor = std::min(deviceRect.width() / logical.width(), deviceRect.height() / logical.height());
    const QSizeF fitted = logical * factor;
    const QRectF target(deviceRect.left() + (deviceRect.width() - fitted.width()) / 2, deviceRect.top(), fitted.width(),
                        fitted.height());
    m_renderer.render(painter, target, spec, theme, logical);
}

bool ChartExporter::renderToDevice(QPaintDevice &device, const QRectF &deviceRect, const ChartSpec &spec,
                                   const ChartTheme &theme, const QSizeF &logicalSize) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return false;
    renderFitted(painter, deviceRect, spec, theme, logicalSize);
    return painter.end();
}

bool ChartExporter::writePng(const ChartSpec &spec, QIODevice &out, const ExportOptions &options) const
{
    const QSize pixels(qRound(options.size.width() * options.scale), qRound(options.size.height() * options.scale));
    const bool opaque = options.theme.background.alpha() == 255;
    const auto chart = m_renderer.layOut(spec, options.theme, QSizeF(options.size));
    if (!chart)
        return false;
    // The image is painted and written a band of rows at a time: a 2400 × 1500 export then touches
    // a megabyte and a half instead of fourteen, and fresh pages are what an export spends most on
    // after PNG encoding. Each band is painted with a margin above and below that is not written:
    // Qt's rasteriser draws an antialiased curve cut by the band's edge a little differently, and the
    // margin keeps that out of the file.
    constexpr int bandRows = 128;
    constexpr int margin = 16;
    const int rowsPerBand = std::min(bandRows, pixels.height());
    QImage band(pixels.width(), rowsPerBand + 2 * margin,
                opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    if (band.isNull())
        return false;
    band.setDevicePixelRatio(options.scale);
    PngWriter png(out, pixels, !opaque, dotsPerMeter(options.scale));
    const double logicalWidth = options.size.width();
    for (int top = 0; top < pixels.height(); top += rowsPerBand) {
        const int rows = std::min(rowsPerBand, pixels.height() - top);
        band.fill(options.theme.background);
        QPainter painter(&band);
        const QRectF painted(0, (top - margin) / options.scale, logicalWidth, band.height() / options.scale);
        painter.translate(0, -painted.top());
        chart->paint(painter, painted, painted);
        painter.end();
        if (!png.writeRows(band, margin, rows))
            return false;
    }
    return png.finish();
}

bool ChartExporter::writeSvg(const ChartSpec &spec, QIODevice &out, const ExportOptions &options) const
{
    const QRectF box(QPointF(0, 0), QSizeF(options.size));
    QSvgGenerator generator;
    generator.setOutputDevice(&out);
    generator.setSize(options.size);
    generator.setViewBox(box);
    generator.setResolution(int(screenDpi));
    generator.setTitle(spec.title);
    generator.setDescription(describe(spec));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    m_renderer.render(painter, box, spec, options.theme, QSizeF(options.size));
    return painter.end();
}

bool ChartExporter::writePdf(const ChartSpec &spec, QIODevice &out, const ExportOptions &options) const
{
    // One page the shape of the chart; at 96 dpi one device unit is one logical pixel.
    QPdfWriter writer(&out);
    writer.setResolution(int(screenDpi));
    writer.setTitle(spec.title);
    writer.setCreator(u"Tigerscope"_s);
    const QSizeF points(options.size.width() * 72.0 / screenDpi, options.size.height() * 72.0 / screenDpi);
    const QPageSize pageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch);
    if (!writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0))))
        return false;
    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    renderFitted(painter, QRectF(0, 0, writer.width(), writer.height()), spec, options.theme, QSizeF(options.size));
    return painter.end();
}

} // namespace tigerscope
