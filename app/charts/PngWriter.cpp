#include "PngWriter.h"

#include <QIODevice>
#include <QImage>

#include <png.h>

#include <algorithm>
#include <csetjmp>

namespace tigerscope {

namespace {

void flushDevice(png_structp)
{}

} // namespace

PngWriter::PngWriter(QIODevice &out, const QSize &pixels, bool hasAlpha, int dotsPerMeter)
    : m_sink{&out}
    , m_pixels(pixels)
    , m_hasAlpha(hasAlpha)
{
    m_failed = pixels.isEmpty() || !begin(dotsPerMeter);
}

PngWriter::~PngWriter()
{
    png_destroy_write_struct(&m_png, &m_info);
}

bool PngWriter::begin(int dotsPerMeter)
{
    m_png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!m_png)
        return false;
    m_info = png_create_info_struct(m_png);
    if (!m_info)
        return false;
    if (setjmp(png_jmpbuf(m_png)))
        return false;
    // A failed write is remembered and seen by finish(): libpng's own error path (a long jump) is
    // left to its own errors, so no C++ frame is ever jumped over.
    const auto writeToDevice = [](png_structp png, png_bytep data, size_t length) {
        auto *sink = static_cast<Sink *>(png_get_io_ptr(png));
        if (sink->device->write(reinterpret_cast<const char *>(data), qint64(length)) != qint64(length))
            sink->failed = true;
    };
    png_set_write_fn(m_png, &m_sink, writeToDevice, flushDevice);
    png_set_IHDR(m_png, m_info, png_uint_32(m_pixels.width()), png_uint_32(m_pixels.height()), 8,
                 m_hasAlpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (dotsPerMeter > 0)
        png_set_pHYs(m_png, m_info, png_uint_32(dotsPerMeter), png_uint_32(dotsPerMeter), PNG_RESOLUTION_METER);
    png_set_filter(m_png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
    png_set_compression_level(m_png, 1);
    png_write_info(m_png, m_info);
    // Rows come as QImage's 32-bit pixels, 0xAARRGGBB in the machine's byte order.
#if Q_BYTE_ORDER == Q_LITTLE_ENDIAN
    png_set_bgr(m_png);
    if (!m_hasAlpha)
        png_set_filler(m_png, 0, PNG_FILLER_AFTER);
#else
    if (m_hasAlpha)
        png_set_swap_alpha(m_png);
    else
        png_set_filler(m_png, 0, PNG_FILLER_BEFORE);
#endif
    return true;
}

bool PngWriter::writeRows(const QImage &band, int firstRow, int rows)
{
    if (m_failed || band.width() != m_pixels.width() || firstRow < 0 || rows < 0 || firstRow + rows > band.height()
        || m_rowsWritten + rows > m_pixels.height())
        return !(m_failed = true);
    // PNG's alpha is not premultiplied; an opaque image is written from its own pixels.
    const QImage pixels
        = m_hasAlpha ? band.convertToFormat(QImage::Format_ARGB32) : band.convertToFormat(QImage::Format_RGB32);
    if (setjmp(png_jmpbuf(m_png)))
        return !(m_failed = true);
    for (int y = firstRow; y < firstRow + rows; ++y)
        png_write_row(m_png, pixels.constScanLine(y));
    m_rowsWritten += rows;
    return true;
}

bool PngWriter::finish()
{
    if (m_failed || m_rowsWritten != m_pixels.height())
        return false;
    if (setjmp(png_jmpbuf(m_png)))
        return false;
    png_write_end(m_png, m_info);
    return !m_sink.failed;
}

bool PngWriter::write(const QImage &image, QIODevice &out)
{
    PngWriter writer(out, image.size(), image.hasAlphaChannel(),
                     std::max(image.dotsPerMeterX(), image.dotsPerMeterY()));
    return writer.writeRows(image, 0, image.height()) && writer.finish();
}

} // namespace tigerscope
