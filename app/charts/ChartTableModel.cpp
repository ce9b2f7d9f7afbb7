#include "ChartTableModel.h"

#include "CompanyPalette.h"
#include "LanguageCatalogue.h"
#include "UncertaintyStyle.h"

#include <QPainter>

namespace tigerscope {

namespace {

EncodingLegendItem legendItemOf(const ChartPoint &point)
{
    const UncertaintyEncoding e = UncertaintyEncoding::of(point);
    if (e.fill == UncertaintyEncoding::Fill::Hatched)
        return EncodingLegendItem::Derived;
    if (e.dashedOutline || e.fill == UncertaintyEncoding::Fill::Light)
        return EncodingLegendItem::Estimated;
    if (e.openEnd)
        return EncodingLegendItem::AtLeast;
    if (e.upperBound)
        return EncodingLegendItem::AtMost;
    if (e.range)
        return EncodingLegendItem::Range;
    return EncodingLegendItem::Reported;
}

} // namespace

ChartTableModel::ChartTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ChartTableModel::setChart(const BuiltChart &chart, Language language)
{
    const bool languageChanged = language != m_language;
    beginResetModel();
    m_chart = chart;
    m_language = language;
    endResetModel();
    if (languageChanged)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ChartTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_chart.rows.size());
}

int ChartTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ChartTableModel::rowColor(int row) const
{
    const ChartRow &r = m_chart.rows.at(row);
    if (r.series >= 0 && r.series < m_chart.spec.series.size()) {
        const QColor c = m_chart.spec.series.at(r.series).color;
        if (c.isValid())
            return c;
    }
    return CompanyPalette::color(r.companyId);
}

QImage ChartTableModel::swatch(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    QImage image(QSize(22, 12), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    UncertaintyStyle::paintSwatch(painter, QRectF(1, 1, 20, 10), rowColor(row),
                                  legendItemOf(m_chart.rows.at(row).chartPoint), m_theme, 1.0);
    painter.end();
    return image;
}

QVariant ChartTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChartRow &r = m_chart.rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CompanyColumn: return r.company;
        case MeasureColumn: return r.category == r.company ? r.seriesName : r.category;
        case ValueColumn: return r.value;
        case DateColumn: return r.date;
        case QualifierColumn: return r.qualifier;
        case StatusColumn: return r.status;
        case SourceColumn: return r.source;
        case ColumnCount: break;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == ValueColumn)
            return swatch(index.row());
        return {};
    case Qt::ToolTipRole: return r.chartPoint.tooltip;
    case CitationKeyRole: return r.citationKey;
    case EncodingRole: return int(legendItemOf(r.chartPoint));
    default: return {};
    }
}

QVariant ChartTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const char *text = nullptr;
    switch (Column(section)) {
    case CompanyColumn: text = QT_TRANSLATE_NOOP("ChartTableModel", "Company"); break;
    case MeasureColumn: text = QT_TRANSLATE_NOOP("ChartTableModel", "Measure"); break;
    case ValueColumn: text = QT_TRANSLATE_NOOP("ChartTableModel", "Value"); break;
    case DateColumn: text = QT_TRANSLATE_NOOP("ChartTableModel", "Date"); break;
    case QualifierColumn: text = QT_TRANSLATE_NOOP("ChartTableModel", "Qualifier"); break;
    case StatusColumn: text = QT_TRANSLATE_NOOP("ChartTableModel", "Status"); break;
    case SourceColumn: text = QT_TRANSLATE_NOOP("ChartTableModel", "Source"); break;
    case ColumnCount: break;
    }
    if (!text)
        return {};
    return LanguageCatalogue::translate(m_language, "ChartTableModel", text);
}

} // namespace tigerscope
