#include "ChartExporter.h"

#include "OutputFile.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr double screenDpi = 96.0;

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
    const int dpm = qRound(screenDpi * scale / 0.0254);
    image.setDotsPerMeterX(dpm);
    image.setDotsPerMeterY(dpm);
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
    const QImage image = renderToImage(spec, options.size, options.scale, options.theme);
    if (image.isNull())
        return false;
    QImageWriter writer(&out, "png");
    // Qt maps 0–100 onto zlib's levels 0–9, so 1 meant "store uncompressed" (a 10 MB file). 20 is
    // zlib's fastest level: chart images are large flat areas, and it keeps them near the smallest.
    writer.setCompression(20);
    return writer.write(image);
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
