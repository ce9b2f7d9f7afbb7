#pragma once

#include "PartialDate.h"

#include <QList>
#include <QString>

namespace tigerscope {

/// A word or phrase that names what a figure measures or what happened, in one language.
struct Cue
{
    QString key; ///< a metric key or an event kind
    QString lang;
    QString text;
};

/// A phrase such as 去年 or "last year", dated against an article's publication date.
struct RelativeDatePhrase
{
    enum class Part { Whole, Start, End };
    QString lang;
    QString text;
    int years = 0;  ///< added to the publication year
    int months = 0; ///< added to the publication month; used when precision is Month
    PartialDate::Precision precision = PartialDate::Precision::Year;
    Part part = Part::Whole; ///< for Quarter precision: the first or the last quarter of the year
};

/// Where a cue occurs in a text.
struct CueMatch
{
    int cue = -1; ///< index into the list searched
    qsizetype start = 0;
    qsizetype length = 0;
};

/// The reviewable table of cue words (resources/suggest/suggestion-cues.json, embedded): metric
/// cues, event cues and relative date phrases in Chinese and English.
class SuggestionCues
{
public:
    /// The embedded table, read once.
    static const SuggestionCues &shipped();
    /// A table from JSON text; empty lists and *error set when it cannot be read.
    static SuggestionCues fromJson(const QByteArray &json, QString *error = nullptr);

    const QList<Cue> &metricCues() const { return m_metricCues; }
    const QList<Cue> &eventCues() const { return m_eventCues; }
    const QList<RelativeDatePhrase> &relativeDates() const { return m_relativeDates; }

    /// Every occurrence of the cues of lang in text (English ignoring case), longest cue first
    /// where two overlap.
    static QList<CueMatch> find(const QList<Cue> &cues, const QString &lang, const QString &text);

private:
    QList<Cue> m_metricCues;
    QList<Cue> m_eventCues;
    QList<RelativeDatePhrase> m_relativeDates;
};

} // namespace tigerscope
