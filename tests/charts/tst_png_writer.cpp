// PngWriter on its own: what it writes reads back as the pixels given (opaque and translucent),
// with the resolution given, and a device that refuses the bytes or rows that do not fit fail.

#include "PngWriter.h"

#include <QBuffer>
#include <QImage>

#include <gtest/gtest.h>

using namespace tigerscope;

namespace {

QImage gradient(QImage::Format format, int width, int height)
{
    QImage image(width, height, format);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x)
            image.setPixelColor(x, y, QColor(x * 255 / width, y * 255 / height, (x + y) % 256, 40 + (x % 200)));
    return image;
}

QImage readBack(const QByteArray &bytes)
{
    return QImage::fromData(bytes, "PNG");
}

} // namespace

TEST(PngWriterTest, OpaqueRowsReadBackExactlyAndInOrder)
{
    const QImage image = gradient(QImage::Format_RGB32, 300, 170);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PngWriter png(buffer, image.size(), false, 7559);
    // Bands of uneven heights, as the exporter's last band is.
    ASSERT_TRUE(png.writeRows(image.copy(0, 0, 300, 64), 0, 64));
    ASSERT_TRUE(png.writeRows(image, 64, 64));
    ASSERT_TRUE(png.writeRows(image.copy(0, 120, 300, 64), 8, 42));
    ASSERT_TRUE(png.finish());
    const QImage back = readBack(buffer.data());
    ASSERT_EQ(back.size(), image.size());
    EXPECT_FALSE(back.hasAlphaChannel());
    EXPECT_EQ(back.convertToFormat(QImage::Format_RGB32), image);
    EXPECT_EQ(back.dotsPerMeterX(), 7559);
    EXPECT_EQ(back.dotsPerMeterY(), 7559);
}

TEST(PngWriterTest, TranslucentPixelsKeepTheirAlphaAndColour)
{
    const QImage straight = gradient(QImage::Format_ARGB32, 120, 90);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(PngWriter::write(straight.convertToFormat(QImage::Format_ARGB32_Premultiplied), buffer));
    const QImage back = readBack(buffer.data()).convertToFormat(QImage::Format_ARGB32);
    ASSERT_EQ(back.size(), straight.size());
    ASSERT_TRUE(back.hasAlphaChannel());
    int worst = 0;
    for (int y = 0; y < back.height(); ++y) {
        for (int x = 0; x < back.width(); ++x) {
            const QRgb a = back.pixel(x, y);
            const QRgb b = straight.pixel(x, y);
            EXPECT_EQ(qAlpha(a), qAlpha(b));
            worst = std::max(
                {worst, std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
        }
    }
    // Premultiplying loses a little precision where alpha is low; no more than that.
    EXPECT_LE(worst, 4);
}

TEST(PngWriterTest, AChartSizedImageIsCompressed)
{
    QImage image(2400, 1500, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int y = 200; y < 1300; y += 100)
        for (int x = 300; x < 2200; ++x)
            image.setPixel(x, y, qRgb(0x33, 0x22, 0x88));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ASSERT_TRUE(PngWriter::write(image, buffer));
    EXPECT_LT(buffer.size(), 2400 * 1500 / 50);
    EXPECT_EQ(readBack(buffer.data()).convertToFormat(QImage::Format_RGB32), image);
}

TEST(PngWriterTest, ADeviceThatRefusesTheBytesFails)
{
    const QImage image = gradient(QImage::Format_RGB32, 64, 64);
    QByteArray bytes;
    QBuffer readOnly(&bytes);
    readOnly.open(QIODevice::ReadOnly);
    EXPECT_FALSE(PngWriter::write(image, readOnly));
}

TEST(PngWriterTest, RowsThatDoNotFitFailAndAnUnfinishedImageIsNotFinished)
{
    const QImage image = gradient(QImage::Format_RGB32, 64, 64);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PngWriter png(buffer, QSize(64, 100), false, 0);
    ASSERT_TRUE(png.writeRows(image, 0, 64));
    EXPECT_FALSE(png.finish()) << "36 rows are missing";

    QBuffer other;
    other.open(QIODevice::WriteOnly);
    PngWriter narrow(other, QSize(32, 64), false, 0);
    EXPECT_FALSE(narrow.writeRows(image, 0, 64)) << "the band is wider than the image";
    EXPECT_FALSE(narrow.finish());

    QBuffer third;
    third.open(QIODevice::WriteOnly);
    PngWriter tooMany(third, QSize(64, 32), false, 0);
    EXPECT_FALSE(tooMany.writeRows(image, 0, 64));

    QBuffer fourth;
    fourth.open(QIODevice::WriteOnly);
    PngWriter pastTheBand(fourth, QSize(64, 64), false, 0);
    EXPECT_FALSE(pastTheBand.writeRows(image, 40, 30)) << "rows 40 to 69 of a 64-row band";
}
