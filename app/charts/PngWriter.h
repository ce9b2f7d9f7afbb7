#pragma once

#include <QSize>

class QIODevice;
class QImage;

struct png_struct_def;
struct png_info_def;

namespace tigerscope {

/// Streams a PNG to a device a band of rows at a time, so an export never holds the whole image.
/// Rows are stored unfiltered at zlib's fastest level: chart images are large flat areas, which
/// that compresses as small as libpng's adaptive filters do in a quarter of the time (measured in
/// docs/performance.md).
class PngWriter
{
public:
    /// `hasAlpha`: write RGBA, else RGB. `dotsPerMeter`: the resolution recorded in the file.
    PngWriter(QIODevice &out, const QSize &pixels, bool hasAlpha, int dotsPerMeter);
    ~PngWriter();
    PngWriter(const PngWriter &) = delete;
    PngWriter &operator=(const PngWriter &) = delete;

    /// Appends `rows` rows of `band` from `firstRow` on (RGB32 or ARGB32_Premultiplied, the
    /// writer's width).
    bool writeRows(const QImage &band, int firstRow, int rows);
    /// Writes the end of the file once every row has been written; false on any failure.
    bool finish();

    /// A whole image, with its own resolution.
    static bool write(const QImage &image, QIODevice &out);

private:
    bool begin(int dotsPerMeter);

    /// Where libpng's output goes; a failed write is remembered here and reported by finish().
    struct Sink
    {
        QIODevice *device;
        bool failed = false;
    };

    Sink m_sink;
    QSize m_pixels;
    bool m_hasAlpha;
    int m_rowsWritten = 0;
    bool m_failed = false;
    png_struct_def *m_png = nullptr;
    png_info_def *m_info = nullptr;
};

} // namespace tigerscope
