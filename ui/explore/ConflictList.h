#pragma once

#include <QTreeWidget>

namespace tigerscope {

class ConflictReport;

/// Figures that disagree with each other (a ConflictReport), each value beside the others with
/// its source; hidden when there are none.
class ConflictList : public QTreeWidget
{
    Q_OBJECT
public:
    explicit ConflictList(QWidget *parent = nullptr);

    void setReport(const ConflictReport &report);
    /// How many conflicts are shown.
    int conflictCount() const { return topLevelItemCount(); }
};

} // namespace tigerscope
