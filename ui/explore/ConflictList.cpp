#include "ConflictList.h"

#include "AppContext.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DateFormatter.h"
#include "FigureConflicts.h"
#include "LatestFigures.h"

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
    const CompanyRepository repository(db);
    for (const FigureConflict &conflict : FigureConflicts::find(db, language, companyId)) {
        const std::optional<MetricEntry> metricEntry = repository.metric(conflict.metricKey);
        const QString metric = metricEntry ? metricEntry->label(language) : conflict.metricKey;
        const QString date = DateFormatter::format(conflict.asOf.toIso(), conflict.asOf.precisionName(), language);
        auto *item = new QTreeWidgetItem(this, {tr("%1, %2: the sources disagree").arg(metric, date)});
        item->setFirstColumnSpanned(true);
        for (const ConflictingFigure &figure : conflict.figures) {
            LatestFigure shown;
            shown.unit = metricEntry ? metricEntry->unit : QString();
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
