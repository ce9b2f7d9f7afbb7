#include "FigureConflicts.h"

#include "Figure.h"
#include "Labels.h"
#include "SqlSupport.h"
#include "TableCsvExporter.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QSet<QString> sourceKeys(QSqlDatabase db, qint64 id)
{
    QSet<QString> keys;
    QSqlQuery query(db);
    if (runPrepared(query, u"SELECT coalesce(article_key, reference) FROM all_citations WHERE observation_id = ?"_s,
                    {id})) {
        while (query.next())
            keys.insert(query.value(0).toString());
    }
    return keys;
}

/// Whether the group holds two different values from sources that are not the same.
bool disagrees(const QList<ConflictingFigure> &figures)
{
    for (qsizetype i = 0; i < figures.size(); ++i) {
        for (qsizetype j = i + 1; j < figures.size(); ++j) {
            const ConflictingFigure &a = figures.at(i);
            const ConflictingFigure &b = figures.at(j);
            const bool differentSources = a.origin != b.origin || a.sourceKeys != b.sourceKeys;
            if (!Figure::sameValue(a.value, b.value) && differentSources)
                return true;
        }
    }
    return false;
}

} // namespace

QList<FigureConflict> FigureConflicts::find(QSqlDatabase db, Language language, const QString &companyId)
{
    QList<FigureConflict> conflicts;
    QSqlQuery query(db);
    // Only groups holding two different values are read figure by figure (their sources are a
    // query each): on a large dataset almost every group has one value.
    // Two figures without a date conflict as two of the same date do: neither says when it held,
    // and a chart would show one of them only.
    query.prepare(u"SELECT o.id, o.company_id, o.metric_key, o.value, o.value_high, coalesce(o.currency, ''), o.as_of, "
                  "o.as_of_precision, o.qualifier, o.origin FROM all_observations o JOIN ("
                  "SELECT company_id, metric_key, coalesce(as_of, '') AS as_of, coalesce(as_of_precision, '') AS "
                  "precision, coalesce(currency, '') AS currency "
                  "FROM all_observations WHERE (? = '' OR company_id = ?) "
                  "GROUP BY 1, 2, 3, 4, 5 HAVING count(DISTINCT value) > 1) g "
                  "ON g.company_id = o.company_id AND g.metric_key = o.metric_key AND g.as_of = coalesce(o.as_of, '') "
                  "AND g.precision = coalesce(o.as_of_precision, '') AND g.currency = coalesce(o.currency, '') "
                  "ORDER BY 2, 3, 7, 8, 6, 1"_s);
    const QString company = companyId.isEmpty() ? u""_s : companyId; // never NULL: '' means every company
    query.addBindValue(company);
    query.addBindValue(company);
    if (!query.exec())
        return conflicts;
    FigureConflict group;
    const auto flush = [&] {
        if (group.figures.size() > 1 && disagrees(group.figures))
            conflicts.append(group);
        group = {};
    };
    while (query.next()) {
        const PartialDate asOf = PartialDate::fromColumns(query.value(6).toString(), query.value(7).toString());
        const QString currency = query.value(5).toString();
        if (group.companyId != query.value(1).toString() || group.metricKey != query.value(2).toString()
            || group.asOf.toNotation() != asOf.toNotation() || group.currency != currency) {
            flush();
            group.companyId = query.value(1).toString();
            group.metricKey = query.value(2).toString();
            group.asOf = asOf;
            group.currency = currency;
        }
        ConflictingFigure figure;
        figure.id = query.value(0).toLongLong();
        figure.value = query.value(3).toDouble();
        figure.valueHigh = query.value(4).isNull() ? qQNaN() : query.value(4).toDouble();
        figure.currency = currency;
        figure.qualifier = query.value(8).toString();
        figure.origin = query.value(9).toString();
        figure.sources
            = TableCsvExporter::provenance(db, u"observation_id"_s, figure.id, Labels::origin(figure.origin), language);
        figure.sourceKeys = sourceKeys(db, figure.id);
        group.figures.append(figure);
    }
    flush();
    return conflicts;
}

QSet<qint64> FigureConflicts::ids(const QList<FigureConflict> &conflicts)
{
    QSet<qint64> ids;
    for (const FigureConflict &conflict : conflicts) {
        for (const ConflictingFigure &figure : conflict.figures)
            ids.insert(figure.id);
    }
    return ids;
}

} // namespace tigerscope
