#pragma once

#include <QByteArray>
#include <QList>
#include <QRectF>
#include <QString>
#include <QtPlugin>

#include <functional>

namespace tigerscope {

/// One word of a PDF page as its text layer places it, in points from the page's top left.
struct PdfWord
{
    QString text;
    QRectF box;
    bool spaceAfter = false;
};

struct PdfPageWords
{
    double height = 0; ///< The page's height in points.
    QList<PdfWord> words;
};

/// What a PDF's text layer gives, before any paragraph is rebuilt from it.
struct PdfWords
{
    enum class Status { Read, NotReadable, Locked };
    Status status = Status::NotReadable;
    QString title;
    QString author;
    QList<PdfPageWords> pages;
};

/// Reads the words of a PDF. Implemented by a plugin (the Poppler binding and the libraries it
/// pulls in) that PdfReader loads on the first PDF, so that nothing else pays for loading them.
class PdfWordSource
{
public:
    virtual ~PdfWordSource() = default;
    /// @p progress is told of each page read.
    virtual PdfWords read(const QByteArray &bytes, const std::function<void(int done, int total)> &progress) const = 0;
};

} // namespace tigerscope

#define TigerscopePdfWordSource_iid "io.github.tigerscope.PdfWordSource/1"
Q_DECLARE_INTERFACE(tigerscope::PdfWordSource, TigerscopePdfWordSource_iid)
