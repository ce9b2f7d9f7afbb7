#pragma once

#include "ChartCatalogue.h"
#include "ContextWidget.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tigerscope {

class ChartTableModel;
class ChartView;

/// The Charts section: the catalogue's charts, each with a Table tab holding the same figures,
/// company selection, log/linear where it applies, and Export…, Copy and Print… through the one
/// render path (ChartSceneRenderer, Qt Charts). A click on a point asks for its citation.
class ChartsPage : public ContextWidget<QWidget>
{
    Q_OBJECT
public:
    explicit ChartsPage(AppContext &context, QWidget *parent = nullptr);

    void setCurrentChart(const QString &id);
    QString currentChartId() const;
    const BuiltChart &currentChart() const { return m_chart; }

public Q_SLOTS:
    void exportChart();
    void copyChart();
    void printChart();

private:
    void retranslate() override;
    void rebuild();
    void fillCompanies();
    void openCitation(const QString &citationKey);
    /// Caption and sources as text, for the clipboard.
    QString describeChart() const;

    ChartCatalogue m_catalogue;
    BuiltChart m_chart;
    QStringList m_hidden;
    QListWidget *m_charts;
    QListWidget *m_companies;
    QLabel *m_companiesLabel;
    QCheckBox *m_logScale;
    QTabWidget *m_tabs;
    ChartView *m_view;
    QTableView *m_table;
    ChartTableModel *m_model;
    QPushButton *m_exportButton;
    QPushButton *m_copyButton;
    QPushButton *m_printButton;
};

} // namespace tigerscope
