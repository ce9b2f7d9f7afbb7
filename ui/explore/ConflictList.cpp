#include "ConflictList.h"

#include "ConflictReport.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

ConflictList::ConflictList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"conflictList"_s);
    setColumnCount(2);
    setHeaderHidden(true);
    setWordWrap(true);
    setMaximumHeight(160);
    hide();
}

void ConflictList::setReport(const ConflictReport &report)
{
    clear();
    for (const ShownConflict &conflict : report.shown()) {
        auto *item = new QTreeWidgetItem(this, {conflict.heading});
        item->setFirstColumnSpanned(true);
        for (const ShownConflictFigure &figure : conflict.figures)
            new QTreeWidgetItem(item, {figure.value, figure.sources});
        item->setExpanded(true);
    }
    resizeColumnToContents(0);
    setVisible(topLevelItemCount() > 0);
}

} // namespace tigerscope
