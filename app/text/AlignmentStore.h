#pragma once

#include "Alignment.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace tigerscope {

class Database;

/// Pairs the Chinese and English paragraphs of an imported article with ParagraphAligner and keeps
/// the beads in the alignments table, so the reader can show a paragraph beside its translation.
class AlignmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AlignmentStore)

public:
    /// Aligns the stored paragraphs of an imported article and replaces its stored alignment. An
    /// article a person corrected before (same fingerprint, same paragraph counts) gets its
    /// corrected alignment back instead. Runs inside the caller's transaction when there is one.
    /// Returns the number of beads stored (0 for an article in one language), or -1 with *error set.
    static int alignStored(qint64 articleId, Database &database, QString *error = nullptr);

    /// Replaces the stored alignment of an article by alignment.
    static bool save(qint64 articleId, const Alignment &alignment, Database &database, QString *error = nullptr);

    /// Stores an alignment a person corrected: as the article's alignment, and under its
    /// fingerprint so that a re-import of the same article gets it back. One transaction.
    static bool saveCorrected(qint64 articleId, const Alignment &alignment, Database &database,
                              QString *error = nullptr);

    /// The stored paragraphs aligned again with alignment's confirmed beads held as they are.
    static Alignment alignRest(qint64 articleId, const Alignment &alignment, Database &database);

    /// The stored alignment of an article; no beads when there is none.
    static Alignment load(qint64 articleId, Database &database);

    /// (Chinese, English) names of the same company or person, from the dataset, as anchors for
    /// the aligner. Names written the same in both languages are left out: the aligner already
    /// anchors Latin-script words found on both sides.
    static QList<QPair<QString, QString>> datasetAliases(Database &database);
};

} // namespace tigerscope
