#include "AsOfResolver.h"

#include "DateParser.h"
#include "FigureParser.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

struct Span
{
    qsizetype start = 0;
    qsizetype length = 0;
    bool overlaps(const Span &other) const
    {
        return start < other.start + other.length && other.start < start + length;
    }
};

qsizetype distance(const Span &a, const Span &b)
{
    if (a.overlaps(b))
        return 0;
    return a.start < b.start ? b.start - (a.start + a.length) : a.start - (b.start + b.length);
}

/// "2024年底" is the last quarter of 2024, "2025年初" its first; a bare year stays a year.
PartialDate fromMention(const DateMention &mention, int year)
{
    using P = PartialDate::Precision;
    if (year <= 0)
        return {};
    if (mention.month > 0 && mention.day > 0)
        return {QDate(year, mention.month, mention.day), P::Day};
    if (mention.month > 0)
        return {QDate(year, mention.month, 1), P::Month};
    if (mention.part == DateMention::Part::End)
        return {QDate(year, 10, 1), P::Quarter};
    if (mention.part == DateMention::Part::Start)
        return {QDate(year, 1, 1), P::Quarter};
    return {QDate(year, 1, 1), P::Year};
}

} // namespace

AsOfResolver::AsOfResolver(const SuggestionCues &cues, const QDate &published)
    : m_cues(cues)
    , m_published(published)
{}

PartialDate AsOfResolver::resolvePhrase(const RelativeDatePhrase &phrase) const
{
    using P = PartialDate::Precision;
    if (!m_published.isValid())
        return {};
    const int year = m_published.year() + phrase.years;
    switch (phrase.precision) {
    case P::Month: {
        const QDate month = QDate(m_published.year(), m_published.month(), 1).addMonths(phrase.months);
        return {month, P::Month};
    }
    case P::Quarter: return {QDate(year, phrase.part == RelativeDatePhrase::Part::End ? 10 : 1, 1), P::Quarter};
    case P::Day: return {m_published, P::Day};
    case P::Year: break;
    }
    return {QDate(year, 1, 1), P::Year};
}

AsOf AsOfResolver::resolve(const QString &sentence, const QString &lang, qsizetype position, qsizetype length) const
{
    const Span figure{position, length};
    QList<std::pair<Span, DateMention>> dates;
    for (const DateMention &mention : DateParser::extract(sentence))
        dates.append({{mention.position, mention.length}, mention});
    for (const Figure &year : FigureParser::extract(sentence)) {
        if (year.unit != Figure::Unit::Year)
            continue;
        DateMention mention;
        mention.year = int(year.value);
        dates.append({{year.position, year.length}, mention});
    }

    // Relative phrases not inside a printed date ("2024年底" is a date, not 年底 of this year).
    QList<std::pair<Span, const RelativeDatePhrase *>> phrases;
    for (const RelativeDatePhrase &phrase : m_cues.relativeDates()) {
        if (phrase.lang != lang)
            continue;
        const Qt::CaseSensitivity cs = lang == "en"_L1 ? Qt::CaseInsensitive : Qt::CaseSensitive;
        for (qsizetype at = sentence.indexOf(phrase.text, 0, cs); at >= 0;
             at = sentence.indexOf(phrase.text, at + 1, cs)) {
            const Span span{at, phrase.text.size()};
            bool inDate = false;
            for (const auto &date : std::as_const(dates))
                inDate = inDate || date.first.overlaps(span);
            if (!inDate)
                phrases.append({span, &phrase});
        }
    }

    // The year a date without one ("2月底") is in: "this year"/"last year" in the sentence, else
    // the article's.
    int impliedYear = m_published.isValid() ? m_published.year() : 0;
    for (const auto &phrase : std::as_const(phrases)) {
        if (phrase.second->precision == PartialDate::Precision::Year && m_published.isValid())
            impliedYear = m_published.year() + phrase.second->years;
    }

    AsOf best;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (const auto &date : std::as_const(dates)) {
        const PartialDate resolved = fromMention(date.second, date.second.year > 0 ? date.second.year : impliedYear);
        const qsizetype d = distance(date.first, figure);
        if (resolved.isValid() && d < bestDistance && !date.first.overlaps(figure)) {
            bestDistance = d;
            best = {resolved, sentence.mid(date.first.start, date.first.length)};
        }
    }
    if (best.date.isValid())
        return best;
    for (const auto &phrase : std::as_const(phrases)) {
        const PartialDate resolved = resolvePhrase(*phrase.second);
        const qsizetype d = distance(phrase.first, figure);
        if (resolved.isValid() && d < bestDistance) {
            bestDistance = d;
            best = {resolved, sentence.mid(phrase.first.start, phrase.first.length)};
        }
    }
    return best;
}

} // namespace tigerscope
