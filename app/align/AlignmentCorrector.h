#pragma once

#include "Alignment.h"

namespace tigerscope {

/// Hand corrections of a paragraph alignment, each a pure function from one alignment to the next
/// (the reader keeps the alignments before and after on its undo stack). A bead is addressed by
/// its index in Alignment::beads. Every correction keeps each paragraph in exactly one bead, in
/// reading order, and marks what it produces as confirmed; one that does not apply (no next bead,
/// nothing to split) returns the alignment unchanged and false in *applied.
class AlignmentCorrector
{
public:
    enum class Side { Chinese, English };

    /// The bead and the one after it become one bead.
    static Alignment mergeWithNext(const Alignment &alignment, int bead, bool *applied = nullptr);
    /// A bead of several paragraphs gives back its first paragraph of each side as a bead of its
    /// own, the rest staying together.
    static Alignment splitFirst(const Alignment &alignment, int bead, bool *applied = nullptr);
    /// The first paragraph of side in the bead moves to the end of the bead before it (which may
    /// have had none of that side).
    static Alignment shiftUp(const Alignment &alignment, int bead, Side side, bool *applied = nullptr);
    /// The last paragraph of side in the bead moves to the start of the bead after it.
    static Alignment shiftDown(const Alignment &alignment, int bead, Side side, bool *applied = nullptr);
    /// Every paragraph of the bead becomes one-sided: it has no counterpart.
    static Alignment markNoCounterpart(const Alignment &alignment, int bead, bool *applied = nullptr);
    /// The bead is right as it is.
    static Alignment confirm(const Alignment &alignment, int bead, bool *applied = nullptr);

    /// The index of the first bead after from (wrapping round) that is not confirmed and whose
    /// confidence is below threshold; -1 when there is none.
    static int nextUncertain(const Alignment &alignment, int from, double threshold);

    /// The confirmed beads, to hold when re-aligning the rest (ParagraphAligner::align).
    static QList<AlignmentBead> confirmedBeads(const Alignment &alignment);
};

} // namespace tigerscope
