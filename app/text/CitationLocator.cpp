#include "CitationLocator.h"

#include "AlignedParagraphModel.h"
#include "CitationResolver.h"
#include "FigureParser.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

bool sameValue(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(std::abs(a), std::abs(b));
}

bool sameFigure(const Figure &a, const Figure &b)
{
    if (!sameValue(a.value, b.value))
        return false;
    if (a.isRange() != b.isRange() || (a.isRange() && !sameValue(a.valueHigh, b.valueHigh)))
        return false;
    // "15亿" carries no currency where "1.5 billion RMB" does: a missing currency or unit matches.
    const bool plainA = a.unit == Figure::Unit::Number || a.unit == Figure::Unit::Money;
    const bool plainB = b.unit == Figure::Unit::Number || b.unit == Figure::Unit::Money;
    if (!(plainA && plainB) && a.unit != b.unit)
        return false;
    return a.currency.isEmpty() || b.currency.isEmpty() || a.currency == b.currency;
}

} // namespace

CitationLocator::CitationLocator(QSqlDatabase db, const AlignedParagraphModel &model)
    : m_db(std::move(db))
    , m_model(model)
{}

std::optional<std::pair<qsizetype, qsizetype>> CitationLocator::findEquivalentFigure(const QString &printed,
                                                                                     const QString &text)
{
    const std::optional<Figure> wanted = FigureParser::parse(printed);
    if (!wanted || wanted->unit == Figure::Unit::Year)
        return std::nullopt;
    for (const Figure &figure : FigureParser::extract(text)) {
        if (sameFigure(*wanted, figure))
            return std::pair{figure.position, figure.length};
    }
    return std::nullopt;
}

QStringList CitationLocator::siblingPrintings(const QString &articleKey, const QString &lang, int paragraph,
                                              const QString &printed, const QString &otherLang) const
{
    // The citations of the same fact (observation, event or role) in the other language.
    QSqlQuery query(m_db);
    query.prepare(u"SELECT DISTINCT o.printed FROM all_citations c JOIN all_citations o "
                  "ON ((c.observation_id IS NOT NULL AND o.observation_id = c.observation_id) "
                  "OR (c.event_id IS NOT NULL AND o.event_id = c.event_id) "
                  "OR (c.role_id IS NOT NULL AND o.role_id = c.role_id)) "
                  "WHERE c.article_key = ? AND c.lang = ? AND c.paragraph = ? AND c.printed = ? "
                  "AND o.article_key = c.article_key AND o.lang = ? AND o.printed <> ''"_s);
    query.addBindValue(articleKey);
    query.addBindValue(lang);
    query.addBindValue(paragraph);
    query.addBindValue(printed);
    query.addBindValue(otherLang);
    QStringList printings;
    if (query.exec()) {
        while (query.next())
            printings << query.value(0).toString();
    }
    return printings;
}

QList<ParagraphSpan> CitationLocator::citedFigures(const QString &articleKey) const
{
    QList<ParagraphSpan> spans;
    QSqlQuery query(m_db);
    query.prepare(u"SELECT DISTINCT lang, paragraph, printed FROM all_citations "
                  "WHERE article_key = ? AND paragraph IS NOT NULL AND printed <> '' ORDER BY lang, paragraph"_s);
    query.addBindValue(articleKey);
    if (!query.exec())
        return spans;
    while (query.next()) {
        const QString lang = query.value(0).toString();
        const int paragraph = query.value(1).toInt();
        const QString printed = query.value(2).toString();
        const QString text = m_model.paragraph(lang, paragraph).text;
        const qsizetype at = CitationResolver::findFigure(text, printed);
        if (at >= 0)
            spans.append({lang, paragraph, at, std::min(printed.size(), text.size() - at)});
    }
    return spans;
}

QList<ParagraphSpan> CitationLocator::locate(const QString &articleKey, const QString &lang, int paragraph,
                                             const QString &printed) const
{
    QList<ParagraphSpan> spans;
    const QString text = m_model.paragraph(lang, paragraph).text;
    if (m_model.paragraph(lang, paragraph).index < 0)
        return spans;
    ParagraphSpan cited{lang, paragraph, 0, 0};
    if (!printed.isEmpty()) {
        const qsizetype at = CitationResolver::findFigure(text, printed);
        if (at >= 0) {
            cited.start = at;
            cited.length = std::min(printed.size(), text.size() - at);
        } else if (const auto equivalent = findEquivalentFigure(printed, text)) {
            cited.start = equivalent->first;
            cited.length = equivalent->second;
        }
    }
    spans << cited;

    const QString other = AlignedParagraphModel::otherLanguage(lang);
    const QStringList siblings
        = printed.isEmpty() ? QStringList() : siblingPrintings(articleKey, lang, paragraph, printed, other);
    for (int counterpart : m_model.counterparts(lang, paragraph)) {
        const QString counterText = m_model.paragraph(other, counterpart).text;
        ParagraphSpan span{other, counterpart, 0, 0};
        for (const QString &sibling : siblings) {
            const qsizetype at = CitationResolver::findFigure(counterText, sibling);
            if (at >= 0) {
                span.start = at;
                span.length = std::min(sibling.size(), counterText.size() - at);
                break;
            }
        }
        if (span.length == 0 && !printed.isEmpty()) {
            if (const auto equivalent = findEquivalentFigure(printed, counterText)) {
                span.start = equivalent->first;
                span.length = equivalent->second;
            }
        }
        spans << span;
    }
    return spans;
}

} // namespace tigerscope
