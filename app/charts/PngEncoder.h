#pragma once

#include <QByteArray>
#include <QImage>

class QIODevice;

namespace tigerscope {

/// A fast PNG writer for opaque chart images: 8-bit RGB, the "Up" row filter and zlib's
/// run-length strategy, streamed row by row. Charts are flat colours, so this compresses nearly as well as a
/// general encoder's adaptive filtering at a fraction of its time (which dominated export-chart).
/// Images with transparency go to Qt's writer instead.
class PngEncoder
{
public:
    /// Writes the image; false when the device fails or the image is null.
    static bool write(const QImage &image, QIODevice &out);
};

} // namespace tigerscope
