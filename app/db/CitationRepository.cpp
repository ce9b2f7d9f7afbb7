#include "CitationRepository.h"

#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace tigerscope {

CitationRepository::CitationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<CitationRecord> CitationRepository::citationsOf(const QString &ownerColumn, qint64 ownerId,
                                                      const QString &orderBy) const
{
    QList<CitationRecord> result;
    QSqlQuery query(m_db);
    if (!runPrepared(query,
                     u"SELECT id, article_key, lang, paragraph, printed, reference FROM all_citations "
                     "WHERE %1 = ? ORDER BY %2"_s.arg(ownerColumn, orderBy),
                     {ownerId}))
        return result;
    while (query.next()) {
        CitationRecord citation;
        citation.id = query.value(0).toLongLong();
        citation.articleKey = query.value(1).toString();
        citation.lang = query.value(2).toString();
        citation.paragraph = query.value(3).isNull() ? -1 : query.value(3).toInt();
        citation.printed = query.value(4).toString();
        citation.reference = query.value(5).toString();
        result.append(citation);
    }
    return result;
}

} // namespace tigerscope
