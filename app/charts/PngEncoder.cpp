#include "PngEncoder.h"

#include <QIODevice>
#include <QtEndian>

#include <zlib.h>

#include <array>
#include <vector>

namespace tigerscope {

namespace {

void appendBigEndian(QByteArray &bytes, quint32 value)
{
    const quint32 be = qToBigEndian(value);
    bytes.append(reinterpret_cast<const char *>(&be), 4);
}

bool writeChunk(QIODevice &out, const char type[4], const QByteArray &data)
{
    QByteArray chunk;
    chunk.reserve(data.size() + 12);
    appendBigEndian(chunk, quint32(data.size()));
    chunk.append(type, 4);
    chunk.append(data);
    const uLong crc
        = crc32(crc32(0L, nullptr, 0), reinterpret_cast<const Bytef *>(chunk.constData() + 4), uInt(data.size() + 4));
    appendBigEndian(chunk, quint32(crc));
    return out.write(chunk) == chunk.size();
}

} // namespace

bool PngEncoder::write(const QImage &source, QIODevice &out)
{
    if (source.isNull())
        return false;
    const QImage image
        = source.format() == QImage::Format_RGB32 ? source : source.convertToFormat(QImage::Format_RGB32);
    const int width = image.width();
    const int height = image.height();

    static const char signature[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
    if (out.write(signature, 8) != 8)
        return false;
    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, adaptive filters, no interlace
    if (!writeChunk(out, "IHDR", header))
        return false;
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray phys;
        appendBigEndian(phys, quint32(image.dotsPerMeterX()));
        appendBigEndian(phys, quint32(image.dotsPerMeterY()));
        phys.append('\x01'); // per metre
        if (!writeChunk(out, "pHYs", phys))
            return false;
    }

    z_stream zs{};
    // Run-length matching suits "Up"-filtered charts (long runs of zeros) and is far quicker than
    // full LZ77 search.
    if (deflateInit2(&zs, 1, Z_DEFLATED, 15, 8, Z_RLE) != Z_OK)
        return false;
    const qsizetype rowBytes = qsizetype(width) * 3 + 1;
    std::vector<uchar> row(size_t(rowBytes), 0);
    std::vector<uchar> previous(size_t(rowBytes), 0);
    std::vector<uchar> filtered(size_t(rowBytes), 0);
    std::array<uchar, 1 << 16> buffer{};
    QByteArray idat;
    bool ok = true;
    const auto flushOut = [&](bool final) {
        if (idat.size() >= (1 << 18) || (final && !idat.isEmpty())) {
            ok = ok && writeChunk(out, "IDAT", idat);
            idat.clear();
        }
    };
    for (int y = 0; y < height && ok; ++y) {
        const auto *pixels = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        uchar *dst = row.data() + 1;
        for (int x = 0; x < width; ++x) {
            *dst++ = uchar(qRed(pixels[x]));
            *dst++ = uchar(qGreen(pixels[x]));
            *dst++ = uchar(qBlue(pixels[x]));
        }
        // "Up": each byte minus the one above; a chart's rows mostly repeat, giving zeros.
        filtered[0] = 2;
        for (qsizetype i = 1; i < rowBytes; ++i)
            filtered[size_t(i)] = uchar(row[size_t(i)] - previous[size_t(i)]);
        std::swap(row, previous);
        zs.next_in = filtered.data();
        zs.avail_in = uInt(rowBytes);
        const int flush = y + 1 == height ? Z_FINISH : Z_NO_FLUSH;
        int status = Z_OK;
        do {
            zs.next_out = buffer.data();
            zs.avail_out = uInt(buffer.size());
            status = deflate(&zs, flush);
            if (status == Z_STREAM_ERROR) {
                ok = false;
                break;
            }
            idat.append(reinterpret_cast<const char *>(buffer.data()), qsizetype(buffer.size() - zs.avail_out));
            flushOut(false);
        } while (zs.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
    }
    deflateEnd(&zs);
    flushOut(true);
    return ok && writeChunk(out, "IEND", QByteArray());
}

} // namespace tigerscope
