#pragma once

#include "FigureConflicts.h"
#include "Language.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// One of the figures of a conflict as a person reads it: the value in the language's notation
/// and where it comes from.
struct ShownConflictFigure
{
    qint64 id = -1;
    QString value;   ///< "20 billion yuan", "200亿元"
    QString sources; ///< its citations, as the tables' provenance column writes them
    bool usersOwn = false;
};

/// A conflict as the pages show it: what disagrees (metric and date) and each figure.
struct ShownConflict
{
    QString heading; ///< "Valuation, Q4 2024: the sources disagree"
    QList<ShownConflictFigure> figures;
};

/// The conflicting figures (FigureConflicts), read once and put into words for the company page,
/// the figure tables and the charts, so that every place names the other figure the same way.
class ConflictReport
{
    Q_DECLARE_TR_FUNCTIONS(ConflictReport)
public:
    ConflictReport() = default;
    /// Every conflict, or those of one company.
    ConflictReport(QSqlDatabase db, Language language, const QString &companyId = {});

    const QList<FigureConflict> &conflicts() const { return m_conflicts; }
    const QList<ShownConflict> &shown() const { return m_shown; }
    bool isConflicting(qint64 figureId) const { return m_conflictOf.contains(figureId); }
    /// The figures that disagree with figureId, each "value (sources)"; empty when none.
    QStringList othersOf(qint64 figureId) const;
    /// A tooltip line for a conflicting figure: "Another source gives …"; empty when none.
    QString noteFor(qint64 figureId) const;

private:
    QList<FigureConflict> m_conflicts;
    QList<ShownConflict> m_shown;
    QHash<qint64, int> m_conflictOf; ///< figure id → index into m_shown
};

} // namespace tigerscope
