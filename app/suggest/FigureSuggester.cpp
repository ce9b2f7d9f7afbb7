#include "FigureSuggester.h"

#include "Vocabulary.h"

#include "AlignmentStore.h"
#include "ArticleStore.h"
#include "AsOfResolver.h"
#include "CitationLocator.h"
#include "Database.h"
#include "DateParser.h"
#include "FigureParser.h"
#include "TextSegments.h"

#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Confidence earned by where the company was found and by a metric cue.
constexpr double CompanyInClause = 0.45;
constexpr double CompanyInSentence = 0.35;
constexpr double CompanyInParagraph = 0.2;
constexpr double CompanyInArticle = 0.1;
constexpr double MetricFound = 0.35;
constexpr double CounterpartFound = 0.15;
constexpr double Base = 0.05;
/// The share of an article's company mentions one company needs to be its subject.
constexpr double ArticleSubjectShare = 0.35;
/// Characters between a figure and a product name that still make the product what is counted.
constexpr qsizetype CountedProductGap = 5;

QString qualifierKey(const Figure &figure)
{
    return Vocabulary::key(figure.isRange() ? Qualifier::Range : figure.qualifier).toString();
}

QString figureUnit(Figure::Unit unit)
{
    switch (unit) {
    case Figure::Unit::Money: return u"money"_s;
    case Figure::Unit::Percent: return u"percent"_s;
    case Figure::Unit::Ratio: return u"ratio"_s;
    case Figure::Unit::Parameters: return u"parameters"_s;
    case Figure::Unit::Days: return u"days"_s;
    case Figure::Unit::Number:
    case Figure::Unit::Year: break;
    }
    return u"number"_s;
}

/// Whether a figure of this kind can be a value of a metric measured in metricUnit.
bool fits(Figure::Unit unit, const QString &metricUnit)
{
    switch (unit) {
    case Figure::Unit::Money: return metricUnit == "money"_L1;
    case Figure::Unit::Percent: return metricUnit == "percent"_L1 || metricUnit == "ratio"_L1;
    case Figure::Unit::Ratio: return metricUnit == "ratio"_L1;
    case Figure::Unit::Parameters: return metricUnit == "parameters"_L1;
    case Figure::Unit::Days: return metricUnit == "days"_L1;
    case Figure::Unit::Number: return metricUnit == "people"_L1 || metricUnit == "users"_L1 || metricUnit == "count"_L1;
    case Figure::Unit::Year: break;
    }
    return false;
}

bool overlaps(qsizetype aStart, qsizetype aLength, qsizetype bStart, qsizetype bLength)
{
    return aStart < bStart + bLength && bStart < aStart + aLength;
}

qsizetype gap(qsizetype aStart, qsizetype aLength, qsizetype bStart, qsizetype bLength)
{
    if (overlaps(aStart, aLength, bStart, bLength))
        return 0;
    return aStart < bStart ? bStart - (aStart + aLength) : aStart - (bStart + bLength);
}

} // namespace

FigureSuggester::FigureSuggester(Database &database, const SuggestionCues &cues)
    : m_database(database)
    , m_cues(cues)
    , m_lexicon(EntityLexicon::load(database.connection()))
{
    QSqlQuery query(database.connection());
    if (query.exec(u"SELECT key, unit FROM all_metrics"_s)) {
        while (query.next())
            m_metricUnits.insert(query.value(0).toString(), query.value(1).toString());
    }
    if (query.exec(u"SELECT text FROM all_aliases WHERE kind = 'product'"_s)) {
        while (query.next())
            m_productNames.insert(query.value(0).toString());
    }
    // Former roles first, so that a current one wins.
    if (query.exec(u"SELECT person_id, company_id FROM all_roles WHERE company_id IS NOT NULL "
                   "ORDER BY status = 'current', id"_s)) {
        while (query.next())
            m_personCompany.insert(query.value(0).toString(), query.value(1).toString());
    }
}

qint64 FigureSuggester::findArticle(const QString &idOrKey, Database &database)
{
    bool isNumber = false;
    const qint64 id = idOrKey.toLongLong(&isNumber);
    for (const StoredArticle &article : ArticleStore::listArticles(database)) {
        if ((isNumber && article.id == id) || (!article.articleKey.isEmpty() && article.articleKey == idOrKey))
            return article.id;
    }
    return -1;
}

QString FigureSuggester::companyOf(int entityIndex) const
{
    if (entityIndex < 0 || entityIndex >= m_lexicon.entities().size())
        return {};
    const Entity &entity = m_lexicon.entities().at(entityIndex);
    return entity.kind == Entity::Kind::Company ? entity.id : m_personCompany.value(entity.id);
}

QString FigureSuggester::articleSubject(const QList<StoredParagraph> &paragraphs) const
{
    QHash<QString, int> counts;
    int total = 0;
    for (const StoredParagraph &paragraph : paragraphs) {
        for (const EntityMention &mention : m_lexicon.find(paragraph.text)) {
            const QString company = companyOf(mention.entity);
            if (!company.isEmpty()) {
                ++counts[company];
                ++total;
            }
        }
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (best.isEmpty() || it.value() > counts.value(best) || (it.value() == counts.value(best) && it.key() < best))
            best = it.key();
    }
    return total > 0 && counts.value(best) >= ArticleSubjectShare * total ? best : QString();
}

qint64 FigureSuggester::recordedId(const QString &articleKey, const FigureSuggestion &suggestion, double rawValue) const
{
    if (articleKey.isEmpty())
        return -1;
    if (!m_recorded.contains(articleKey)) {
        QList<RecordedCitation> rows;
        QSqlQuery query(m_database.connection());
        query.prepare(u"SELECT o.id, c.lang, c.paragraph, c.printed, o.value FROM all_citations c "
                      "JOIN all_observations o ON o.id = c.observation_id WHERE c.article_key = ?"_s);
        query.addBindValue(articleKey);
        if (query.exec()) {
            while (query.next())
                rows.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(),
                             query.value(3).toString(), query.value(4).toDouble()});
        }
        m_recorded.insert(articleKey, rows);
    }
    const auto matches = [&](const PrintedFigure &printed) -> qint64 {
        for (const RecordedCitation &row : m_recorded.value(articleKey)) {
            if (row.lang != printed.lang || row.paragraph != printed.paragraph)
                continue;
            if (row.printed == printed.printed || Figure::sameValue(row.value, suggestion.value)
                || Figure::sameValue(row.value, rawValue))
                return row.observationId;
        }
        return -1;
    };
    qint64 id = matches(suggestion.citation);
    if (id < 0 && suggestion.counterpart)
        id = matches(*suggestion.counterpart);
    return id;
}

QList<FigureSuggestion> FigureSuggester::suggestFigures(qint64 importedArticleId) const
{
    QList<FigureSuggestion> suggestions;
    const StoredArticle article = ArticleStore::article(importedArticleId, m_database);
    if (article.id < 0)
        return suggestions;
    const Alignment alignment = AlignmentStore::load(importedArticleId, m_database);
    QHash<QString, QList<StoredParagraph>> byLang;
    QList<StoredParagraph> all;
    for (const QString &lang : article.languages) {
        byLang.insert(lang, ArticleStore::paragraphs(importedArticleId, lang, m_database));
        all += byLang.value(lang);
    }
    const QString subject = articleSubject(all);
    for (const QString &lang : article.languages) {
        const QList<StoredParagraph> other = byLang.value(lang == "zh"_L1 ? u"en"_s : u"zh"_s);
        for (const StoredParagraph &paragraph : byLang.value(lang)) {
            if (paragraph.kind == ParagraphKind::Body)
                suggestInParagraph(article, paragraph, other, alignment, subject, &suggestions);
        }
    }
    return suggestions;
}

void FigureSuggester::suggestInParagraph(const StoredArticle &article, const StoredParagraph &paragraph,
                                         const QList<StoredParagraph> &otherParagraphs, const Alignment &alignment,
                                         const QString &articleSubject, QList<FigureSuggestion> *out) const
{
    const QString &text = paragraph.text;
    const QList<EntityMention> mentions = m_lexicon.find(text);
    const QList<DateMention> dates = DateParser::extract(text);
    const QString paragraphSubject = TextSegments::mostFrequent(mentions, [this](int e) { return companyOf(e); });
    const AsOfResolver resolver(m_cues, article.published);
    const QList<int> counterparts = TextSegments::counterparts(alignment, paragraph.lang, paragraph.index);

    for (const Figure &figure : FigureParser::extract(text)) {
        if (figure.unit == Figure::Unit::Year)
            continue;
        const auto inside = [&](qsizetype start, qsizetype length) {
            return overlaps(start, length, figure.position, figure.length);
        };
        if (TextSegments::isClockTime(text, figure.position, figure.length)
            || std::any_of(mentions.cbegin(), mentions.cend(),
                           [&](const EntityMention &m) { return inside(m.start, m.length); })
            || std::any_of(dates.cbegin(), dates.cend(),
                           [&](const DateMention &d) { return inside(d.position, d.length); }))
            continue;

        FigureSuggestion suggestion;
        suggestion.importedArticleId = article.id;
        suggestion.articleKey = article.articleKey;
        suggestion.citation = {paragraph.lang, paragraph.index, text.mid(figure.position, figure.length),
                               figure.position, figure.length};
        const TextSpan sentence = TextSegments::sentenceAt(text, figure.position);
        const TextSpan clause = TextSegments::clauseAt(text, sentence, figure.position);
        double confidence = Base;

        // Company: nearest in the clause, then in the sentence (earlier mentions first: the
        // subject usually comes before its figure in both languages), then the subjects.
        const auto nearest = [&](const TextSpan &span) -> QString {
            QString before;
            QString after;
            for (const EntityMention &mention : mentions) {
                const QString company = companyOf(mention.entity);
                if (company.isEmpty() || mention.start < span.start || mention.start >= span.start + span.length)
                    continue;
                // A product right after the figure is what it counts ("上万张H100芯片"), not whose it is;
                // a duration counts nothing ("244 days for ChatGPT").
                const qsizetype following = mention.start - (figure.position + figure.length);
                if (figure.unit != Figure::Unit::Days && following >= 0 && following <= CountedProductGap
                    && m_productNames.contains(text.mid(mention.start, mention.length)))
                    continue;
                if (mention.start < figure.position)
                    before = company; // the last one before wins: it is the nearest
                else if (after.isEmpty())
                    after = company;
            }
            return before.isEmpty() ? after : before;
        };
        if (const QString c = nearest(clause); !c.isEmpty()) {
            suggestion.companyId = c;
            confidence += CompanyInClause;
        } else if (const QString s = nearest(sentence); !s.isEmpty()) {
            suggestion.companyId = s;
            confidence += CompanyInSentence;
        } else if (!paragraphSubject.isEmpty()) {
            suggestion.companyId = paragraphSubject;
            confidence += CompanyInParagraph;
        } else if (!articleSubject.isEmpty()) {
            suggestion.companyId = articleSubject;
            confidence += CompanyInArticle;
        }

        // Metric: the nearest fitting cue in the sentence, a cue in the same clause first.
        const QString sentenceText = text.mid(sentence.start, sentence.length);
        qsizetype bestGap = std::numeric_limits<qsizetype>::max();
        for (const CueMatch &match : SuggestionCues::find(m_cues.metricCues(), paragraph.lang, sentenceText)) {
            const QString &metric = m_cues.metricCues().at(match.cue).key;
            if (!fits(figure.unit, m_metricUnits.value(metric)))
                continue;
            const qsizetype start = sentence.start + match.start;
            qsizetype g = gap(start, match.length, figure.position, figure.length);
            // English names what it counts before the figure ("a valuation of 20 billion"), Chinese
            // mostly after it ("200亿元的估值"): a cue on the other side counts as further away.
            if (paragraph.lang == "en"_L1 && start > figure.position)
                g += TextSegments::FollowingCuePenalty;
            if (start < clause.start || start >= clause.start + clause.length)
                g += TextSegments::OtherClausePenalty;
            if (g < bestGap) {
                bestGap = g;
                suggestion.metricKey = metric;
            }
        }
        if (!suggestion.metricKey.isEmpty())
            confidence += MetricFound;

        const bool asRatio
            = figure.unit == Figure::Unit::Percent && m_metricUnits.value(suggestion.metricKey) == "ratio"_L1;
        suggestion.value = asRatio ? figure.value / 100.0 : figure.value;
        suggestion.valueHigh = asRatio ? figure.valueHigh / 100.0 : figure.valueHigh;
        suggestion.unit = asRatio ? u"ratio"_s : figureUnit(figure.unit);
        suggestion.currency = figure.currency;
        suggestion.qualifier = qualifierKey(figure);

        const AsOf asOf
            = resolver.resolve(sentenceText, paragraph.lang, figure.position - sentence.start, figure.length);
        suggestion.asOf = asOf.date;
        suggestion.asOfPrinted = asOf.printed;

        for (int index : counterparts) {
            if (index < 0 || index >= otherParagraphs.size())
                continue;
            const QString &otherText = otherParagraphs.at(index).text;
            if (const auto found = CitationLocator::findEquivalentFigure(suggestion.citation.printed, otherText)) {
                suggestion.counterpart
                    = PrintedFigure{otherParagraphs.at(index).lang, index, otherText.mid(found->first, found->second),
                                    found->first, found->second};
                confidence += CounterpartFound;
                break;
            }
        }
        suggestion.confidence = std::min(1.0, confidence);
        suggestion.recordedId = recordedId(article.articleKey, suggestion, figure.value);
        out->append(suggestion);
    }
}

QList<EventSuggestion> FigureSuggester::suggestEvents(qint64 importedArticleId) const
{
    QList<EventSuggestion> events;
    const StoredArticle article = ArticleStore::article(importedArticleId, m_database);
    const AsOfResolver resolver(m_cues, article.published);
    for (const QString &lang : article.languages) {
        for (const StoredParagraph &paragraph : ArticleStore::paragraphs(importedArticleId, lang, m_database)) {
            if (paragraph.kind != ParagraphKind::Body)
                continue;
            const QList<EntityMention> mentions = m_lexicon.find(paragraph.text);
            for (const CueMatch &match : SuggestionCues::find(m_cues.eventCues(), lang, paragraph.text)) {
                const TextSpan sentence = TextSegments::sentenceAt(paragraph.text, match.start);
                EventSuggestion event;
                // The person and the company nearest before the cue: "X has resigned", "X离职".
                for (const EntityMention &mention : mentions) {
                    if (mention.start < sentence.start || mention.start >= match.start)
                        continue;
                    const Entity &entity = m_lexicon.entities().at(mention.entity);
                    if (entity.kind == Entity::Kind::Person)
                        event.personId = entity.id;
                    event.companyId = companyOf(mention.entity);
                }
                if (event.companyId.isEmpty())
                    continue;
                event.kind = m_cues.eventCues().at(match.cue).key;
                event.articleKey = article.articleKey;
                event.citation
                    = {lang, paragraph.index, paragraph.text.mid(match.start, match.length), match.start, match.length};
                event.sentence = paragraph.text.mid(sentence.start, sentence.length);
                event.date = resolver.resolve(event.sentence, lang, match.start - sentence.start, match.length).date;
                event.confidence = event.personId.isEmpty() ? 0.4 : 0.6;
                events.append(event);
            }
        }
    }
    return events;
}

} // namespace tigerscope
