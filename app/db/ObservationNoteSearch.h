#pragma once

#include <QString>
#include <QVariantList>

namespace tigerscope {

/// Where an observation's notes contain a text, as a condition of a query: answered from the
/// notes' full-text indexes of schema 9 (the trigram index for three characters or more, the
/// bigram index for two letters or digits), as article search is, and by LIKE for anything
/// shorter. Whatever the index, the rows it finds are checked with the LIKE that a scan of every
/// note runs, so the rows matched are exactly the scan's (LIKE folds ASCII letters only, the
/// indexes fold every letter).
class ObservationNoteSearch
{
public:
    struct Condition
    {
        QString sql;         ///< a boolean expression over the observation's columns
        QVariantList values; ///< what its placeholders take, in order
    };

    /// The condition on observation alias (o) of the file schema (main, shipped) that its notes in
    /// either language contain text.
    static Condition containing(const QString &schema, const QString &alias, const QString &text);
};

} // namespace tigerscope
