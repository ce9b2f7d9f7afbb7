#include "ConflictReport.h"

#include "CompanyRepository.h"
#include "DateFormatter.h"
#include "LatestFigures.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

ConflictReport::ConflictReport(QSqlDatabase db, Language language, const QString &companyId)
    : m_conflicts(FigureConflicts::find(db, language, companyId))
{
    const CompanyRepository repository(db);
    for (const FigureConflict &conflict : std::as_const(m_conflicts)) {
        const std::optional<MetricEntry> metricEntry = repository.metric(conflict.metricKey);
        const QString metric = metricEntry ? metricEntry->label(language) : conflict.metricKey;
        const QString date = DateFormatter::format(conflict.asOf.toIso(), conflict.asOf.precisionName(), language);
        ShownConflict shown;
        shown.heading = tr("%1, %2: the sources disagree").arg(metric, date);
        for (const ConflictingFigure &figure : conflict.figures) {
            LatestFigure value;
            value.unit = metricEntry ? metricEntry->unit : QString();
            value.value = figure.value;
            value.valueHigh = figure.valueHigh;
            value.qualifier = figure.qualifier;
            value.currency = figure.currency;
            shown.figures.append({figure.id, value.display(language), figure.sources, figure.origin == "user"_L1});
            m_conflictOf.insert(figure.id, int(m_shown.size()));
        }
        m_shown.append(shown);
    }
}

QStringList ConflictReport::othersOf(qint64 figureId) const
{
    QStringList others;
    const auto found = m_conflictOf.constFind(figureId);
    if (found == m_conflictOf.cend())
        return others;
    for (const ShownConflictFigure &figure : m_shown.at(*found).figures) {
        if (figure.id != figureId)
            others.append(tr("%1 (%2)").arg(figure.value, figure.sources));
    }
    return others;
}

QString ConflictReport::noteFor(qint64 figureId) const
{
    const QStringList others = othersOf(figureId);
    return others.isEmpty() ? QString() : tr("Another source gives a different value: %1").arg(others.join(u"; "_s));
}

} // namespace tigerscope
