#pragma once

#include "ContextWidget.h"

#include <QDialog>

class QListWidget;
class QSplitter;
class QTableView;

namespace tigerscope {

class CompareTableModel;
class SmallChartWidget;

/// Two or more companies side by side: every metric any of them has a figure for, as a table and
/// as a bar chart of the metric chosen in the table. Missing figures read "no figure", never zero.
class CompareDialog : public ContextWidget<QDialog>
{
    Q_OBJECT
public:
    explicit CompareDialog(AppContext &context, QWidget *parent = nullptr);
    ~CompareDialog() override;

    /// Shows the one comparison window (made on first use), comparing companyIds when given.
    static CompareDialog *showFor(AppContext &context, QWidget *parent, const QStringList &companyIds = {});

    void setCompanies(const QStringList &companyIds);
    QStringList companies() const;
    /// Shows the chart of a metric (a row of the table).
    void showMetric(int row);

private:
    void retranslate() override;
    void fillCompanies();
    void companiesChanged();

    CompareTableModel *m_model;
    QListWidget *m_companies;
    QTableView *m_table;
    SmallChartWidget *m_chart;
    QSplitter *m_splitter;
    QSplitter *m_rightSplitter;
    QString m_metric;
};

} // namespace tigerscope
