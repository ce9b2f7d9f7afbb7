#pragma once

#include "ContextWidget.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace tigerscope {

class CompanyPage;
class CompanyTableModel;
class SearchBox;

/// The company explorer: every company and organisation with both names, filterable by group
/// and by any name or alias in either script, with the chosen company's page beside the list and
/// a search for companies and people above it. Filters, splitter and the company shown are kept
/// between runs.
class CompaniesPage : public ContextWidget<QWidget>
{
    Q_OBJECT
public:
    explicit CompaniesPage(AppContext &context, QWidget *parent = nullptr);
    ~CompaniesPage() override;

    /// The company shown beside the list; empty before one is.
    QString currentCompanyId() const;

    /// Shows a company's page and selects it in the list (clearing filters that hide it). MainWindow
    /// calls it for each AppContext::companyRequested, once the page is built.
    void showCompany(const QString &companyId);

private:
    void retranslate() override;
    void fitColumns();
    /// The list's width that shows the names and the counts.
    int listWidth() const;
    void updateCount();
    void keepSelectionVisible();
    void saveState() const;

    CompanyTableModel *m_model;
    SearchBox *m_search;
    QPushButton *m_compare;
    QLineEdit *m_filter;
    QComboBox *m_group;
    QComboBox *m_kind;
    QTableView *m_view;
    QLabel *m_count;
    QSplitter *m_splitter;
    CompanyPage *m_page;
};

} // namespace tigerscope
