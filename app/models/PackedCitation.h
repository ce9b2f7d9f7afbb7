#pragma once

#include "ArticleRepository.h"
#include "Citation.h"
#include "Language.h"

#include <QString>
#include <QVariant>

namespace tigerscope {

/// A citation read as one SQL column, for queries that pick a record's first citation in a
/// subquery: sql() packs a citations row, text() turns the column into CitationFormatter's short
/// form (the article's title, the paragraph counted from 1) or the free reference.
class PackedCitation
{
public:
    /// The packing expression over a citations row named alias.
    static QString sql(const QString &alias = QStringLiteral("ci"));
    static CitationRecord unpack(const QVariant &packed);
    static QString text(const QVariant &packed, const ArticleRepository &articles, Language language);
};

} // namespace tigerscope
