// The chart view (a QChartView) under offscreen: zoom, legend clicks, point clicks, keyboard.
#include "SceneAxes.h"
#include "charts/ChartView.h"

#include <gtest/gtest.h>

#include <QChart>
#include <QSignalSpy>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

// Synthetic figures; no real data.
ChartSpec groupedSpec()
{
    ChartSpec spec;
    spec.kind = ChartKind::VerticalBar;
    spec.title = u"Synthetic columns"_s;
    spec.categories = {{u"a"_s, u"Alpha"_s}, {u"b"_s, u"Beta"_s}, {u"c"_s, u"Gamma"_s}};
    ChartSeries first{u"first"_s, u"First"_s, QColor(0x44, 0x77, 0xAA), {}};
    ChartSeries second{u"second"_s, u"Second"_s, QColor(0xEE, 0x66, 0x77), {}};
    for (int i = 0; i < 3; ++i) {
        ChartPoint p;
        p.categoryId = spec.categories.at(i).id;
        p.value = 10 + 5 * i;
        p.display = QString::number(p.value);
        p.citationKey = u"obs:f"_s + QString::number(i);
        p.tooltip = u"First "_s + p.display;
        first.points.append(p);
        p.value = 30 - 4 * i;
        p.display = QString::number(p.value);
        p.citationKey = u"obs:s"_s + QString::number(i);
        p.tooltip = u"Second "_s + p.display;
        second.points.append(p);
    }
    spec.series = {first, second};
    return spec;
}

class ChartViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        view.resize(900, 560);
        view.setSpec(groupedSpec());
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        ASSERT_TRUE(QTest::qWaitFor([this] { return view.chartScene() != nullptr; }));
    }
    QColor pixelAt(const ChartPointRef &ref) { return view.grab().toImage().pixelColor(view.viewPosition(ref)); }
    ChartView view;
};

} // namespace

TEST(CategoryLabels, LongLabelsUnderBarsBreakAtTheSpaceNearestTheMiddle)
{
    EXPECT_EQ(SceneAxes::twoLineLabel(u"Central SOEs that deployed the model"_s),
              u"Central SOEs that<br>deployed the model"_s);
    EXPECT_EQ(SceneAxes::twoLineLabel(u"Number of central SOEs"_s), u"Number of central SOEs"_s);
    EXPECT_EQ(SceneAxes::twoLineLabel(u"接入DeepSeek的央企数量以及其他相关的统计口径"_s),
              u"接入DeepSeek的央企数量以及其他相关的统计口径"_s);
    EXPECT_EQ(SceneAxes::twoLineLabel(u"Research & development <labs> of the giants"_s),
              u"Research &amp; development<br>&lt;labs&gt; of the giants"_s);
}

TEST(ChartViewBuildTest, ChartIsBuiltWhenFirstShown)
{
    ChartView view;
    view.setSpec(groupedSpec());
    EXPECT_EQ(view.chartScene(), nullptr) << "nothing is built for a hidden view";
    view.show();
    EXPECT_EQ(view.chartScene(), nullptr) << "nor before the window is up";
    ASSERT_TRUE(QTest::qWaitFor([&view] { return view.chartScene() != nullptr; }));
    EXPECT_EQ(view.chart(), view.chartScene()->chart());
    EXPECT_FALSE(view.chart()->isZoomed());
}

TEST_F(ChartViewTest, WheelAndRubberBandZoomAndResetReturns)
{
    QChart *chart = view.chart();
    const QPoint centre = chart->plotArea().center().toPoint();
    QWheelEvent wheel(QPointF(centre), QPointF(view.mapToGlobal(centre)), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    EXPECT_TRUE(chart->isZoomed());
    QTest::keyClick(&view, Qt::Key_0);
    EXPECT_FALSE(chart->isZoomed());

    // A drag over empty plot space zooms into the dragged rectangle.
    const QRectF plot = chart->plotArea();
    const QPoint from = plot.topLeft().toPoint() + QPoint(5, 5);
    const QPoint to = from + QPoint(200, 100);
    QTest::mousePress(view.viewport(), Qt::LeftButton, {}, from);
    QTest::mouseMove(view.viewport(), to);
    QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, to);
    EXPECT_TRUE(chart->isZoomed());
    view.resetZoom();
    EXPECT_FALSE(chart->isZoomed());
}

TEST_F(ChartViewTest, MiddleButtonDragPansAndOnlyWhileItIsDown)
{
    QChart *chart = view.chart();
    const QPointF centre = chart->plotArea().center();
    const QPointF valueBefore = chart->mapToValue(centre);
    const QPoint from = centre.toPoint();
    QTest::mousePress(view.viewport(), Qt::MiddleButton, {}, from);
    QTest::mouseMove(view.viewport(), from + QPoint(0, 60));
    QTest::mouseRelease(view.viewport(), Qt::MiddleButton, {}, from + QPoint(0, 60));
    const QPointF valueAfter = chart->mapToValue(centre);
    EXPECT_GT(valueAfter.y(), valueBefore.y()) << "dragging down brings higher values to the middle";

    QTest::mouseMove(view.viewport(), from + QPoint(0, 120));
    EXPECT_DOUBLE_EQ(chart->mapToValue(centre).y(), valueAfter.y()) << "a move after the release does not pan";
}

TEST_F(ChartViewTest, LegendEntryClickHidesAndShowsItsSeries)
{
    const ChartPointRef second{1, 0};
    const QColor before = pixelAt(second);
    EXPECT_LT(std::abs(before.red() - 0xEE) + std::abs(before.green() - 0x66), 40);
    const QRect entry = view.legendEntryRect(1);
    ASSERT_FALSE(entry.isEmpty());
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, entry.center());
    EXPECT_FALSE(view.chartScene()->isSeriesVisible(1));
    EXPECT_TRUE(view.chartScene()->isSeriesVisible(0));
    EXPECT_FALSE(view.chart()->isZoomed()) << "a click on the legend is not a zoom";
    const QColor hidden = pixelAt(second);
    EXPECT_GT(std::abs(hidden.red() - 0xEE) + std::abs(hidden.green() - 0x66), 40) << "the bar is gone";
    EXPECT_FALSE(view.legendEntryRect(1).isEmpty()) << "the entry stays to show the series again";
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, entry.center());
    EXPECT_TRUE(view.chartScene()->isSeriesVisible(1));
    const QColor shown = pixelAt(second);
    EXPECT_LT(std::abs(shown.red() - 0xEE) + std::abs(shown.green() - 0x66), 40);
}

TEST_F(ChartViewTest, ClickOnABarReportsItsCitation)
{
    QSignalSpy activated(&view, &ChartView::pointActivated);
    const ChartPointRef ref{1, 2};
    const QPoint at = view.viewPosition(ref);
    QTest::mouseMove(view.viewport(), at - QPoint(1, 1));
    QTest::mouseMove(view.viewport(), at);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, at);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(), u"obs:s2"_s);
    EXPECT_FALSE(view.chart()->isZoomed()) << "a click on a bar is not a zoom";

    // Beside the bars nothing is activated.
    const QPoint empty = view.chart()->plotArea().topLeft().toPoint() + QPoint(3, 3);
    QTest::mouseMove(view.viewport(), empty);
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, empty);
    EXPECT_EQ(activated.count(), 1);
}

TEST_F(ChartViewTest, KeyboardMovesBetweenPointsAndOpensTheSource)
{
    QSignalSpy activated(&view, &ChartView::pointActivated);
    view.setFocus();
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.focusedPoint(), view.chartScene()->points().at(0));
    QTest::keyClick(&view, Qt::Key_Right);
    EXPECT_EQ(view.focusedPoint(), view.chartScene()->points().at(1));
    QTest::keyClick(&view, Qt::Key_Return);
    ASSERT_EQ(activated.count(), 1);
    EXPECT_EQ(activated.first().first().toString(),
              view.chartScene()->point(view.chartScene()->points().at(1)).citationKey);
}
