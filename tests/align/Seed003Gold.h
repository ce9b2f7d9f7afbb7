#pragma once

#include <array>
#include <utility>

/// Hand-made reference alignment of seed 003 ("Post DeepSeek Era", New Entropy, 2025-03-26), as
/// paragraph indices only. Indices are 0-based over the non-empty lines of each language, the
/// English version (49 lines) coming first in the file and the Chinese original (34) after it.
///
/// Checked pair by pair. English paragraphs without a Chinese counterpart: 0–8 (title, source,
/// date, counters, reading time, an unrelated teaser), 15–17 (a "recommended article" advert),
/// and the section headings 19, 27, 36 ("01", "02", "03"), which the Chinese text leaves out.
/// The closing byline, licence and image credit (46–48) are translated and so paired.
namespace seed003 {

inline constexpr int kZhParagraphs = 34;
inline constexpr int kEnParagraphs = 49;

/// (Chinese paragraph, English paragraph): every Chinese paragraph has exactly one translation.
inline constexpr std::array<std::pair<int, int>, 34> kLinks = {{
    {0, 9},   {1, 10},  {2, 11},  {3, 12},  {4, 13},  {5, 14},  {6, 18},  {7, 20},  {8, 21},
    {9, 22},  {10, 23}, {11, 24}, {12, 25}, {13, 26}, {14, 28}, {15, 29}, {16, 30}, {17, 31},
    {18, 32}, {19, 33}, {20, 34}, {21, 35}, {22, 37}, {23, 38}, {24, 39}, {25, 40}, {26, 41},
    {27, 42}, {28, 43}, {29, 44}, {30, 45}, {31, 46}, {32, 47}, {33, 48},
}};

/// The English section headings.
inline constexpr std::array<int, 3> kEnHeadings = {19, 27, 36};

} // namespace seed003
