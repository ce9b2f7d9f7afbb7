#pragma once

#include "Alignment.h"
#include "ArticleStore.h"

#include <QAbstractTableModel>
#include <QList>

namespace tigerscope {

class Database;

/// One row of the reader: Chinese paragraphs beside the English paragraphs that translate them.
/// One side is empty for a paragraph present in one language only.
struct ReaderRow
{
    QList<int> zh;
    QList<int> en;
    double confidence = 0.0;
    bool confirmed = false; ///< a person confirmed or corrected this row's bead

    bool isPair() const { return !zh.isEmpty() && !en.isEmpty(); }
    /// A pair the aligner is unsure of and no one confirmed (AlignmentBead::isUncertain).
    bool isUncertain() const { return isPair() && !confirmed && confidence < AlignmentBead::UncertainBelow; }
};

/// An imported article as rows of aligned paragraphs (one row per alignment bead), a Chinese and
/// an English column, for the reader's side-by-side, interleaved and one-language views. Knows
/// each paragraph's row and counterparts, and how much of the article the alignment covers.
class AlignedParagraphModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ChineseColumn, EnglishColumn, ColumnCount };
    enum Role {
        ParagraphIndexesRole = Qt::UserRole + 1, ///< QList<int>: the cell's paragraphs
        KindsRole,                               ///< QStringList: their kinds ("body", "heading"…)
        ConfidenceRole,                          ///< double: the bead's confidence
        PairedRole,                              ///< bool: the row has paragraphs in both languages
        LanguageRole,                            ///< "zh" or "en", by column
        UncertainRole                            ///< bool: an uncertain pair (ReaderRow::isUncertain)
    };

    explicit AlignedParagraphModel(QObject *parent = nullptr);

    /// Reads an imported article's paragraphs and stored alignment.
    void load(qint64 articleId, Database &database);
    /// Shows the given paragraphs; an alignment that does not cover them all in order is ignored.
    void setContent(const QList<StoredParagraph> &zh, const QList<StoredParagraph> &en, const Alignment &alignment);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 articleId() const { return m_articleId; }
    const ReaderRow &row(int row) const { return m_rows.at(row); }
    /// The rows as an alignment, one bead per row, to correct and store.
    Alignment alignment() const;
    const QList<StoredParagraph> &paragraphs(const QString &lang) const;
    /// The paragraph, or a default one (index -1… empty text) when there is none.
    StoredParagraph paragraph(const QString &lang, int index) const;

    /// The row holding a paragraph; -1 when there is none.
    int rowOf(const QString &lang, int index) const;
    /// The paragraphs of the other language aligned with this one.
    QList<int> counterparts(const QString &lang, int index) const;

    /// Paragraphs of lang that have a counterpart.
    int pairedCount(const QString &lang) const;
    /// The language whose coverage the badge shows: the one with fewer paragraphs (the
    /// translation's extra headings and page furniture do not count against the alignment).
    QString coverageLanguage() const;
    /// Uncertain pairs (ReaderRow::isUncertain).
    int uncertainCount() const;
    /// "31/34 ¶ aligned · 3 uncertain".
    QString coverageText() const;

    static QString otherLanguage(const QString &lang);
    /// "Aligned, confidence 62%".
    static QString confidenceText(double confidence);

private:
    void buildRows(const Alignment &alignment);

    qint64 m_articleId = -1;
    QList<StoredParagraph> m_zh;
    QList<StoredParagraph> m_en;
    QList<ReaderRow> m_rows;
    QList<int> m_zhRow; ///< row of each Chinese paragraph
    QList<int> m_enRow;
};

} // namespace tigerscope
