#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace tigerscope {

class AppContext;
class CompanyTableModel;

/// The company explorer: every company and organisation with both names, filterable by group
/// and by any name or alias in either script.
class CompaniesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CompaniesPage(AppContext &context, QWidget *parent = nullptr);

    CompanyTableModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QTableView *view() const { return m_view; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCount();

    AppContext &m_context;
    CompanyTableModel *m_model;
    QLineEdit *m_filter;
    QComboBox *m_group;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace tigerscope
