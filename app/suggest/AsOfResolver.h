#pragma once

#include "PartialDate.h"
#include "SuggestionCues.h"

#include <QDate>
#include <QString>

namespace tigerscope {

/// The date a figure is given for, as its sentence prints it.
struct AsOf
{
    PartialDate date; ///< invalid: the sentence gives no date ("not given")
    QString printed;  ///< the date as printed ("2024年底", "last year"); empty when none
};

/// Finds the as-of date of a figure in its sentence: the nearest date the sentence names, else the
/// nearest relative phrase (去年, 今年2月底, last year, recently) resolved against the article's
/// publication date, with the precision the phrase really has — a year for "last year", a month
/// for "recently". Without a publication date, relative phrases give no date.
class AsOfResolver
{
public:
    AsOfResolver(const SuggestionCues &cues, const QDate &published);

    /// The date for the figure at [position, position + length) of sentence.
    AsOf resolve(const QString &sentence, const QString &lang, qsizetype position, qsizetype length) const;

private:
    PartialDate resolvePhrase(const RelativeDatePhrase &phrase) const;

    const SuggestionCues &m_cues;
    QDate m_published;
};

} // namespace tigerscope
