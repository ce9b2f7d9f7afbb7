// The reader's suggested figures offscreen, with the seeds imported into a temporary data folder:
// figures marked in the text, the card a click opens (recorded or suggested), Add as figure (one
// click opens the dialog filled in, a second saves it, undo removes it), a text selection, the
// Suggested figures panel's accept and dismiss (kept), and the figure dialog's reading of printed
// values and its mismatch warning.
#include "AppContext.h"
#include "ArticleParser.h"
#include "ArticleStore.h"
#include "Database.h"
#include "DatasetExporter.h"
#include "FigureConflicts.h"
#include "LanguageManager.h"
#include "MetricChartBuilder.h"
#include "ObservationTableModel.h"
#include "Settings.h"
#include "SuggestionListModel.h"
#include "TestSupport.h"
#include "UserDataStore.h"
#include "explore/CompanyPage.h"
#include "explore/ConflictList.h"
#include "explore/EventDialog.h"
#include "explore/ObservationDialog.h"
#include "explore/UserDataController.h"
#include "reader/ArticleSuggestions.h"
#include "reader/EventCard.h"
#include "reader/FigureCard.h"
#include "reader/ParagraphView.h"
#include "reader/ReaderPage.h"
#include "reader/ReaderSuggestions.h"
#include "reader/SuggestedFiguresPanel.h"
#include "reader/SuggestionMarker.h"

#include <gtest/gtest.h>

#include <iostream>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class SuggestReaderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_database = Database::open({m_dir.path(), {}, true}, &error);
        ASSERT_TRUE(m_database) << error.toStdString();
        m_context = std::make_unique<AppContext>(*m_database, m_languages,
                                                 std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s)));
    }

    qint64 importSeed(const QString &prefix)
    {
        const QString path = testsupport::seedPath(prefix);
        if (path.isEmpty())
            return -1;
        const ParseResult parsed = ArticleParser::parseFile(path);
        if (!parsed.ok())
            return -1;
        return ArticleStore::importArticle(*parsed.article, *m_database).articleId;
    }

    /// Imports a seed and opens the reader on it; false (test skipped) without the seeds.
    bool openSeed(const QString &prefix = u"003"_s)
    {
        m_article = importSeed(prefix);
        if (m_article < 0)
            return false;
        m_page = std::make_unique<ReaderPage>(*m_context);
        m_page->resize(1400, 900);
        m_page->show();
        EXPECT_TRUE(m_page->openArticle(m_article));
        m_page->setMode(ReaderMode::SideBySide);
        QCoreApplication::processEvents();
        return true;
    }

    int userFigures()
    {
        QSqlQuery query(m_database->connection());
        query.exec(u"SELECT count(*) FROM main.observations"_s);
        query.next();
        return query.value(0).toInt();
    }

    /// Clicks OK in the next modal figure dialog, once it is open.
    static void acceptNextDialog(bool *seen, ObservationRecord *shown)
    {
        QTimer::singleShot(0, [seen, shown] {
            auto *dialog = qobject_cast<ObservationDialog *>(QApplication::activeModalWidget());
            ASSERT_TRUE(dialog);
            *seen = true;
            *shown = dialog->record();
            dialog->accept();
        });
    }

    /// Clicks the figure in the reader where it is printed.
    void clickFigure(const FigureSuggestion &s) { clickText(s.citation); }

    /// Clicks the text a citation points at, just inside its first character.
    void clickText(const PrintedFigure &printed)
    {
        ParagraphView *view = m_page->paragraphView();
        view->scrollToParagraph(printed.lang, printed.paragraph);
        QCoreApplication::processEvents();
        const ParagraphRange range = view->paragraphRange(printed.lang, printed.paragraph);
        QTextCursor cursor(view->document());
        cursor.setPosition(range.start + int(printed.start) + (printed.length > 1 ? 1 : 0));
        const QPoint point = view->cursorRect(cursor).center();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, point);
        QCoreApplication::processEvents();
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<ReaderPage> m_page;
    qint64 m_article = -1;
};

#define OPEN_SEED_OR_SKIP(...) \
    if (!openSeed(__VA_ARGS__)) { \
        if (qEnvironmentVariableIsSet("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seeds missing"; \
        GTEST_SKIP() << "seeds not found"; \
    }

const FigureSuggestion *findOpen(const QList<FigureSuggestion> &all, const QString &lang, int paragraph,
                                 const QString &printed)
{
    for (const FigureSuggestion &s : all) {
        if (s.citation.lang == lang && s.citation.paragraph == paragraph && s.citation.printed.contains(printed))
            return &s;
    }
    return nullptr;
}

/// A widget's child by its objectName.
template<typename Child>
Child *child(const QObject *parent, const QString &name)
{
    Child *found = parent->findChild<Child *>(name);
    EXPECT_TRUE(found) << name.toStdString();
    return found;
}

} // namespace

// Seed 000: a recorded figure, and an open one with company and metric (seed 003 has none).
TEST_F(SuggestReaderTest, ClickingAFigureOpensItsCardAndAddsItInTwoClicks)
{
    OPEN_SEED_OR_SKIP(u"000"_s);
    ReaderSuggestions *reader = m_page->suggestions();
    EXPECT_GT(reader->marker()->markedCount(), 20);
    EXPECT_EQ(reader->marker()->markedCount(), reader->suggestions()->all().size());

    // A recorded figure: the card says what the dataset has, with its company, and offers no add.
    const FigureSuggestion *recorded = findOpen(reader->suggestions()->all(), u"en"_s, 45, u"244 days"_s);
    ASSERT_TRUE(recorded);
    clickFigure(*recorded);
    auto *card = child<FigureCard>(m_page.get(), u"figureCard"_s);
    ASSERT_TRUE(card->isVisible());
    EXPECT_TRUE(card->text().contains(u"Recorded"_s)) << card->text().toStdString();
    EXPECT_TRUE(card->text().contains(u"Days to reach 15 million daily active users"_s)) << card->text().toStdString();
    QPushButton *add = child<QPushButton>(card, u"addAsFigure"_s);
    EXPECT_FALSE(add->isVisible());
    EXPECT_TRUE(child<QPushButton>(card, u"openCompany"_s)->isVisible());
    card->hide();

    // A suggestion the dataset does not record: the card offers Add as figure; its first click
    // opens the dialog filled in, the dialog's OK saves it, and undo takes it back.
    const QList<FigureSuggestion> open = reader->suggestions()->open();
    const auto complete = std::find_if(open.cbegin(), open.cend(), [](const FigureSuggestion &s) {
        return !s.companyId.isEmpty() && !s.metricKey.isEmpty();
    });
    ASSERT_NE(complete, open.cend());
    const FigureSuggestion target = *complete;
    clickFigure(target);
    ASSERT_TRUE(card->isVisible());
    EXPECT_TRUE(card->text().contains(u"Suggested"_s)) << card->text().toStdString();
    ASSERT_TRUE(add->isVisible());

    const int before = userFigures();
    bool seen = false;
    ObservationRecord shown;
    acceptNextDialog(&seen, &shown);
    add->click();
    EXPECT_TRUE(seen);
    EXPECT_FALSE(card->isVisible());
    EXPECT_EQ(userFigures(), before + 1);
    QUndoStack *stack = m_context->userData().undoStack();
    EXPECT_EQ(stack->count(), 1);
    stack->undo();
    EXPECT_EQ(userFigures(), before);
}

TEST_F(SuggestReaderTest, OneClickAddSavesACompleteSuggestionWithItsCitations)
{
    OPEN_SEED_OR_SKIP(u"000"_s);
    ReaderSuggestions *reader = m_page->suggestions();
    // Pick a complete open suggestion (company and metric known) and add it through the card.
    const QList<FigureSuggestion> open = reader->suggestions()->open();
    const auto complete = std::find_if(open.cbegin(), open.cend(), [](const FigureSuggestion &s) {
        return !s.companyId.isEmpty() && !s.metricKey.isEmpty();
    });
    ASSERT_NE(complete, open.cend());
    const FigureSuggestion target = *complete;
    clickFigure(target);
    auto *card = child<FigureCard>(m_page.get(), u"figureCard"_s);
    ASSERT_TRUE(card->isVisible());
    const int before = userFigures();
    bool seen = false;
    ObservationRecord shown;
    acceptNextDialog(&seen, &shown);
    child<QPushButton>(card, u"addAsFigure"_s)->click();
    ASSERT_TRUE(seen);
    EXPECT_EQ(shown.companyId, target.companyId);
    EXPECT_EQ(shown.metricKey, target.metricKey);
    EXPECT_DOUBLE_EQ(shown.value, target.value);
    ASSERT_FALSE(shown.citations.isEmpty());
    EXPECT_EQ(shown.citations.first().articleKey, u"deepseek-per-capita"_s);
    EXPECT_EQ(shown.citations.first().paragraph, target.citation.paragraph);
    EXPECT_EQ(userFigures(), before + 1);
    // Now recorded: it leaves the panel's list.
    const auto isOpen = [&] {
        const QList<FigureSuggestion> now = reader->suggestions()->open();
        return std::any_of(now.cbegin(), now.cend(),
                           [&](const FigureSuggestion &s) { return s.key() == target.key(); });
    };
    EXPECT_FALSE(isOpen());
    m_context->userData().undoStack()->undo();
    EXPECT_EQ(userFigures(), before);
    EXPECT_TRUE(isOpen());
}

TEST_F(SuggestReaderTest, EventCuesAreMarkedAndAddedAsEventsInTwoClicks)
{
    OPEN_SEED_OR_SKIP();
    ReaderSuggestions *reader = m_page->suggestions();
    const QList<EventSuggestion> &events = reader->suggestions()->events();
    ASSERT_FALSE(events.isEmpty());
    EXPECT_EQ(reader->marker()->markedEventCount(), events.size());
    QStringList found;
    for (const EventSuggestion &e : events)
        found << u"%1 %2 %3 ¶%4 %5"_s.arg(e.kind, e.companyId, e.citation.lang)
                     .arg(e.citation.paragraph + 1)
                     .arg(e.citation.printed);
    std::cout << "event suggestions on seed 003:\n  " << found.join(u"\n  "_s).toStdString() << std::endl;

    // 百川智能的联合创始人焦可近期已正式离职: a departure at Baichuan, the cue 离职 marked.
    const auto departure = std::find_if(events.cbegin(), events.cend(), [](const EventSuggestion &e) {
        return e.kind == "departure"_L1 && e.companyId == "baichuan"_L1 && e.citation.lang == "zh"_L1
            && e.citation.paragraph == 16;
    });
    ASSERT_NE(departure, events.cend());
    const EventSuggestion target = *departure;
    clickText(target.citation);
    auto *card = child<EventCard>(m_page.get(), u"eventCard"_s);
    ASSERT_TRUE(card->isVisible());
    EXPECT_EQ(card->suggestion().key(), target.key());
    EXPECT_TRUE(card->text().contains(u"Departure"_s)) << card->text().toStdString();
    EXPECT_TRUE(card->text().contains(u"Paragraph 17"_s)) << "paragraphs a person sees count from 1";

    const auto userEvents = [&] {
        QSqlQuery query(m_database->connection());
        query.exec(u"SELECT count(*) FROM main.events"_s);
        query.next();
        return query.value(0).toInt();
    };
    const int before = userEvents();
    bool seen = false;
    EventRecord shown;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<EventDialog *>(QApplication::activeModalWidget());
        ASSERT_TRUE(dialog);
        seen = true;
        dialog->accept();
        shown = dialog->record();
    });
    child<QPushButton>(card, u"addAsEvent"_s)->click();
    ASSERT_TRUE(seen) << "Add as event opens the event dialog";
    EXPECT_FALSE(card->isVisible());
    EXPECT_EQ(shown.companyId, u"baichuan"_s);
    EXPECT_EQ(shown.kind, u"departure"_s);
    EXPECT_FALSE(shown.summaryZh.isEmpty()) << "filled in with the sentence that states it";
    ASSERT_EQ(shown.citations.size(), 1);
    EXPECT_EQ(shown.citations.first().articleKey, u"six-tigers-bat-2025"_s);
    EXPECT_EQ(shown.citations.first().lang, u"zh"_s);
    EXPECT_EQ(shown.citations.first().paragraph, 16);
    EXPECT_EQ(userEvents(), before + 1);
    m_context->userData().undoStack()->undo();
    EXPECT_EQ(userEvents(), before);

    // Dismissed, it is no longer marked, and stays so when the article is read again.
    clickText(target.citation);
    ASSERT_TRUE(card->isVisible());
    child<QPushButton>(card, u"dismissSuggestion"_s)->click();
    const auto stillThere = [&] {
        const QList<EventSuggestion> &now = reader->suggestions()->events();
        return std::any_of(now.cbegin(), now.cend(), [&](const EventSuggestion &e) { return e.key() == target.key(); });
    };
    EXPECT_FALSE(stillThere());
    EXPECT_EQ(reader->marker()->markedEventCount(), events.size());
    reader->load(m_article);
    EXPECT_FALSE(stillThere());
}

TEST_F(SuggestReaderTest, SelectingAFigureOffersTheSameCard)
{
    OPEN_SEED_OR_SKIP();
    ReaderSuggestions *reader = m_page->suggestions();
    const FigureSuggestion target = reader->suggestions()->open().first();
    ParagraphView *view = m_page->paragraphView();
    const ParagraphRange range = view->paragraphRange(target.citation.lang, target.citation.paragraph);
    QTextCursor cursor(view->document());
    cursor.setPosition(range.start + int(target.citation.start));
    cursor.setPosition(range.start + int(target.citation.start + target.citation.length), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
    QTest::qWait(500);
    auto *card = child<FigureCard>(m_page.get(), u"figureCard"_s);
    ASSERT_TRUE(card->isVisible());
    EXPECT_EQ(card->suggestion().key(), target.key());
}

TEST_F(SuggestReaderTest, ThePanelAcceptsAndDismissesForGood)
{
    // The per-capita article: the dataset records fewer of its figures.
    OPEN_SEED_OR_SKIP(u"000"_s);
    SuggestedFiguresPanel *panel = m_page->suggestions()->panel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int rows = panel->model()->rowCount();
    ASSERT_GT(rows, 3);
    EXPECT_EQ(rows, m_page->suggestions()->suggestions()->open().size());

    // Dismiss the first: gone now, and gone for a new reader of the same data.
    auto *view = child<QTableView>(panel, u"suggestedFiguresTable"_s);
    view->selectRow(0);
    const QString dismissed = panel->model()->suggestion(0).key();
    child<QPushButton>(panel, u"dismissSuggestion"_s)->click();
    EXPECT_EQ(panel->model()->rowCount(), rows - 1);
    ArticleSuggestions again(*m_context);
    again.load(m_article);
    const QList<FigureSuggestion> stillOpen = again.open();
    EXPECT_FALSE(std::any_of(stillOpen.cbegin(), stillOpen.cend(),
                             [&](const FigureSuggestion &s) { return s.key() == dismissed; }));

    // Accept a complete one: saved at once, undoably.
    int row = -1;
    for (int r = 0; r < panel->model()->rowCount(); ++r) {
        const FigureSuggestion &s = panel->model()->suggestion(r);
        if (!s.companyId.isEmpty() && !s.metricKey.isEmpty()) {
            row = r;
            break;
        }
    }
    ASSERT_GE(row, 0);
    view->selectRow(row);
    const int before = userFigures();
    const int shownBefore = panel->model()->rowCount();
    child<QPushButton>(panel, u"acceptSuggestion"_s)->click();
    EXPECT_EQ(userFigures(), before + 1);
    EXPECT_EQ(panel->model()->rowCount(), shownBefore - 1);
    m_context->userData().undoStack()->undo();
    EXPECT_EQ(userFigures(), before);
    EXPECT_EQ(panel->model()->rowCount(), shownBefore);
}

TEST(ObservationDialogTest, ReadsPrintedValuesAndWarnsOnAMismatch)
{
    double value = 0.0;
    EXPECT_TRUE(ObservationDialog::parseNumber(u"15亿"_s, &value));
    EXPECT_DOUBLE_EQ(value, 1.5e9);
    EXPECT_TRUE(ObservationDialog::parseNumber(u"1.5 billion"_s, &value));
    EXPECT_DOUBLE_EQ(value, 1.5e9);
    EXPECT_TRUE(ObservationDialog::parseNumber(u"70万"_s, &value));
    EXPECT_DOUBLE_EQ(value, 7e5);
    EXPECT_TRUE(ObservationDialog::parseNumber(u"45%"_s, &value));
    EXPECT_DOUBLE_EQ(value, 45);
    EXPECT_TRUE(ObservationDialog::parseNumber(u"45%"_s, &value, u"ratio"_s));
    EXPECT_DOUBLE_EQ(value, 0.45);
    EXPECT_TRUE(ObservationDialog::parseNumber(u"1,500,000,000"_s, &value));
    EXPECT_DOUBLE_EQ(value, 1.5e9);
    EXPECT_TRUE(ObservationDialog::parseNumber(u"1.5e9"_s, &value));
    EXPECT_FALSE(ObservationDialog::parseNumber(u"about"_s, &value));
    EXPECT_FALSE(ObservationDialog::parseNumber(u"15亿 and 30亿"_s, &value));

    QTemporaryDir dir;
    QString error;
    auto database = Database::open({dir.path(), {}, true}, &error);
    ASSERT_TRUE(database) << error.toStdString();
    LanguageManager languages;
    AppContext context(*database, languages, std::make_unique<Settings>(dir.filePath(u"settings.ini"_s)));
    ObservationRecord record;
    record.companyId = u"zhipu"_s;
    record.metricKey = u"valuation"_s;
    record.value = 1.5e9;
    record.currency = u"CNY"_s;
    CitationRecord citation;
    citation.articleKey = u"six-tigers-bat-2025"_s;
    citation.lang = u"zh"_s;
    citation.paragraph = 3;
    citation.printed = u"200亿"_s;
    record.citations = {citation};
    // 1.5 billion citing a paragraph that prints 200亿: warned.
    const ObservationDialog wrong(context, record);
    EXPECT_TRUE(wrong.mismatchWarning().contains(u"200亿"_s)) << wrong.mismatchWarning().toStdString();
    record.value = 2e10;
    const ObservationDialog right(context, record);
    EXPECT_TRUE(right.mismatchWarning().isEmpty()) << right.mismatchWarning().toStdString();
    // A date or a phrase cited beside the figure is not a mismatch.
    citation.printed = u"2024年底"_s;
    record.citations.append(citation);
    const ObservationDialog withDate(context, record);
    EXPECT_TRUE(withDate.mismatchWarning().isEmpty());
}

TEST(FigureConflictTest, TwoUndatedFiguresThatDisagreeConflict)
{
    // Neither says when it held: a chart would show one of them only, so they are a conflict too.
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QString error;
    auto database = Database::open({dir.path(), {}, true}, &error);
    ASSERT_TRUE(database) << error.toStdString();
    UserDataStore store(*database);
    QList<qint64> ids;
    for (const auto &[value, source] :
         {std::pair{1e8, u"https://example.org/a"_s}, {9e8, u"https://example.org/b"_s}}) {
        ObservationRecord figure;
        figure.companyId = u"moonshot"_s;
        figure.metricKey = u"valuation"_s;
        figure.value = value;
        figure.currency = u"USD"_s;
        CitationRecord reference;
        reference.reference = source;
        figure.citations = {reference};
        ASSERT_TRUE(store.addObservation(&figure, &error)) << error.toStdString();
        ids << figure.id;
    }
    const QList<FigureConflict> conflicts
        = FigureConflicts::find(database->connection(), Language::English, u"moonshot"_s);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(FigureConflicts::ids(conflicts), (QSet<qint64>{ids.at(0), ids.at(1)}));
    EXPECT_FALSE(conflicts.first().asOf.isValid());
}

TEST(FigureConflictTest, TwoValuationsFromTwoSourcesAreShownSideBySide)
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QString error;
    auto database = Database::open({dir.path(), {}, true}, &error);
    ASSERT_TRUE(database) << error.toStdString();
    QSqlDatabase db = database->connection();
    EXPECT_TRUE(FigureConflicts::find(db, Language::English).isEmpty()) << "the shipped dataset agrees with itself";

    // Zhipu's end-2024 valuation: 200亿 in the article, 250亿 from another source the user cites.
    UserDataStore store(*database);
    ObservationRecord other;
    other.companyId = u"zhipu"_s;
    other.metricKey = u"valuation"_s;
    other.value = 2.5e10;
    other.currency = u"CNY"_s;
    other.asOf = PartialDate::parse(u"2024-Q4"_s);
    CitationRecord reference;
    reference.reference = u"https://example.org/zhipu-valuation"_s;
    other.citations = {reference};
    ASSERT_TRUE(store.addObservation(&other, &error)) << error.toStdString();

    const QList<FigureConflict> conflicts = FigureConflicts::find(db, Language::English, u"zhipu"_s);
    ASSERT_EQ(conflicts.size(), 1);
    ASSERT_EQ(conflicts.first().figures.size(), 2);
    EXPECT_EQ(FigureConflicts::ids(conflicts), (QSet<qint64>{3, other.id}));
    EXPECT_TRUE(conflicts.first().figures.at(0).sources.contains(u"Post DeepSeek Era"_s))
        << "sources show the article's title";
    EXPECT_TRUE(conflicts.first().figures.at(1).sources.contains(u"example.org"_s));

    // The chart: both values for Zhipu, both marked, whichever is the one the chart shows first.
    const ChartSpec spec = MetricChartBuilder::build(db, u"valuation"_s, {}, Language::English);
    QList<double> zhipuValues;
    for (const ChartSeries &series : spec.series) {
        for (const ChartPoint &point : series.points) {
            if (point.categoryId == "zhipu"_L1 && point.hasValue()) {
                zhipuValues << point.value;
                EXPECT_TRUE(point.conflicting);
                EXPECT_EQ(point.usersOwn, point.value == 2.5e10) << "the user's figure is marked as the user's";
            } else if (point.hasValue()) {
                EXPECT_FALSE(point.conflicting) << point.categoryId.toStdString();
            }
        }
    }
    std::sort(zhipuValues.begin(), zhipuValues.end());
    EXPECT_EQ(zhipuValues, (QList<double>{2e10, 2.5e10}));
    // Each drawn point's tooltip names the other figure's source, both ways, and the renderer is
    // told what to write beside a marked value.
    QMap<double, QString> zhipuTooltips;
    for (const ChartSeries &series : spec.series) {
        for (const ChartPoint &point : series.points) {
            if (point.categoryId == "zhipu"_L1 && point.hasValue())
                zhipuTooltips.insert(point.value, point.tooltip);
        }
    }
    ASSERT_EQ(zhipuTooltips.size(), 2);
    for (const QString &tooltip : zhipuTooltips)
        EXPECT_TRUE(tooltip.contains(u"Another source gives a different value"_s)) << tooltip.toStdString();
    EXPECT_TRUE(zhipuTooltips.value(2e10).contains(u"25 billion"_s)) << zhipuTooltips.value(2e10).toStdString();
    EXPECT_TRUE(zhipuTooltips.value(2e10).contains(u"example.org"_s));
    EXPECT_TRUE(zhipuTooltips.value(2.5e10).contains(u"20 billion"_s)) << zhipuTooltips.value(2.5e10).toStdString();
    EXPECT_TRUE(zhipuTooltips.value(2.5e10).contains(u"Post DeepSeek Era"_s));
    EXPECT_FALSE(spec.conflictMark.isEmpty());
    EXPECT_FALSE(spec.usersOwnMark.isEmpty());

    // The figure table: both rows carry the mark, and each tooltip names the other and its source.
    ObservationTableModel table(db);
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::Fatal);
    table.setLanguage(Language::English);
    table.setCompanyFilter(u"zhipu"_s);
    table.setMetricFilter(u"valuation"_s);
    while (table.canFetchMore({}))
        table.fetchMore({});
    QMap<qint64, QString> tooltips;
    for (int row = 0; row < table.rowCount(); ++row) {
        const QModelIndex value = table.index(row, ObservationTableModel::ValueColumn);
        const qint64 id = table.observationId(row);
        const bool conflicting = id == 3 || id == other.id;
        EXPECT_EQ(value.data(ObservationTableModel::ConflictingRole).toBool(), conflicting) << id;
        EXPECT_EQ(value.data(Qt::DecorationRole).isValid(), conflicting) << id;
        if (conflicting)
            tooltips.insert(id, value.data(Qt::ToolTipRole).toString());
    }
    ASSERT_EQ(tooltips.size(), 2);
    EXPECT_TRUE(tooltips.value(3).contains(u"25 billion"_s)) << tooltips.value(3).toStdString();
    EXPECT_TRUE(tooltips.value(3).contains(u"example.org"_s));
    EXPECT_TRUE(tooltips.value(other.id).contains(u"20 billion"_s)) << tooltips.value(other.id).toStdString();
    EXPECT_TRUE(tooltips.value(other.id).contains(u"Post DeepSeek Era"_s));

    // The export: the user's figure is the user's, the shipped one the dataset's.
    const QJsonArray exported = DatasetExporter(db).toJson().value("observations"_L1).toArray();
    QMap<qint64, QString> origins;
    for (const QJsonValue &row : exported)
        origins.insert(row.toObject().value("id"_L1).toInteger(), row.toObject().value("origin"_L1).toString());
    EXPECT_EQ(origins.value(other.id), u"user"_s);
    EXPECT_EQ(origins.value(3), u"shipped"_s);

    // The company page: the two values side by side, each with its source.
    LanguageManager languages;
    AppContext context(*database, languages, std::make_unique<Settings>(dir.filePath(u"settings.ini"_s)));
    CompanyPage page(context);
    page.resize(1000, 700);
    page.show();
    page.setCompany(u"zhipu"_s);
    auto *list = page.findChild<ConflictList *>(u"conflictList"_s);
    ASSERT_NE(list, nullptr);
    ASSERT_TRUE(list->isVisible());
    ASSERT_EQ(list->conflictCount(), 1);
    QTreeWidgetItem *item = list->topLevelItem(0);
    EXPECT_TRUE(item->text(0).contains(u"Valuation"_s)) << item->text(0).toStdString();
    ASSERT_EQ(item->childCount(), 2);
    QStringList rows;
    for (int i = 0; i < item->childCount(); ++i)
        rows << item->child(i)->text(0) + u" | "_s + item->child(i)->text(1);
    EXPECT_TRUE(rows.join(u'\n').contains(u"20 billion"_s)) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows.join(u'\n').contains(u"25 billion"_s)) << rows.join(u'\n').toStdString();
    EXPECT_TRUE(rows.join(u'\n').contains(u"example.org"_s));

    // Without the user's figure nothing disagrees any more.
    ASSERT_TRUE(store.removeObservation(other.id, &error));
    page.setCompany(QString());
    page.setCompany(u"zhipu"_s);
    EXPECT_EQ(list->conflictCount(), 0);
    EXPECT_FALSE(list->isVisible());
}
