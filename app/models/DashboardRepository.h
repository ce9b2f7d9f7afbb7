#pragma once

#include "Language.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// A line of the dashboard's lists: a figure or an event with its first source.
struct DashboardEntry
{
    qint64 id = -1;
    QString company;
    QString what;   ///< the metric's label, or the event's summary
    QString value;  ///< the figure as formatted; empty for an event
    QString date;   ///< formatted in the language
    QString source; ///< "article-key ¶n" (n from 1) or the free reference
    QString status; ///< the figure's status key ("reported", "derived", …); empty for an event
};

/// The dashboard's lists, read from the database views in a language.
class DashboardRepository
{
public:
    explicit DashboardRepository(QSqlDatabase db);

    /// The newest dated figures of the tigers and the giants, the user's included.
    QList<DashboardEntry> latestFigures(Language language, int count) const;
    /// The newest dated events of any company.
    QList<DashboardEntry> latestEvents(Language language, int count) const;
    /// How many of the dataset's source articles have not been imported (their text is not shipped).
    int sourceArticlesNotImported() const;

private:
    QSqlDatabase m_db;
};

} // namespace tigerscope
