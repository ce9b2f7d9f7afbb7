#pragma once

#include "ObservationNoteSearch.h"

#include <QHash>
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

    /// Looks up, once, which metric labels and which companies (by name, per file, or by alias)
    /// contain text: the few thousand short rows are read here rather than in every part.
    ObservationTextFilter(const QSqlDatabase &db, const QString &text, bool shippedAttached);

    /// The company c of the file companies ("main" or "shipped") has a name or alias that holds the text.
    Condition byCompany(const QString &companies) const;
    /// Figures o of a metric whose label holds the text, their company c's name not; empty when no
    /// label does.
    std::optional<Condition> byMetric(const QString &companies) const;
    /// Figures o of the file observations whose notes hold the text, and neither their company c
    /// (of the file companies) nor their metric.
    Condition byNotes(const QString &observations, const QString &companies) const;
    /// For figures whose company is in no file (alias o only): metric, alias or notes.
    Condition withoutCompany() const;

private:
    /// o.metric_key among the matching metrics (never true when none matches).
    Condition metricMatches() const;
    /// column among ids.
    static Condition among(const QString &column, const QStringList &ids);

    QString m_text;
    QStringList m_metricKeys;
    /// The companies of each file whose name or alias holds the text.
    QHash<QString, QStringList> m_companyIds;
    /// The companies an alias of which holds the text.
    QStringList m_aliasedIds;
};

} // namespace tigerscope
