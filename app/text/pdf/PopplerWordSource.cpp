#include "PopplerWordSource.h"

#include <poppler-qt6.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace tigerscope {

PdfWords PopplerWordSource::read(const QByteArray &bytes, const std::function<void(int, int)> &progress) const
{
    PdfWords result;
    // Poppler's own complaints about a damaged file would break the command line's one-line
    // messages; PdfReader gives the reason the user needs.
    Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant());
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return result;
    if (document->isLocked()) {
        result.status = PdfWords::Status::Locked;
        return result;
    }
    result.status = PdfWords::Status::Read;
    result.title = document->info(u"Title"_s);
    result.author = document->info(u"Author"_s);
    const int pageCount = document->numPages();
    for (int i = 0; i < pageCount; ++i) {
        PdfPageWords &page = result.pages.emplace_back();
        if (const std::unique_ptr<Poppler::Page> source = document->page(i)) {
            page.height = source->pageSizeF().height();
            for (const std::unique_ptr<Poppler::TextBox> &word : source->textList())
                page.words.append({word->text(), word->boundingBox(), word->hasSpaceAfter()});
        }
        if (progress)
            progress(i + 1, pageCount);
    }
    return result;
}

} // namespace tigerscope
