#include "FigureSuggestion.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

CitationRecord citationOf(const QString &articleKey, const PrintedFigure &printed)
{
    CitationRecord citation;
    citation.articleKey = articleKey;
    citation.lang = printed.lang;
    citation.paragraph = printed.paragraph;
    citation.printed = printed.printed;
    return citation;
}

} // namespace

QString FigureSuggestion::key() const
{
    return u"%1:%2:%3"_s.arg(citation.lang).arg(citation.paragraph).arg(citation.printed);
}

ObservationRecord FigureSuggestion::toRecord() const
{
    ObservationRecord record;
    record.companyId = companyId;
    record.metricKey = metricKey;
    record.value = value;
    record.valueHigh = valueHigh;
    record.currency = currency;
    record.asOf = asOf;
    record.qualifier = qualifier;
    record.citations.append(citationOf(articleKey, citation));
    if (counterpart)
        record.citations.append(citationOf(articleKey, *counterpart));
    return record;
}

QString EventSuggestion::key() const
{
    return u"event:%1:%2:%3:%4"_s.arg(citation.lang).arg(citation.paragraph).arg(kind, citation.printed);
}

EventRecord EventSuggestion::toRecord() const
{
    EventRecord record;
    record.companyId = companyId;
    record.personId = personId;
    record.kind = kind;
    record.date = date;
    record.citations.append(citationOf(articleKey, citation));
    return record;
}

} // namespace tigerscope
