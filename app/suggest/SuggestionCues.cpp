#include "SuggestionCues.h"

#include "Vocabulary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

void readCues(const QJsonArray &array, const QString &keyField, QList<Cue> *cues)
{
    for (const QJsonValue &entry : array) {
        const QJsonObject object = entry.toObject();
        const QString key = object.value(keyField).toString();
        for (const QString &lang : {u"zh"_s, u"en"_s}) {
            for (const QJsonValue &text : object.value(lang).toArray())
                cues->append({key, lang, text.toString()});
        }
    }
}

PartialDate::Precision precisionOf(const QString &name)
{
    return Vocabulary::fromKey(name, DatePrecision::Year);
}

} // namespace

const SuggestionCues &SuggestionCues::shipped()
{
    static const SuggestionCues cues = [] {
        QFile file(u":/suggest/suggestion-cues.json"_s);
        file.open(QIODevice::ReadOnly);
        return fromJson(file.readAll());
    }();
    return cues;
}

SuggestionCues SuggestionCues::fromJson(const QByteArray &json, QString *error)
{
    SuggestionCues cues;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        if (error)
            *error = parseError.errorString();
        return cues;
    }
    const QJsonObject root = document.object();
    readCues(root.value("metrics"_L1).toArray(), u"metric"_s, &cues.m_metricCues);
    readCues(root.value("events"_L1).toArray(), u"kind"_s, &cues.m_eventCues);
    for (const QJsonValue &entry : root.value("relative_dates"_L1).toArray()) {
        const QJsonObject object = entry.toObject();
        RelativeDatePhrase phrase;
        phrase.lang = object.value("lang"_L1).toString();
        phrase.text = object.value("text"_L1).toString();
        phrase.years = object.value("years"_L1).toInt();
        phrase.months = object.value("months"_L1).toInt();
        phrase.precision = precisionOf(object.value("precision"_L1).toString());
        const QString part = object.value("part"_L1).toString();
        phrase.part = part == "start"_L1 ? RelativeDatePhrase::Part::Start
            : part == "end"_L1           ? RelativeDatePhrase::Part::End
                                         : RelativeDatePhrase::Part::Whole;
        cues.m_relativeDates.append(phrase);
    }
    return cues;
}

QList<CueMatch> SuggestionCues::find(const QList<Cue> &cues, const QString &lang, const QString &text)
{
    QList<CueMatch> found;
    for (qsizetype i = 0; i < cues.size(); ++i) {
        const Cue &cue = cues.at(i);
        if (cue.lang != lang || cue.text.isEmpty())
            continue;
        const Qt::CaseSensitivity cs = lang == "en"_L1 ? Qt::CaseInsensitive : Qt::CaseSensitive;
        for (qsizetype at = text.indexOf(cue.text, 0, cs); at >= 0; at = text.indexOf(cue.text, at + 1, cs)) {
            // English cues are whole words: "cost" is not found in "costume".
            if (lang == "en"_L1
                && ((at > 0 && text.at(at - 1).isLetter())
                    || (at + cue.text.size() < text.size() && text.at(at + cue.text.size()).isLetter())))
                continue;
            found.append({int(i), at, cue.text.size()});
        }
    }
    // Longest first, then drop those inside an earlier (longer) one.
    std::stable_sort(found.begin(), found.end(),
                     [](const CueMatch &a, const CueMatch &b) { return a.length > b.length; });
    QList<CueMatch> kept;
    for (const CueMatch &match : std::as_const(found)) {
        const bool inside = std::any_of(kept.cbegin(), kept.cend(), [&](const CueMatch &other) {
            return match.start < other.start + other.length && other.start < match.start + match.length;
        });
        if (!inside)
            kept.append(match);
    }
    std::sort(kept.begin(), kept.end(), [](const CueMatch &a, const CueMatch &b) { return a.start < b.start; });
    return kept;
}

} // namespace tigerscope
