#include "SceneAxes.h"

#include "ChartScene.h"
#include "ChartText.h"
#include "DateFormatter.h"

#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QDateTime>
#include <QSet>

#include <cmath>

namespace tigerscope {

namespace {

using Role = ChartTheme::FontRole;

Language languageOf(const ChartScene &scene)
{
    return scene.spec().valueAxis.notation == NumberNotation::Chinese ? Language::Chinese : Language::English;
}

/// QCategoryAxis keys categories by label: a repeated label gets invisible zero-width spaces.
QStringList distinct(const QStringList &labels)
{
    QStringList out;
    QSet<QString> seen;
    for (QString label : labels) {
        while (seen.contains(label))
            label += QChar(0x200B);
        seen.insert(label);
        out.append(label);
    }
    return out;
}

} // namespace

namespace SceneAxes {

double axisValue(double value, bool logScale)
{
    return logScale ? std::log10(value) : value;
}

double dateValue(const QDate &date)
{
    return double(date.startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

void style(QAbstractAxis *axis, const ChartScene &scene, const QString &title)
{
    const ChartTheme &theme = scene.theme();
    const double s = scene.scale();
    axis->setLabelsFont(theme.font(Role::Tick, s));
    axis->setLabelsColor(theme.mutedText);
    axis->setGridLineColor(theme.grid);
    axis->setLinePenColor(theme.axis);
    axis->setShadesVisible(false);
    QColor minor = theme.grid;
    minor.setAlphaF(0.45f);
    axis->setMinorGridLineColor(minor);
    axis->setTitleText(title);
    axis->setTitleFont(theme.font(Role::AxisTitle, s));
    axis->setTitleBrush(theme.mutedText);
    axis->setTitleVisible(!title.isEmpty());
}

QCategoryAxis *valueAxis(const ValueAxis &ticks, double axisMin, double axisMax, const ChartScene &scene)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(axisMin, axisMax);
    // The first boundary lies outside the range so every tick, the lowest too, gets its line.
    axis->setStartValue(axisMin - (axisMax - axisMin));
    QStringList labels;
    QList<double> values;
    for (const ValueAxis::Tick &t : ticks.ticks()) {
        if (t.label.isEmpty())
            continue;
        values.append(axisValue(t.value, ticks.isLog()));
        labels.append(t.label);
    }
    labels = distinct(labels);
    for (qsizetype i = 0; i < labels.size(); ++i)
        axis->append(labels.at(i), values.at(i));
    style(axis, scene, scene.spec().valueAxis.title);
    axis->setLabelsFont(scene.theme().font(Role::Tick, scene.scale()));
    return axis;
}

QCategoryAxis *dateAxis(const QDate &from, const QDate &to, double lengthPx, const ChartScene &scene)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(dateValue(from), dateValue(to));
    axis->setStartValue(dateValue(from.addYears(-1)));
    const Language language = languageOf(scene);
    const QFont font = scene.theme().font(Role::Tick, scene.scale());
    // The finest step in months whose labels do not crowd: 1, 3, 6 months, then whole years.
    const double perMonth = lengthPx / double(std::max<qint64>(1, from.daysTo(to))) * 30.44;
    const double labelWidth
        = ChartText::width(DateFormatter::format(QDate(2025, 12, 1), DatePrecision::Month, language), font) * 1.5;
    int step = 12;
    for (int candidate : {1, 3, 6, 12, 24, 60, 120}) {
        step = candidate;
        if (candidate * perMonth >= labelWidth)
            break;
    }
    const int first = from.year() * 12 + from.month() - 1;
    const int last = to.year() * 12 + to.month() - 1;
    for (int m = first; m <= last; ++m) {
        const QDate d(m / 12, m % 12 + 1, 1);
        if (d < from || d > to || m % step != 0)
            continue;
        const DatePrecision precision = step >= 12 ? DatePrecision::Year : DatePrecision::Month;
        axis->append(DateFormatter::format(d, precision, language), dateValue(d));
    }
    style(axis, scene, scene.spec().valueAxis.title);
    return axis;
}

QCategoryAxis *rowAxis(const QStringList &labels, const ChartScene &scene)
{
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionCenter);
    const int count = int(labels.size());
    axis->setRange(-0.5, count - 0.5);
    axis->setStartValue(-0.5);
    const QStringList unique = distinct(labels);
    for (int r = count - 1; r >= 0; --r)
        axis->append(unique.at(r), count - 1 - r + 0.5);
    style(axis, scene, scene.spec().categoryAxisTitle);
    axis->setLabelsFont(scene.theme().font(Role::CategoryLabel, scene.scale()));
    axis->setLabelsColor(scene.theme().text);
    return axis;
}

QString twoLineLabel(const QString &label)
{
    constexpr int OneLineLength = 24; // characters that fit under a bar of a four-category chart
    if (label.size() <= OneLineLength)
        return label;
    const qsizetype middle = label.size() / 2;
    qsizetype split = -1;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (label.at(i) == u' ' && (split < 0 || std::abs(i - middle) < std::abs(split - middle)))
            split = i;
    }
    if (split < 0)
        return label;
    return label.left(split).toHtmlEscaped() + QStringLiteral("<br>") + label.mid(split + 1).toHtmlEscaped();
}

QBarCategoryAxis *categoryAxis(const QStringList &labels, const ChartScene &scene, bool belowBars)
{
    auto *axis = new QBarCategoryAxis;
    QStringList shown = distinct(labels);
    if (belowBars) {
        for (QString &label : shown)
            label = twoLineLabel(label);
    }
    axis->append(shown);
    style(axis, scene, scene.spec().categoryAxisTitle);
    axis->setLabelsFont(scene.theme().font(Role::CategoryLabel, scene.scale()));
    axis->setLabelsColor(scene.theme().text);
    axis->setGridLineVisible(false);
    return axis;
}

} // namespace SceneAxes

} // namespace tigerscope
