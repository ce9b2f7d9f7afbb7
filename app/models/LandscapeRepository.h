#pragma once

#include "Language.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace tigerscope {

/// One cell of the landscape: what the sources say about a company on one question, and where.
struct LandscapeCell
{
    QString text;        ///< empty: the sources say nothing
    QString citationKey; ///< the record the text comes from: "obs:<id>" or "event:<id>"
    QVariant sortValue;  ///< a number where the cell is one, else the text
    bool userFigure = false;
    bool derived = false;
    QStringList more; ///< further records behind the cell (other departures), one line each

    bool isEmpty() const { return text.isEmpty(); }
};

/// The questions the landscape answers for each company, in column order.
enum class LandscapeAspect {
    Financing,
    Valuation,
    Users,
    Customers,
    OpenSource,
    StrategicMove,
    Departures,
    DeepSeekAdoption,
};
inline constexpr int LandscapeAspectCount = 8;

struct LandscapeRow
{
    QString companyId;
    QString group;
    QString nameZh;
    QString nameEn;
    QList<LandscapeCell> cells; ///< one per LandscapeAspect
};

/// Reads the "six little tigers vs BAT" comparison from the database views: the tigers, the
/// giants and, beside them, ByteDance and DeepSeek; for each the latest financing and valuation,
/// users, B-end/C-end and open/closed stance, strategic move, departures in the year before the
/// newest article, and DeepSeek adoption (by the company or one of its units).
class LandscapeRepository
{
public:
    explicit LandscapeRepository(QSqlDatabase db);

    /// The companies of the comparison, in table order.
    static const QStringList &companyIds();

    QList<LandscapeRow> load(Language language) const;

private:
    QSqlDatabase m_db;
};

} // namespace tigerscope
