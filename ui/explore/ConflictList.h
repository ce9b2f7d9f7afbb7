#pragma once

#include <QTreeWidget>

namespace tigerscope {

class AppContext;

/// A company's figures that disagree with each other (FigureConflicts), each value beside the
/// others with its source; hidden when there are none.
class ConflictList : public QTreeWidget
{
    Q_OBJECT
public:
    ConflictList(AppContext &context, QWidget *parent = nullptr);

    void setCompany(const QString &companyId);
    /// How many conflicts are shown.
    int conflictCount() const { return topLevelItemCount(); }

private:
    AppContext &m_context;
};

} // namespace tigerscope
