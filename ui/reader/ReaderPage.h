#pragma once

#include "ReaderDocumentBuilder.h"

#include <QWidget>

#include <memory>

class QAction;
class QActionGroup;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolBar;

namespace tigerscope {

class AlignedParagraphModel;
class AlignmentCorrectionController;
class AlignmentExportActions;
class AppContext;
class ArticleLibraryModel;
class ArticleSourceBar;
class CitationReferencePanel;
class EntityLexicon;
class EntityPanel;
class LibraryPanel;
class ParagraphView;
class ReaderCopy;
class ReaderSearchController;
class ReaderSearchPanel;
class ReaderSuggestions;

/// The Articles section: the library of imported articles and the bilingual reader, side by side,
/// interleaved or in one language, with names, cited figures, search, zoom, copy and PDF export.
/// Opens a citation on its paragraph with the figure marked in both languages, or shows the
/// article's reference when it is not imported.
class ReaderPage : public QWidget
{
    Q_OBJECT

public:
    ReaderPage(AppContext &context, QWidget *parent = nullptr);
    ~ReaderPage() override;

    /// Opens the imported article; false when there is none with that id.
    bool openArticle(qint64 articleId);
    qint64 currentArticle() const;
    /// Shows the cited passage with the figure highlighted in both languages, or the reference
    /// of an article that is not imported (the citation opens by itself once it is).
    void openCitation(const QString &articleKey, const QString &lang, int paragraph, const QString &printed);

    void setMode(ReaderMode mode);
    ReaderMode mode() const;
    /// The language of one-language mode: "zh" or "en".
    void setLanguage(const QString &lang);
    /// Leaves page chrome out of the reader and its search, or shows it: sets the remembered
    /// setting, which the page follows wherever it is changed.
    void setHideChrome(bool hide);

    /// "text — Title, Outlet, date, English ¶12": a paragraph with where it comes from.
    QString paragraphWithCitation(const QString &lang, int index) const;
    /// Writes the article as shown to a PDF file, atomically; false with *error.
    bool exportPdf(const QString &path, QString *error = nullptr);
    QString suggestedPdfFileName() const;
    /// Asks where to save, then exports the article as shown.
    void chooseExportPdf();

    ParagraphView *paragraphView() const { return m_view; }
    AlignedParagraphModel *paragraphModel() const { return m_model; }
    ArticleLibraryModel *libraryModel() const { return m_library; }
    LibraryPanel *libraryPanel() const { return m_libraryPanel; }
    ReaderSearchPanel *searchPanel() const { return m_search; }
    EntityPanel *entityPanel() const { return m_entities; }
    CitationReferencePanel *referencePanel() const { return m_reference; }
    ReaderSuggestions *suggestions() const { return m_suggestions; }
    QLabel *coverageBadge() const { return m_coverage; }
    ArticleSourceBar *sourceBar() const { return m_sourceBar; }
    AlignmentCorrectionController *corrections() const { return m_corrections; }
    AlignmentExportActions *alignmentExport() const { return m_alignmentExport; }
    /// True when the reference of a not-imported article is shown instead of the reader.
    bool isShowingReference() const;

Q_SIGNALS:
    /// The library's or the reference's Import button: the window's importer answers.
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildToolBar();
    void retranslate();
    void reloadLibrary();
    void removeArticle(qint64 articleId);
    void updateCoverage();
    void updateCitedFigures();
    void updateLanguageChoice();
    void setSelectedParagraphChrome(bool chrome);
    void showHideChrome();
    void saveSettings() const;

    AppContext &m_context;
    std::unique_ptr<EntityLexicon> m_lexicon;
    AlignedParagraphModel *m_model;
    ArticleLibraryModel *m_library;
    ParagraphView *m_view;
    LibraryPanel *m_libraryPanel;
    ReaderSearchPanel *m_search;
    EntityPanel *m_entities;
    CitationReferencePanel *m_reference;
    ReaderSuggestions *m_suggestions;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QLabel *m_title;
    QLabel *m_coverage;
    ArticleSourceBar *m_sourceBar;
    QToolBar *m_toolBar;
    QComboBox *m_languageChoice;
    AlignmentCorrectionController *m_corrections;
    AlignmentExportActions *m_alignmentExport;
    ReaderSearchController *m_searchController;
    ReaderCopy *m_copier;
    QActionGroup *m_modeGroup;
    QAction *m_sideBySide;
    QAction *m_interleaved;
    QAction *m_oneLanguage;
    QAction *m_hideChrome;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_zoomReset;
    QAction *m_copy;
    QAction *m_exportPdf;
    QAction *m_find;
    QString m_articleKey;
    struct PendingCitation
    {
        QString articleKey;
        QString lang;
        int paragraph = -1;
        QString printed;
    };
    PendingCitation m_pending; ///< a citation waiting for its article to be imported
    PendingCitation m_shown;   ///< the citation last shown
};

} // namespace tigerscope
