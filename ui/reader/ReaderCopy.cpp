#include "ReaderCopy.h"

#include "AlignedParagraphModel.h"
#include "AppContext.h"
#include "ArticleLibraryModel.h"
#include "ArticleStore.h"
#include "CitationFormatter.h"
#include "DateFormatter.h"
#include "Labels.h"
#include "ParagraphView.h"
#include "StatusNotice.h"

#include <QClipboard>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace tigerscope {

ReaderCopy::ReaderCopy(const AppContext &context, const AlignedParagraphModel &model,
                       const ArticleLibraryModel &library, ParagraphView &view)
    : QObject(&view)
    , m_context(context)
    , m_model(model)
    , m_library(library)
    , m_view(view)
{}

QString ReaderCopy::paragraphWithCitation(const QString &lang, int index) const
{
    const StoredParagraph paragraph = m_model.paragraph(lang, index);
    if (paragraph.index < 0)
        return {};
    const StoredArticle article = ArticleStore::article(m_model.articleId(), m_context.database());
    QStringList parts;
    const int row = m_library.rowOf(article.id);
    for (int column : {ArticleLibraryModel::TitleColumn, ArticleLibraryModel::OutletColumn}) {
        const QString text = row >= 0 ? m_library.data(m_library.index(row, column)).toString() : QString();
        if (!text.isEmpty())
            parts << text;
    }
    if (article.published.isValid())
        parts << DateFormatter::format(article.published, DatePrecision::Day, m_context.language());
    parts << Labels::language(lang) + u' '
            + CitationFormatter::location(ParagraphNumber::shown(index), paragraph.page, m_context.language());
    return paragraph.text + u" — "_s + parts.join(u", "_s);
}

void ReaderCopy::copyParagraph(const QString &lang, int index)
{
    const QString text = paragraphWithCitation(lang, index);
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    StatusNotice::show(
        &m_view, tr("Copied %1 ¶%2 with its citation").arg(Labels::language(lang)).arg(ParagraphNumber::shown(index)));
}

void ReaderCopy::copyShownParagraph()
{
    ParagraphRange range = m_view.selectedParagraph();
    if (range.index < 0) {
        const QList<ParagraphRange> highlighted = m_view.highlightedParagraphs();
        if (!highlighted.isEmpty())
            range = highlighted.first();
    }
    if (range.index < 0)
        range = m_view.paragraphAt(QPoint(m_view.viewport()->width() / 4, m_view.viewport()->height() / 3));
    if (range.index >= 0)
        copyParagraph(range.lang, range.index);
}

} // namespace tigerscope
