#include "AnchorIndex.h"

#include "DateParser.h"
#include "FigureParser.h"
#include "NameSounds.h"
#include "WidthFolding.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QString figureName(const Figure &figure, double value)
{
    QString prefix = u"N:"_s;
    if (figure.unit == Figure::Unit::Year)
        prefix = u"Y:"_s;
    else if (figure.unit == Figure::Unit::Percent)
        prefix = u"P:"_s;
    return prefix + QString::number(value, 'g', 6);
}

bool isLatinOrDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

/// Runs of Latin letters and digits that hold a letter and are at least two long: "deepseek",
/// "r1", "gpt", "4o", "questmobile".
QStringList latinTokens(const QString &text)
{
    const QString paragraph = foldWidth(text);
    QStringList tokens;
    qsizetype i = 0;
    while (i < paragraph.size()) {
        if (!isLatinOrDigit(paragraph.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        bool letter = false;
        while (end < paragraph.size() && isLatinOrDigit(paragraph.at(end))) {
            letter = letter || paragraph.at(end).isLetter();
            ++end;
        }
        if (letter && end - i >= 2)
            tokens.append(paragraph.mid(i, end - i).toCaseFolded());
        i = end;
    }
    return tokens;
}

QStringList numericNames(const QString &paragraph)
{
    QStringList names;
    for (const Figure &figure : FigureParser::extract(paragraph)) {
        names.append(figureName(figure, figure.value));
        if (figure.isRange())
            names.append(figureName(figure, figure.valueHigh));
    }
    for (const DateMention &date : DateParser::extract(paragraph)) {
        if (date.year)
            names.append(u"Y:%1"_s.arg(date.year));
        if (date.year && date.month)
            names.append(u"YM:%1-%2"_s.arg(date.year).arg(date.month));
        if (date.month && date.day)
            names.append(u"MD:%1-%2"_s.arg(date.month).arg(date.day));
        else if (date.month)
            names.append(u"M:%1"_s.arg(date.month));
    }
    return names;
}

// How much an anchor on one side only counts against a pairing, by kind and side. Figures and
// dates are translated; a Latin token of the Chinese text is normally kept in English, while most
// English words have no reason to appear in Chinese; an alias may be rendered by a pronoun.
double missingFactor(AnchorIndex::Kind kind, bool zhSide)
{
    switch (kind) {
    case AnchorIndex::Kind::Figure:
    case AnchorIndex::Kind::Date: return 1.0;
    case AnchorIndex::Kind::Latin: return zhSide ? 1.0 : 0.0;
    case AnchorIndex::Kind::Alias: return 0.5;
    case AnchorIndex::Kind::Name: return zhSide ? 0.5 : 0.0;
    }
    return 0.0;
}

void sortUnique(std::vector<int> &ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

} // namespace

QStringList AnchorIndex::anchorNames(const QString &paragraph)
{
    QStringList names = numericNames(paragraph);
    for (const QString &token : latinTokens(paragraph))
        names.append(u"L:"_s + token);
    names.removeDuplicates();
    return names;
}

int AnchorIndex::idFor(const QString &name, Kind kind)
{
    const auto found = m_ids.constFind(name);
    if (found != m_ids.cend())
        return *found;
    const int id = int(m_names.size());
    m_ids.insert(name, id);
    m_names.append(name);
    m_kinds.append(kind);
    return id;
}

AnchorIndex::AnchorIndex(const QStringList &zh, const QStringList &en, const QList<QPair<QString, QString>> &aliases)
{
    m_zh.resize(zh.size());
    m_en.resize(en.size());
    for (qsizetype i = 0; i < zh.size(); ++i) {
        for (const QString &name : numericNames(zh.at(i)))
            m_zh[i].push_back(idFor(name, name.startsWith(u'N') || name.startsWith(u'P') ? Kind::Figure : Kind::Date));
        for (const QString &token : latinTokens(zh.at(i)))
            m_zh[i].push_back(idFor(u"L:"_s + token, Kind::Latin));
    }
    for (qsizetype j = 0; j < en.size(); ++j) {
        for (const QString &name : numericNames(en.at(j)))
            m_en[j].push_back(idFor(name, name.startsWith(u'N') || name.startsWith(u'P') ? Kind::Figure : Kind::Date));
        // Only English tokens that the Chinese text also writes in Latin script can be shared.
        for (const QString &token : latinTokens(en.at(j))) {
            const auto found = m_ids.constFind(u"L:"_s + token);
            if (found != m_ids.cend())
                m_en[j].push_back(*found);
        }
    }
    addNameSounds(zh, en);
    for (qsizetype a = 0; a < aliases.size(); ++a) {
        const auto &[zhName, enName] = aliases.at(a);
        if (zhName.isEmpty() || enName.isEmpty())
            continue;
        const QString name = u"A:%1"_s.arg(a);
        for (qsizetype i = 0; i < zh.size(); ++i) {
            if (zh.at(i).contains(zhName, Qt::CaseInsensitive))
                m_zh[i].push_back(idFor(name, Kind::Alias));
        }
        for (qsizetype j = 0; j < en.size(); ++j) {
            if (en.at(j).contains(enName, Qt::CaseInsensitive))
                m_en[j].push_back(idFor(name, Kind::Alias));
        }
    }

    std::vector<int> documentFrequency(m_names.size(), 0);
    for (auto *side : {&m_zh, &m_en}) {
        for (std::vector<int> &ids : *side) {
            sortUnique(ids);
            for (int id : ids)
                ++documentFrequency[id];
        }
    }
    const double paragraphs = double(zh.size() + en.size());
    m_weights.resize(m_names.size());
    for (size_t id = 0; id < m_weights.size(); ++id)
        m_weights[id] = std::log(1.0 + paragraphs / std::max(1, documentFrequency[id]));
}

void AnchorIndex::addNameSounds(const QStringList &zh, const QStringList &en)
{
    std::vector<QStringList> enKeys(en.size());
    QSet<QString> known;
    for (qsizetype j = 0; j < en.size(); ++j) {
        enKeys[j] = NameSounds::englishKeys(en.at(j));
        for (const QString &key : std::as_const(enKeys[j]))
            known.insert(key);
    }
    NameSounds sounds;
    for (qsizetype i = 0; i < zh.size(); ++i) {
        for (const QString &key : sounds.chineseKeys(zh.at(i), known))
            m_zh[i].push_back(idFor(u"S:"_s + key, Kind::Name));
    }
    for (qsizetype j = 0; j < en.size(); ++j) {
        for (const QString &key : std::as_const(enKeys[j])) {
            const auto found = m_ids.constFind(u"S:"_s + key);
            if (found != m_ids.cend())
                m_en[j].push_back(*found);
        }
    }
}

AnchorIndex::Agreement AnchorIndex::agreement(const std::vector<int> &zh, const std::vector<int> &en) const
{
    Agreement result;
    auto z = zh.cbegin();
    auto e = en.cbegin();
    while (z != zh.cend() || e != en.cend()) {
        if (e == en.cend() || (z != zh.cend() && *z < *e)) {
            result.missing += m_weights[*z] * missingFactor(m_kinds.at(*z), true);
            ++z;
        } else if (z == zh.cend() || *e < *z) {
            result.missing += m_weights[*e] * missingFactor(m_kinds.at(*e), false);
            ++e;
        } else {
            result.shared += m_weights[*z];
            ++z;
            ++e;
        }
    }
    return result;
}

std::vector<int> AnchorIndex::unite(const std::vector<int> &a, const std::vector<int> &b)
{
    std::vector<int> united;
    united.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(united));
    return united;
}

} // namespace tigerscope
