#include "CitationRepository.h"

#include "SqlSupport.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

CitationRepository::CitationRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

QList<CitationRecord> CitationRepository::citationsOf(const QString &ownerColumn, qint64 ownerId,
                                                      const QString &orderBy) const
{
    // A citation of the whole article has no paragraph: -1.
    const QString sql = u"SELECT id, article_key, lang, coalesce(paragraph, -1), printed, reference FROM all_citations "
                        "WHERE %1 = ? ORDER BY %2"_s.arg(ownerColumn, orderBy);
    return readRows<CitationRecord>(m_db, sql, {ownerId}, [](const QSqlQuery &query) {
        CitationRecord citation;
        readColumns(query, 0, citation, &CitationRecord::id, &CitationRecord::articleKey, &CitationRecord::lang,
                    &CitationRecord::paragraph, &CitationRecord::printed, &CitationRecord::reference);
        return citation;
    });
}

} // namespace tigerscope
