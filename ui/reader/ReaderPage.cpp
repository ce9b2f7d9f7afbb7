#include "ReaderPage.h"

#include "AlignedParagraphModel.h"
#include "AlignmentCorrectionController.h"
#include "AlignmentExportActions.h"
#include "AppContext.h"
#include "ArticleLibraryModel.h"
#include "ArticleRepository.h"
#include "ArticleSourceBar.h"
#include "CitationLocator.h"
#include "CitationReferencePanel.h"
#include "Database.h"
#include "EntityLexicon.h"
#include "EntityPanel.h"
#include "Labels.h"
#include "LanguageManager.h"
#include "LibraryPanel.h"
#include "ParagraphView.h"
#include "ReaderCopy.h"
#include "ReaderExport.h"
#include "ReaderSearchController.h"
#include "ReaderSearchPanel.h"
#include "ReaderSuggestions.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StatusNotice.h"
#include "SuggestedFiguresPanel.h"
#include "TextAndToolTip.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QString modeKey(ReaderMode mode)
{
    switch (mode) {
    case ReaderMode::SideBySide: return u"side-by-side"_s;
    case ReaderMode::Interleaved: return u"interleaved"_s;
    case ReaderMode::OneLanguage: return u"one-language"_s;
    }
    return {};
}

ReaderMode modeFromKey(const QString &key)
{
    if (key == "interleaved"_L1)
        return ReaderMode::Interleaved;
    if (key == "one-language"_L1)
        return ReaderMode::OneLanguage;
    return ReaderMode::SideBySide;
}

} // namespace

ReaderPage::ReaderPage(AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_lexicon(std::make_unique<EntityLexicon>(EntityLexicon::load(context.database().connection())))
    , m_model(new AlignedParagraphModel(this))
    , m_library(new ArticleLibraryModel(context.database(), this))
    , m_view(new ParagraphView(*m_model, *m_lexicon, this))
    , m_libraryPanel(new LibraryPanel(*m_library, this))
    , m_search(new ReaderSearchPanel(context.database(), *m_library, *m_lexicon, this))
    , m_entities(new EntityPanel(*m_lexicon, this))
    , m_reference(new CitationReferencePanel(this))
    , m_suggestions(new ReaderSuggestions(context, *m_view, this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_coverage(new QLabel(this))
    , m_sourceBar(new ArticleSourceBar(this))
    , m_toolBar(new QToolBar(this))
    , m_languageChoice(new QComboBox(this))
    , m_corrections(new AlignmentCorrectionController(context.database(), *m_model, *m_view, *this))
    , m_alignmentExport(new AlignmentExportActions(*m_model, context.settings(), *this))
    , m_searchController(new ReaderSearchController(*m_search, *this))
    , m_copier(new ReaderCopy(context, *m_model, *m_library, *m_view))
{
    setObjectName(u"readerPage"_s);
    m_library->setLanguage(context.language());
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_title->setObjectName(u"readerTitle"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_coverage->setObjectName(u"coverageBadge"_s);
    m_coverage->setStyleSheet(u"QLabel#coverageBadge { background: #e6f4e1; color: #24521b; border: 1px solid #b9dcae; "
                              "border-radius: 9px; padding: 1px 8px; }"_s);
    m_coverage->hide();

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_reference);

    buildToolBar();

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(4);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_coverage, 0, Qt::AlignTop);
    centerLayout->addLayout(titleRow);
    centerLayout->addWidget(m_sourceBar);
    centerLayout->addWidget(m_stack, 1);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_libraryPanel);
    left->addWidget(m_search);
    left->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"readerSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(center);
    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_entities);
    right->addWidget(m_suggestions->panel());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(1, false);
    splitter->setSizes({270, 800, 200});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    // Across the whole page, not over the text alone: at the window's usual widths every tool fits.
    layout->addWidget(m_toolBar);
    layout->addWidget(splitter);

    const Settings &settings = context.settings();
    const ReaderMode mode = modeFromKey(settings.value(SettingKeys::ReaderMode));
    m_view->setMode(mode);
    m_view->setLanguage(settings.value(SettingKeys::ReaderLanguage) == "en"_L1 ? u"en"_s : u"zh"_s);
    const qreal size = settings.value(SettingKeys::ReaderPointSize);
    if (size > 0)
        m_view->zoomBy(int(std::lround(std::log(size / ParagraphView::DefaultPointSize) / std::log(1.1))));
    showHideChrome();
    // The setting is the one place the choice lives: the page shows whatever sets it.
    connect(&context.settings(), &Settings::changed, this, [this](const QString &key) {
        if (key == SettingKeys::ReaderHideChrome.key())
            showHideChrome();
    });

    connect(m_libraryPanel, &LibraryPanel::articleActivated, this, [this](qint64 id) { openArticle(id); });
    connect(m_libraryPanel, &LibraryPanel::removeRequested, this, &ReaderPage::removeArticle);
    connect(m_libraryPanel, &LibraryPanel::importRequested, this, &ReaderPage::importRequested);
    connect(m_reference, &CitationReferencePanel::importRequested, this, &ReaderPage::importRequested);
    connect(m_view, &ParagraphView::entityActivated, this, [this](bool company, const QString &id) {
        if (company)
            Q_EMIT m_context.companyRequested(id);
    });
    connect(m_view, &ParagraphView::copyParagraphRequested, m_copier, &ReaderCopy::copyParagraph);
    connect(m_corrections, &AlignmentCorrectionController::alignmentChanged, this, [this] {
        updateCitedFigures();
        m_view->rebuild();
        if (!m_view->citation().isEmpty() && !m_shown.articleKey.isEmpty()) // its counterpart may have moved
            m_view->showCitation(CitationLocator(m_context.database().connection(), *m_model)
                                     .locate(m_shown.articleKey, m_shown.lang, m_shown.paragraph, m_shown.printed));
        updateCoverage();
    });
    connect(m_corrections, &AlignmentCorrectionController::failed, this,
            [this](const QString &error) { QMessageBox::warning(this, tr("Reader"), error); });
    connect(m_sourceBar, &ArticleSourceBar::chromeRequested, this, &ReaderPage::setSelectedParagraphChrome);
    connect(m_entities, &EntityPanel::companyActivated, this,
            [this](const QString &id) { Q_EMIT m_context.companyRequested(id); });
    connect(&context, &AppContext::dataChanged, this, &ReaderPage::reloadLibrary);
    connect(&context.languages(), &LanguageManager::languageChanged, this, [this](Language language) {
        m_library->setLanguage(language);
        m_entities->count(*m_model, language);
        if (currentArticle() >= 0)
            openArticle(currentArticle());
    });

    retranslate();
    m_stack->setCurrentWidget(m_placeholder);
    if (m_library->rowCount() > 0)
        openArticle(m_library->article(m_library->rowCount() - 1).id); // the latest import
}

ReaderPage::~ReaderPage() = default;

void ReaderPage::buildToolBar()
{
    m_toolBar->setObjectName(u"readerToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->setIconSize(QSize(16, 16));
    m_modeGroup = new QActionGroup(this);
    auto addMode = [this](ReaderMode mode, Qt::Key key) {
        QAction *action = m_toolBar->addAction(QString());
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::ALT | key));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_modeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
        addAction(action);
        return action;
    };
    m_sideBySide = addMode(ReaderMode::SideBySide, Qt::Key_1);
    m_interleaved = addMode(ReaderMode::Interleaved, Qt::Key_2);
    m_oneLanguage = addMode(ReaderMode::OneLanguage, Qt::Key_3);
    m_languageChoice->setObjectName(u"readerLanguage"_s);
    m_languageChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_languageChoice->addItem(QString(), u"zh"_s);
    m_languageChoice->addItem(QString(), u"en"_s);
    m_toolBar->addWidget(m_languageChoice);
    connect(m_languageChoice, &QComboBox::activated, this,
            [this] { setLanguage(m_languageChoice->currentData().toString()); });
    m_hideChrome = m_toolBar->addAction(QString());
    m_hideChrome->setObjectName(u"hideChromeAction"_s);
    m_hideChrome->setCheckable(true);
    connect(m_hideChrome, &QAction::toggled, this, &ReaderPage::setHideChrome);
    m_toolBar->addSeparator();

    auto addTool = [this](const QKeySequence &shortcut, auto slot) {
        QAction *action = m_toolBar->addAction(QString());
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        QWidget::addAction(action);
        return action;
    };
    m_zoomOut = addTool(QKeySequence::ZoomOut, [this] {
        m_view->zoomBy(-1);
        saveSettings();
    });
    m_zoomIn = addTool(QKeySequence::ZoomIn, [this] {
        m_view->zoomBy(1);
        saveSettings();
    });
    m_zoomReset = addTool(QKeySequence(Qt::CTRL | Qt::Key_0), [this] {
        m_view->resetZoom();
        saveSettings();
    });
    // Ctrl+= as well: on most keyboards "+" needs Shift.
    auto *zoomInAlias = new QAction(this);
    zoomInAlias->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Equal));
    zoomInAlias->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(zoomInAlias, &QAction::triggered, m_zoomIn, &QAction::trigger);
    QWidget::addAction(zoomInAlias);
    m_toolBar->addSeparator();
    m_copy = addTool(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { m_copier->copyShownParagraph(); });
    m_exportPdf = addTool(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), [this] { chooseExportPdf(); });
    m_toolBar->addSeparator();
    m_corrections->menu()->addSeparator();
    m_corrections->menu()->addMenu(m_alignmentExport->menu());
    m_toolBar->addAction(m_corrections->menu()->menuAction());
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_corrections->menu()->menuAction())))
        button->setPopupMode(QToolButton::InstantPopup);
    m_find = new QAction(this);
    m_find->setShortcut(QKeySequence::Find);
    m_find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_find, &QAction::triggered, this, [this] {
        m_search->edit()->setFocus();
        m_search->edit()->selectAll();
    });
    QWidget::addAction(m_find);
    // F3 and Shift+F3 step through the hits wherever the focus is on the page.
    QWidget::addActions({m_search->previousAction(), m_search->nextAction()});
}

void ReaderPage::retranslate()
{
    setTextAndToolTip(m_sideBySide, tr("Side by Side"), tr("中文 | English in aligned rows (Alt+1)"));
    setTextAndToolTip(m_interleaved, tr("Interleaved"), tr("Each paragraph followed by its translation (Alt+2)"));
    setTextAndToolTip(m_oneLanguage, tr("One Language"), tr("Only the language chosen beside (Alt+3)"));
    m_languageChoice->setItemText(0, tr("Chinese"));
    m_languageChoice->setItemText(1, tr("English"));
    // A crowded toolbar squeezes widgets to their minimum, which QComboBox does not update.
    m_languageChoice->setMinimumWidth(m_languageChoice->sizeHint().width());
    m_languageChoice->setToolTip(tr("The language shown in One Language mode"));
    setTextAndToolTip(
        m_hideChrome, tr("Hide Page Furniture"),
        tr("Hide what is not article text: comment and view counters and the lines marked as page furniture"));
    setTextAndToolTip(m_zoomOut, tr("A−"), tr("Smaller text (Ctrl+−)"));
    setTextAndToolTip(m_zoomIn, tr("A+"), tr("Larger text (Ctrl++)"));
    setTextAndToolTip(m_zoomReset, tr("A"), tr("Default text size (Ctrl+0)"));
    setTextAndToolTip(m_copy, tr("Copy ¶"), tr("Copy the selected paragraph with its citation (Ctrl+Shift+C)"));
    setTextAndToolTip(m_exportPdf, tr("Export PDF…"), tr("Save the article as shown as a PDF file (Ctrl+Shift+E)"));
    m_corrections->retranslate();
    m_alignmentExport->retranslate();
    m_corrections->menu()->menuAction()->setToolTip(
        tr("Correct the alignment of the selected paragraph's bead (F8: next uncertain bead), or export it"));
    m_placeholder->setText(m_library->rowCount() == 0
                               ? tr("No article imported yet.\nUse File ▸ Import Article… (Ctrl+I) to add one.")
                               : tr("Choose an article in the library."));
    updateCoverage();
    updateLanguageChoice();
}

void ReaderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_entities->retranslate();
        if (currentArticle() >= 0) {
            m_view->rebuild();              // labels inside the text are translated
            m_searchController->showHits(); // and the hit shown stays in view
        }
    }
    QWidget::changeEvent(event);
}

qint64 ReaderPage::currentArticle() const
{
    return m_model->articleId();
}

bool ReaderPage::isShowingReference() const
{
    return m_stack->currentWidget() == m_reference;
}

bool ReaderPage::openArticle(qint64 articleId)
{
    const StoredArticle article = ArticleStore::article(articleId, m_context.database());
    if (article.id < 0)
        return false;
    m_articleKey = article.articleKey;
    m_model->load(articleId, m_context.database());
    updateCitedFigures();
    m_view->showCitation({});
    m_view->rebuild();
    m_suggestions->load(articleId);
    m_view->verticalScrollBar()->setValue(0);
    m_entities->count(*m_model, m_context.language());
    m_search->setCurrentArticle(articleId);
    m_libraryPanel->selectArticle(articleId);

    const int row = m_library->rowOf(articleId);
    QStringList heading;
    for (int column :
         {ArticleLibraryModel::TitleColumn, ArticleLibraryModel::OutletColumn, ArticleLibraryModel::PublishedColumn}) {
        const QString text = row >= 0 ? m_library->data(m_library->index(row, column)).toString() : QString();
        if (!text.isEmpty())
            heading << text;
    }
    m_title->setText(heading.join(u" · "_s));
    m_title->show();
    m_sourceBar->setArticle(article, m_context.language());
    m_stack->setCurrentWidget(m_view);
    updateCoverage();
    updateLanguageChoice();
    m_searchController->showHits();
    return true;
}

void ReaderPage::openCitation(const QString &articleKey, const QString &lang, int paragraph, const QString &printed)
{
    const qint64 articleId = ArticleStore::importedArticleFor(articleKey, m_context.database());
    if (articleId < 0) {
        m_pending = {articleKey, lang, paragraph, printed};
        m_reference->setCitation(ArticleRepository(m_context.database().connection()).article(articleKey), lang,
                                 paragraph, printed);
        m_model->clear();
        m_title->hide();
        m_sourceBar->clear();
        m_coverage->hide();
        m_libraryPanel->selectArticle(-1);
        m_stack->setCurrentWidget(m_reference);
        return;
    }
    m_pending = {};
    if (articleId != currentArticle() || !m_stack->currentWidget() || m_stack->currentWidget() != m_view)
        openArticle(articleId);
    // In one-language mode, show the language the citation is in.
    const bool switched = mode() == ReaderMode::OneLanguage && m_view->language() != lang;
    if (mode() == ReaderMode::OneLanguage)
        setLanguage(lang);
    m_shown = {articleKey, lang, paragraph, printed};
    const CitationLocator locator(m_context.database().connection(), *m_model);
    m_view->showCitation(locator.locate(articleKey, lang, paragraph, printed));
    const QString modeName = m_modeGroup->checkedAction() ? m_modeGroup->checkedAction()->text() : QString();
    StatusNotice::show(
        this,
        switched
            ? tr("Citation opened in %1 mode, switched to the %2 text it cites").arg(modeName, Labels::language(lang))
            : tr("Citation opened, the reader stays in %1 mode").arg(modeName));
}

void ReaderPage::updateCitedFigures()
{
    // The counterpart of a cited figure is found through the beads: corrected beads move it.
    const CitationLocator locator(m_context.database().connection(), *m_model);
    m_view->setCitedFigures(m_articleKey.isEmpty() ? QList<ParagraphSpan>() : locator.citedFigures(m_articleKey));
}

void ReaderPage::setMode(ReaderMode mode)
{
    m_view->setMode(mode);
    (mode == ReaderMode::SideBySide        ? m_sideBySide
         : mode == ReaderMode::Interleaved ? m_interleaved
                                           : m_oneLanguage)
        ->setChecked(true);
    updateLanguageChoice();
    saveSettings();
}

ReaderMode ReaderPage::mode() const
{
    return m_view->mode();
}

void ReaderPage::setLanguage(const QString &lang)
{
    m_view->setLanguage(lang);
    updateLanguageChoice();
    saveSettings();
}

void ReaderPage::setHideChrome(bool hide)
{
    m_context.settings().setValue(SettingKeys::ReaderHideChrome, hide); // showHideChrome follows
}

void ReaderPage::showHideChrome()
{
    const bool hide = m_context.settings().value(SettingKeys::ReaderHideChrome);
    m_hideChrome->setChecked(hide);
    m_view->setHideChrome(hide);
    m_search->setIncludeChrome(!hide);
}

void ReaderPage::updateLanguageChoice()
{
    const ReaderMode current = mode();
    (current == ReaderMode::SideBySide        ? m_sideBySide
         : current == ReaderMode::Interleaved ? m_interleaved
                                              : m_oneLanguage)
        ->setChecked(true);
    m_languageChoice->setCurrentIndex(m_view->language() == "en"_L1 ? 1 : 0);
    m_languageChoice->setEnabled(current == ReaderMode::OneLanguage);
    const bool bilingual = !m_model->paragraphs(u"zh"_s).isEmpty() && !m_model->paragraphs(u"en"_s).isEmpty();
    m_corrections->setAvailable(bilingual && current != ReaderMode::OneLanguage);
    m_alignmentExport->setAvailable(bilingual, m_title->text());
}

void ReaderPage::updateCoverage()
{
    const bool bilingual = !m_model->paragraphs(u"zh"_s).isEmpty() && !m_model->paragraphs(u"en"_s).isEmpty();
    m_coverage->setVisible(bilingual && m_stack->currentWidget() == m_view);
    if (!bilingual)
        return;
    m_coverage->setText(m_model->coverageText());
    m_coverage->setToolTip(tr("%1 of %2 Chinese and %3 of %4 English paragraphs have a counterpart; the others exist "
                              "in one language only.")
                               .arg(m_model->pairedCount(u"zh"_s))
                               .arg(m_model->paragraphs(u"zh"_s).size())
                               .arg(m_model->pairedCount(u"en"_s))
                               .arg(m_model->paragraphs(u"en"_s).size()));
}

void ReaderPage::reloadLibrary()
{
    const qint64 current = currentArticle();
    // In place: the view and the panel refer to this lexicon.
    *m_lexicon = EntityLexicon::load(m_context.database().connection());
    m_library->reload();
    retranslate();
    if (!m_pending.articleKey.isEmpty()) {
        const PendingCitation pending = m_pending;
        openCitation(pending.articleKey, pending.lang, pending.paragraph, pending.printed);
        return;
    }
    if (current >= 0 && m_library->rowOf(current) >= 0) {
        openArticle(current);
    } else if (m_library->rowCount() > 0) {
        openArticle(m_library->article(m_library->rowCount() - 1).id);
    } else {
        m_model->clear();
        m_title->hide();
        m_sourceBar->clear();
        m_coverage->hide();
        m_stack->setCurrentWidget(m_placeholder);
    }
}

void ReaderPage::removeArticle(qint64 articleId)
{
    const int row = m_library->rowOf(articleId);
    if (row < 0)
        return;
    const QString title = m_library->data(m_library->index(row, ArticleLibraryModel::TitleColumn)).toString();
    QMessageBox confirm(QMessageBox::Question, tr("Remove Article"),
                        tr("Remove “%1” from your library? Citations of it will show its reference until you import it "
                           "again.")
                            .arg(title),
                        QMessageBox::Cancel, this);
    confirm.setTextFormat(Qt::PlainText);
    QPushButton *remove = confirm.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != remove)
        return;
    QString error;
    if (!ArticleStore::removeArticle(articleId, m_context.database(), &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Remove Article"), error, QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
        return;
    }
    if (currentArticle() == articleId)
        m_model->clear();
    Q_EMIT m_context.dataChanged();
}

QString ReaderPage::paragraphWithCitation(const QString &lang, int index) const
{
    return m_copier->paragraphWithCitation(lang, index);
}

void ReaderPage::setSelectedParagraphChrome(bool chrome)
{
    const ParagraphRange selected = m_view->selectedParagraph();
    const qint64 articleId = currentArticle();
    if (selected.index < 0 || articleId < 0) {
        QMessageBox::information(this, tr("Reader"), tr("Click a paragraph first, then choose what it is."));
        return;
    }
    QString error;
    if (!ArticleStore::setChrome(articleId, selected.lang, selected.index, chrome, m_context.database(), &error)) {
        QMessageBox::information(this, tr("Reader"), error);
        return;
    }
    const int scroll = m_view->verticalScrollBar()->value();
    m_model->load(articleId, m_context.database());
    m_view->rebuild();
    m_view->selectParagraph(selected.lang, selected.index);
    m_view->verticalScrollBar()->setValue(scroll);
    updateCoverage();
}

bool ReaderPage::exportPdf(const QString &path, QString *error)
{
    return ReaderExport::writePdf(*m_view->document(), m_title->text(), path, error);
}

QString ReaderPage::suggestedPdfFileName() const
{
    return ReaderExport::baseName(m_title->text()) + u".pdf"_s;
}

void ReaderPage::chooseExportPdf()
{
    if (currentArticle() < 0)
        return;
    const QString path = ReaderExport::choosePath(m_context.settings(), this, tr("Export PDF"), suggestedPdfFileName(),
                                                  tr("PDF files (*.pdf)"));
    QString error;
    if (!path.isEmpty() && !exportPdf(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export PDF"), tr("Cannot write %1: %2").arg(path, error),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

void ReaderPage::saveSettings() const
{
    Settings &settings = m_context.settings();
    settings.setValue(SettingKeys::ReaderMode, modeKey(mode()));
    settings.setValue(SettingKeys::ReaderLanguage, m_view->language());
    settings.setValue(SettingKeys::ReaderPointSize, m_view->pointSize());
}

} // namespace tigerscope
