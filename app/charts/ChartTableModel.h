#pragma once

#include "ChartCatalogue.h"
#include "ChartTheme.h"

#include <QAbstractTableModel>
#include <QImage>

namespace tigerscope {

/// The Table tab beside a chart: the same figures as rows, in the chart's language, with the
/// chart's certainty swatches (UncertaintyStyle) on the values so derived and approximate figures
/// look the same as in the chart.
class ChartTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        MeasureColumn,
        ValueColumn,
        DateColumn,
        QualifierColumn,
        StatusColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { CitationKeyRole = Qt::UserRole + 1, EncodingRole };

    explicit ChartTableModel(QObject *parent = nullptr);

    void setChart(const BuiltChart &chart, Language language);
    const BuiltChart &chart() const { return m_chart; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The swatch of a row's certainty encoding.
    QImage swatch(int row) const;

private:
    QColor rowColor(int row) const;

    BuiltChart m_chart;
    Language m_language = Language::English;
    ChartTheme m_theme = ChartTheme::light();
};

} // namespace tigerscope
