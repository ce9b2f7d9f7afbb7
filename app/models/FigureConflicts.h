#pragma once

#include "Language.h"
#include "PartialDate.h"

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// One of the figures that disagree, with where it comes from.
struct ConflictingFigure
{
    qint64 id = -1;
    double value = 0.0;
    double valueHigh = qQNaN();
    QString currency;
    QString qualifier;
    QString origin;           ///< "shipped" or "user"
    QString sources;          ///< its citations, as the tables' provenance column writes them
    QSet<QString> sourceKeys; ///< article keys or references, to tell sources apart
};

/// Figures for the same company, metric, as-of date (a date given, at the same precision) and
/// currency whose values differ and that come from different sources: two valuations of one round
/// from two articles, a user's figure beside a shipped one. None of them is right by default.
struct FigureConflict
{
    QString companyId;
    QString metricKey;
    PartialDate asOf;
    QString currency;
    QList<ConflictingFigure> figures; ///< at least two, by id
};

/// Finds the conflicting figures of the dataset (the user's included).
class FigureConflicts
{
public:
    /// Every conflict, or those of one company.
    static QList<FigureConflict> find(QSqlDatabase db, Language language, const QString &companyId = {});
    /// The ids of every figure in a conflict.
    static QSet<qint64> ids(const QList<FigureConflict> &conflicts);
};

} // namespace tigerscope
