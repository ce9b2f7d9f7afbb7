#pragma once

#include "ContextWidget.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace tigerscope {

class ElasticColumn;
class EventTableModel;
class ObservationTableModel;
class PagedQueryModel;
class UserDataController;

/// A table of figures or events (for one company, or all) with the user's actions beside it:
/// add, edit, delete (the user's rows only; shipped ones say why not), export as CSV. Enter or a
/// double click opens the row's source.
class RecordTablePanel : public ContextWidget<QWidget>
{
    Q_OBJECT
public:
    enum class Kind { Figures, Events };

    RecordTablePanel(AppContext &context, Kind kind, QWidget *parent = nullptr);

    void setCompany(const QString &companyId);
    PagedQueryModel *model() const;
    /// Rows the table holds, loaded or not.
    int rowCount() const;

Q_SIGNALS:
    void rowCountChanged(int rows);

private:
    void retranslate() override;
    void updateButtons();
    qint64 currentId() const;
    QString currentOrigin() const;
    void addRecord();
    void editRecord();
    void deleteRecord();
    using RecordChange = void (UserDataController::*)(QWidget *, qint64);
    /// Runs figure or event (as the panel shows) on the current row, if any.
    void changeCurrent(RecordChange figure, RecordChange event);
    void exportTable();

    Kind m_kind;
    QString m_company;
    ObservationTableModel *m_figures = nullptr;
    EventTableModel *m_events = nullptr;
    QTableView *m_view;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_export = nullptr;
    ElasticColumn *m_elastic = nullptr;
};

} // namespace tigerscope
