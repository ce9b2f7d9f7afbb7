#pragma once

#include "EntityLexicon.h"
#include "FigureSuggestion.h"
#include "SuggestionCues.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace tigerscope {

class Database;
struct Alignment;
struct StoredArticle;
struct StoredParagraph;

/// Proposes, for every figure FigureParser finds in an imported article's body paragraphs, what
/// it is: the company (the mention nearest the figure in its clause or sentence, else the
/// paragraph's subject, else the article's when one company clearly dominates it; none when
/// unsure), the metric (the nearest cue word of SuggestionCues whose metric's unit fits the
/// figure), value, unit, currency, qualifier and range from the parser, the as-of date
/// (AsOfResolver), where it is printed and where its aligned counterpart prints it, a confidence,
/// and whether the dataset already records it. Reads the database; writes nothing.
class FigureSuggester
{
public:
    explicit FigureSuggester(Database &database, const SuggestionCues &cues = SuggestionCues::shipped());

    /// Every figure of the article, in reading order (English first, then Chinese, as stored).
    QList<FigureSuggestion> suggestFigures(qint64 importedArticleId) const;
    /// Events stated with the clearest cues, in reading order.
    QList<EventSuggestion> suggestEvents(qint64 importedArticleId) const;

    /// The imported article an argument names: its id, or the key of the article it was
    /// recognised as. -1 when none.
    static qint64 findArticle(const QString &idOrKey, Database &database);

private:
    struct RecordedCitation
    {
        qint64 observationId = -1;
        QString lang;
        int paragraph = -1;
        QString printed;
        double value = 0.0;
    };

    void suggestInParagraph(const StoredArticle &article, const StoredParagraph &paragraph,
                            const QList<StoredParagraph> &otherParagraphs, const Alignment &alignment,
                            const QString &articleSubject, QList<FigureSuggestion> *out) const;
    QString companyOf(int entityIndex) const;
    QString articleSubject(const QList<StoredParagraph> &paragraphs) const;
    qint64 recordedId(const QString &articleKey, const FigureSuggestion &suggestion, double rawValue) const;

    Database &m_database;
    const SuggestionCues &m_cues;
    EntityLexicon m_lexicon;
    QHash<QString, QString> m_personCompany;                    ///< a person's current company
    QHash<QString, QString> m_metricUnits;                      ///< metric key to its unit
    QSet<QString> m_productNames;                               ///< aliases that name a product, not a company
    mutable QHash<QString, QList<RecordedCitation>> m_recorded; ///< per article key, read once
};

} // namespace tigerscope
