#include "PackedCitation.h"

#include "CitationFormatter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

// Apart by the unit separator, which no key, language code or number holds.
constexpr char16_t Separator = 0x1f;

} // namespace

QString PackedCitation::sql(const QString &alias)
{
    return u"CASE WHEN %1.article_key IS NULL THEN %1.reference ELSE %1.article_key || char(31) || "
           "coalesce(%1.lang, '') || char(31) || coalesce(%1.paragraph, -1) END"_s.arg(alias);
}

CitationRecord PackedCitation::unpack(const QVariant &packed)
{
    const QString text = packed.toString();
    const QStringList fields = text.split(QChar(Separator));
    CitationRecord citation;
    if (fields.size() == 3) {
        citation.articleKey = fields.at(0);
        citation.lang = fields.at(1);
        citation.paragraph = fields.at(2).toInt();
    } else {
        citation.reference = text;
    }
    return citation;
}

QString PackedCitation::text(const QVariant &packed, const ArticleRepository &articles, Language language)
{
    const CitationRecord citation = unpack(packed);
    return CitationFormatter::shortForm(citation, articles.article(citation.articleKey), language);
}

} // namespace tigerscope
