#pragma once

#include "ValueAxis.h"

#include <QDate>
#include <QStringList>

class QAbstractAxis;
class QBarCategoryAxis;
class QCategoryAxis;

namespace tigerscope {

class ChartScene;

/// The axes of a chart scene. Qt Charts formats numbers with printf patterns and dates with
/// QLocale; these put ICU's labels (15亿 / 1.5B, 2025年1月 / Jan 2025) at nice ticks instead, on
/// QCategoryAxis. A log scale is plotted as log10 of the value on a linear axis, labelled with
/// the values themselves.
namespace SceneAxes {

/// Where a value lies on the axis: itself, or its log10 on a log scale.
double axisValue(double value, bool logScale);
/// A value axis over [axisMin, axisMax] (axis units) labelled at the ticks.
QCategoryAxis *valueAxis(const ValueAxis &ticks, double axisMin, double axisMax, const ChartScene &scene);
/// A date axis over [from, to] (x in milliseconds since the epoch), labelled at month or year
/// starts in the chart's language, as many as fit in `lengthPx`.
QCategoryAxis *dateAxis(const QDate &from, const QDate &to, double lengthPx, const ChartScene &scene);
/// Rows labelled from top to bottom (row r at y = count − 1 − r).
QCategoryAxis *rowAxis(const QStringList &labels, const ChartScene &scene);
/// Categories along a bar chart, in axis order. Under the bars (@p belowBars), a long label of
/// several words is set on two balanced lines rather than cut short.
QBarCategoryAxis *categoryAxis(const QStringList &labels, const ChartScene &scene, bool belowBars);
/// @p label on two lines split at the space nearest its middle, as the rich text Qt Charts' axis
/// labels take; unchanged (plain) when it is short or has no space to break at.
QString twoLineLabel(const QString &label);
/// Fonts, colours and title in the chart's theme.
void style(QAbstractAxis *axis, const ChartScene &scene, const QString &title);
/// Milliseconds since the epoch of a date, as a plotted x.
double dateValue(const QDate &date);

} // namespace SceneAxes

} // namespace tigerscope
