#pragma once

#include <QObject>
#include <QString>

namespace tigerscope {

class AlignedParagraphModel;
class AppContext;
class ArticleLibraryModel;
class ParagraphView;

/// Copies a paragraph of the open article with where it comes from, and says so in the status bar.
class ReaderCopy : public QObject
{
    Q_OBJECT

public:
    ReaderCopy(const AppContext &context, const AlignedParagraphModel &model, const ArticleLibraryModel &library,
               ParagraphView &view);

    /// "text — Title, Outlet, date, English ¶12"; empty when the open article has no such paragraph.
    QString paragraphWithCitation(const QString &lang, int index) const;
    void copyParagraph(const QString &lang, int index);
    /// Copies the selected paragraph, else the highlighted one, else the one near the top of the view.
    void copyShownParagraph();

private:
    const AppContext &m_context;
    const AlignedParagraphModel &m_model;
    const ArticleLibraryModel &m_library;
    ParagraphView &m_view;
};

} // namespace tigerscope
