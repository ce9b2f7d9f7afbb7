#pragma once

#include "ContextWidget.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace tigerscope {

class ElasticColumn;
class ImportBanner;
class LandscapeTableModel;
class SmallChartWidget;

/// The landscape at a glance: the six little tigers against the giants in one cited table, small
/// charts that open the chart they show, and the latest key figures and events with their sources.
class DashboardPage : public ContextWidget<QWidget>
{
    Q_OBJECT
public:
    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);

    /// The catalogue ids of the small charts, in order.
    static QStringList chartIds();

public Q_SLOTS:
    void exportLandscape();

Q_SIGNALS:
    /// A small chart was clicked: show that chart (a ChartCatalogue id) on the Charts page.
    void chartRequested(const QString &chartId);
    /// The banner's Import button: import the source articles.
    void importRequested();
    /// Something worth a line in the status bar happened (an export).
    void statusMessage(const QString &message);

private:
    void retranslate() override;
    void reload();
    void openLandscapeCell(const QModelIndex &index);
    void showFigures();
    void showEvents();
    void showCharts();

    ImportBanner *m_banner;
    QLabel *m_landscapeTitle;
    QPushButton *m_export;
    QTableView *m_landscape;
    LandscapeTableModel *m_landscapeModel;
    QSortFilterProxyModel *m_landscapeSorted;
    QLabel *m_figuresTitle;
    QLabel *m_eventsTitle;
    QLabel *m_chartsTitle;
    QTreeWidget *m_figures;
    QTreeWidget *m_events;
    ElasticColumn *m_eventsWhat = nullptr;
    QList<SmallChartWidget *> m_charts;
};

} // namespace tigerscope
