#pragma once

#include "Figure.h"
#include "PartialDate.h"
#include "UserRecords.h"

#include <QList>
#include <QString>

#include <optional>

namespace tigerscope {

/// Where a figure is printed: one paragraph of one language version of an article.
struct PrintedFigure
{
    QString lang;
    int paragraph = -1;  ///< 0-based, as citations store it; people see paragraph + 1
    QString printed;     ///< the figure as printed ("15亿", "1.5 billion")
    qsizetype start = 0; ///< span of printed in the paragraph, in UTF-16 code units
    qsizetype length = 0;

    friend bool operator==(const PrintedFigure &, const PrintedFigure &) = default;
};

/// A figure FigureSuggester proposes to record: what the text says, who it is about and where it
/// is printed, with how sure the suggester is.
struct FigureSuggestion
{
    QString companyId; ///< empty: unsure
    QString metricKey; ///< empty: no cue names what it measures
    double value = 0.0;
    double valueHigh = qQNaN(); ///< upper end of a range, else NaN
    QString unit;               ///< of value: "money", "percent", "ratio", "parameters" or "number"
    QString currency;           ///< "CNY", "USD", … or empty
    QString qualifier;          ///< "exact", "approx", "at_least", "at_most" or "range"
    PartialDate asOf;           ///< invalid: not given
    QString asOfPrinted;        ///< the date as printed, when one is given
    QString articleKey;         ///< the cited article; empty when the import is not registered
    qint64 importedArticleId = -1;
    PrintedFigure citation;
    std::optional<PrintedFigure> counterpart; ///< the same figure in the aligned paragraph
    double confidence = 0.0;                  ///< in [0, 1]
    qint64 recordedId = -1;                   ///< the dataset's figure printed here, or -1

    bool recorded() const { return recordedId >= 0; }
    bool isRange() const { return !qIsNaN(valueHigh); }
    /// A stable name of this suggestion within its article, for dismissals: "en:11:1.5 billion".
    QString key() const;
    /// The figure as the dataset would store it, citing the paragraph(s) it is printed in.
    ObservationRecord toRecord() const;
};

/// An event the text states with one of the clearest cues (resigned, joined, launched, raised).
struct EventSuggestion
{
    QString companyId;
    QString personId;
    QString kind; ///< an events.kind: "departure", "hire", "product", "funding"
    PartialDate date;
    QString articleKey;
    PrintedFigure citation; ///< printed holds the cue word
    QString sentence;
    double confidence = 0.0;

    QString key() const;
    EventRecord toRecord() const;
};

} // namespace tigerscope
