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

/// A record about companyId that cites where it is printed.
template<typename Record>
Record citedRecord(const QString &companyId, const QString &articleKey, const PrintedFigure &printed)
{
    Record record;
    record.companyId = companyId;
    record.citations.append(citationOf(articleKey, printed));
    return record;
}

} // namespace

QString FigureSuggestion::key() const
{
    return u"%1:%2:%3"_s.arg(citation.lang).arg(citation.paragraph).arg(citation.printed);
}

ObservationRecord FigureSuggestion::toRecord() const
{
    auto record = citedRecord<ObservationRecord>(companyId, articleKey, citation);
    record.metricKey = metricKey;
    record.value = value;
    record.valueHigh = valueHigh;
    record.currency = currency;
    record.asOf = asOf;
    record.qualifier = qualifier;
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
    auto record = citedRecord<EventRecord>(companyId, articleKey, citation);
    record.personId = personId;
    record.kind = kind;
    record.date = date;
    return record;
}

} // namespace tigerscope
