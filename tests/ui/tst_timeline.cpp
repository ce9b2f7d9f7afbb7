// The timeline offscreen over the shipped dataset: every event is drawn, the undated in a lane of
// their own that a click reaches, and a period is never drawn past the article that reports it.
#include "AppContext.h"
#include "Database.h"
#include "LanguageManager.h"
#include "Settings.h"
#include "explore/TimelinePage.h"
#include "explore/TimelineView.h"

#include <gtest/gtest.h>

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class TimelineTest : public ::testing::Test
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

    int count(const QString &sql) const
    {
        QSqlQuery query(m_database->connection());
        return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
    }

    QTemporaryDir m_dir;
    LanguageManager m_languages;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<AppContext> m_context;
};

} // namespace

TEST_F(TimelineTest, UndatedEventsHaveALaneOfTheirOwn)
{
    TimelinePage page(*m_context);
    page.resize(1400, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<TimelineView *>(u"timelineView"_s);
    ASSERT_NE(view, nullptr);
    const auto &events = view->events();
    ASSERT_EQ(events.size(), count(u"SELECT count(*) FROM all_events"_s)) << "no event is left out";
    const int undated = count(u"SELECT count(*) FROM all_events WHERE date IS NULL"_s);
    ASSERT_GT(undated, 0);

    double lowestDated = 0;
    double highestUndated = 1e9;
    int firstUndated = -1;
    for (int i = 0; i < events.size(); ++i) {
        const QRectF r = view->eventRect(i);
        EXPECT_TRUE(QRectF(view->rect()).contains(r)) << "event " << events.at(i).id << " is on screen";
        if (events.at(i).isDated()) {
            lowestDated = std::max(lowestDated, r.bottom());
        } else {
            highestUndated = std::min(highestUndated, r.top());
            if (firstUndated < 0)
                firstUndated = i;
        }
    }
    EXPECT_GT(highestUndated, lowestDated) << "the undated lane lies below every company's lane";

    QSignalSpy selected(view, &TimelineView::eventSelected);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->eventRect(firstUndated).center().toPoint());
    ASSERT_EQ(selected.count(), 1);
    EXPECT_EQ(selected.first().first().toLongLong(), events.at(firstUndated).id);
}

TEST_F(TimelineTest, AYearIsNeverDrawnPastTheArticleThatReportsIt)
{
    TimelinePage page(*m_context);
    page.resize(1400, 900);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    const QDate published(2025, 3, 26); // the New Entropy article's date (resources/data/articles.json)
    // Events reported by that article; one only the undated article reports keeps its whole year.
    QSet<qint64> reportedByIt;
    QSqlQuery query(m_database->connection());
    ASSERT_TRUE(query.exec(u"SELECT event_id FROM all_citations ci JOIN all_articles a ON a.key = ci.article_key "
                           "WHERE ci.event_id IS NOT NULL AND a.published = '2025-03-26'"_s));
    while (query.next())
        reportedByIt.insert(query.value(0).toLongLong());
    int checked = 0;
    auto *view = page.findChild<TimelineView *>(u"timelineView"_s);
    ASSERT_NE(view, nullptr);
    const auto &events = view->events();
    for (int i = 0; i < events.size(); ++i) {
        const TimelineEvent &event = events.at(i);
        if (event.precision != "year"_L1 || event.start.year() != 2025 || !reportedByIt.contains(event.id))
            continue;
        ++checked;
        EXPECT_EQ(event.end, published) << event.id;
        EXPECT_LE(view->eventRect(i).right(), view->scale().xAfter(published) + 1.0);
    }
    EXPECT_GT(checked, 0) << "the dataset has a departure dated only to 2025";
}

TEST(TimeScaleTest, TicksStartAtTheirPeriodAndTheFirstOfTheLargerOneIsMajor)
{
    TimeScale scale;
    // 100 days across 216 pixels: 2 pixels a day, ticks a month apart.
    scale.fit(QDate(2024, 11, 10), QDate(2025, 2, 17), 0, 216);
    ASSERT_EQ(scale.tickUnit(), TimeScale::TickUnit::Month);
    QList<QDate> dates;
    QList<bool> major;
    for (const TimeScale::Tick &tick : scale.ticks(0, 216)) {
        dates.append(tick.date);
        major.append(tick.major);
        EXPECT_DOUBLE_EQ(tick.x, scale.x(tick.date));
    }
    EXPECT_EQ(dates, (QList<QDate>{{2024, 11, 1}, {2024, 12, 1}, {2025, 1, 1}, {2025, 2, 1}}));
    EXPECT_EQ(major, (QList<bool>{false, false, true, false}));

    // Forty years across 240 pixels: year ticks, every 10th year.
    scale.fit(QDate(1990, 1, 1), QDate(2029, 12, 31), 0, 240);
    ASSERT_EQ(scale.tickUnit(), TimeScale::TickUnit::Year);
    dates.clear();
    for (const TimeScale::Tick &tick : scale.ticks(0, 240)) {
        dates.append(tick.date);
        EXPECT_TRUE(tick.major);
    }
    EXPECT_EQ(dates,
              (QList<QDate>{{1980, 1, 1}, {1990, 1, 1}, {2000, 1, 1}, {2010, 1, 1}, {2020, 1, 1}, {2030, 1, 1}}));

    // Five pixels a day: week ticks on Mondays, the first week of a month major.
    scale.fit(QDate(2025, 3, 20), QDate(2025, 4, 18), 0, 162);
    ASSERT_EQ(scale.tickUnit(), TimeScale::TickUnit::Week);
    const QList<TimeScale::Tick> weeks = scale.ticks(0, 162);
    EXPECT_GE(weeks.size(), 4);
    for (const TimeScale::Tick &tick : weeks) {
        EXPECT_EQ(tick.date.dayOfWeek(), 1) << tick.date.toString(Qt::ISODate).toStdString();
        EXPECT_EQ(tick.major, tick.date.day() <= 7) << tick.date.toString(Qt::ISODate).toStdString();
    }
}
