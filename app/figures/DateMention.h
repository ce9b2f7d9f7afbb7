#pragma once

#include <QString>

namespace tigerscope {

/// A date or part of a date named in a text: "2025年2月9日", "February 9, 2025", "2025-03-26",
/// "2024年底", "end of 2024", "2月底". Unknown fields are 0.
struct DateMention
{
    enum class Part { Whole, Start, Middle, End };

    int year = 0;
    int month = 0;
    int day = 0;
    Part part = Part::Whole; ///< "年底"/"end of" give End; applies to the finest field known
    qsizetype position = 0;  ///< span in the source text, in UTF-16 code units
    qsizetype length = 0;
};

} // namespace tigerscope
