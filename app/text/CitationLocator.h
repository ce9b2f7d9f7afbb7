#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tigerscope {

class AlignedParagraphModel;

/// A stretch of one paragraph to highlight; length 0 highlights the paragraph without a figure.
struct ParagraphSpan
{
    QString lang;
    int paragraph = -1;
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const ParagraphSpan &, const ParagraphSpan &) = default;
};

/// Finds a cited figure in the paragraph the citation names and the same figure in its aligned
/// counterpart: first as the dataset prints it in the other language (the sibling citation of the
/// same observation, event or role), else by value ("15亿" and "1.5 billion" are equal figures).
class CitationLocator
{
public:
    CitationLocator(QSqlDatabase db, const AlignedParagraphModel &model);

    /// The cited paragraph first, then its counterparts. Empty when the paragraph does not exist.
    QList<ParagraphSpan> locate(const QString &articleKey, const QString &lang, int paragraph,
                                const QString &printed) const;

    /// The figures and phrases the dataset cites in the model's article, where they are printed.
    QList<ParagraphSpan> citedFigures(const QString &articleKey) const;

    /// Where text holds a figure equal in value to the one printed; nothing when printed is not a
    /// figure or text has no equal one.
    static std::optional<std::pair<qsizetype, qsizetype>> findEquivalentFigure(const QString &printed,
                                                                               const QString &text);

private:
    QStringList siblingPrintings(const QString &articleKey, const QString &lang, int paragraph, const QString &printed,
                                 const QString &otherLang) const;

    QSqlDatabase m_db;
    const AlignedParagraphModel &m_model;
};

} // namespace tigerscope
