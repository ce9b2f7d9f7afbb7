#pragma once

#include "ObservationNoteSearch.h"

#include <QSqlDatabase>
#include <QStringList>

namespace tigerscope {

/// The observation table's free-text filter: the figures whose company's name or alias, metric
/// label or notes contain a text, in either language, case folded as LIKE folds it. Split into
/// three parts that no row is in twice, so that each is read the fast way: by company (the
/// companies in name order, each one's figures), by metric (only where a label matches) and by
/// notes (the rows the notes' index finds, ObservationNoteSearch).
class ObservationTextFilter
{
public:
    using Condition = ObservationNoteSearch::Condition;

    /// Looks up, once, which metric labels contain text.
    ObservationTextFilter(const QSqlDatabase &db, const QString &text);

    /// The company c's name or alias holds the text.
    Condition byCompany() const;
    /// Figures o of a metric whose label holds the text, their company's name not; empty when no
    /// label does.
    std::optional<Condition> byMetric() const;
    /// Figures o of the file schema whose notes hold the text, and neither their company nor
    /// their metric.
    Condition byNotes(const QString &schema) const;
    /// For figures whose company is in no file (alias o only): metric, alias or notes.
    Condition withoutCompany() const;

private:
    /// o.metric_key among the matching metrics (never true when none matches).
    Condition metricMatches() const;
    /// c.name_zh, c.name_en or an alias of company column holds the text.
    Condition nameMatches(const QString &companyColumn, bool withNames) const;

    QString m_text;
    QStringList m_metricKeys;
};

} // namespace tigerscope
