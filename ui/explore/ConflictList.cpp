#include "ConflictList.h"

#include "AppContext.h"
#include "Database.h"
#include "DateFormatter.h"
#include "FigureConflicts.h"
#include "LatestFigures.h"
#include "UserDataStore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

ConflictList::ConflictList(AppContext &context, QWidget *parent)
    : QTreeWidget(parent)
    , m_context(context)
{
    setObjectName(u"conflictList"_s);
    setColumnCount(2);
    setHeaderHidden(true);
    setWordWrap(true);
    setMaximumHeight(160);
    hide();
}

void ConflictList::setCompany(const QString &companyId)
{
    clear();
    QSqlDatabase db = m_context.database().connection();
    const Language language = m_context.language();
    const UserDataStore store(m_context.database());
    for (const FigureConflict &conflict : FigureConflicts::find(db, companyId)) {
        QString metric = conflict.metricKey;
        QSqlQuery query(db);
        query.prepare(u"SELECT label_en, label_zh FROM all_metrics WHERE key = ?"_s);
        query.addBindValue(conflict.metricKey);
        if (query.exec() && query.next())
            metric = query.value(language == Language::Chinese ? 1 : 0).toString();
        const QString date = DateFormatter::format(conflict.asOf.toIso(), conflict.asOf.precisionName(), language);
        auto *item = new QTreeWidgetItem(this, {tr("%1, %2: the sources disagree").arg(metric, date)});
        item->setFirstColumnSpanned(true);
        for (const ConflictingFigure &figure : conflict.figures) {
            LatestFigure shown;
            shown.unit = store.metricUnit(conflict.metricKey);
            shown.value = figure.value;
            shown.valueHigh = figure.valueHigh;
            shown.qualifier = figure.qualifier;
            shown.currency = figure.currency;
            new QTreeWidgetItem(item, {shown.display(language), figure.sources});
        }
        item->setExpanded(true);
    }
    resizeColumnToContents(0);
    setVisible(topLevelItemCount() > 0);
}

} // namespace tigerscope
