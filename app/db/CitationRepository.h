#pragma once

#include "Citation.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// Reads the citations of one figure, event or role from all_citations, shipped and the user's.
class CitationRepository
{
public:
    explicit CitationRepository(QSqlDatabase db);

    /// The citations whose `ownerColumn` ("observation_id", "event_id" or "role_id") is `ownerId`,
    /// in the order of the SQL `orderBy` clause over all_citations' columns.
    QList<CitationRecord> citationsOf(const QString &ownerColumn, qint64 ownerId,
                                      const QString &orderBy = QStringLiteral("id")) const;

private:
    QSqlDatabase m_db;
};

} // namespace tigerscope
