#include "ObservationNoteSearch.h"

#include "BigramIndex.h"
#include "SqlSupport.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

ObservationNoteSearch::Condition ObservationNoteSearch::containing(const QString &schema, const QString &alias,
                                                                   const QString &text)
{
    const QString like = u" LIKE ?"_s + QString::fromUtf16(LikeEscape);
    const QString pattern = likeContains(text);
    const QString scan = u"(%1.note_zh%2 OR %1.note_en%2)"_s.arg(alias, like);

    QString table;
    QString match;
    if (text.toUcs4().size() >= 3) {
        table = u"observations_notes_fts"_s;
        match = ftsPhrase(text);
    } else if (BigramIndex::canAnswer(text)) {
        table = u"observations_notes_bigrams"_s;
        match = BigramIndex::matchExpression(text);
    } else {
        return {scan, {pattern, pattern}};
    }
    return {u"(%1.id IN (SELECT rowid FROM %2.%3 WHERE %3 MATCH ?) AND %4)"_s.arg(alias, schema, table, scan),
            {match, pattern, pattern}};
}

} // namespace tigerscope
