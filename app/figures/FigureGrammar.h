#pragma once

#include "Figure.h"

#include <QList>
#include <QStringView>

#include <optional>

/// The number grammars the figure parser reads — Arabic digits with separators and scale words,
/// Chinese numerals, English number words — and the tables of the words around a figure
/// (qualifiers, units, currencies). For FigureParser's scanner.
namespace tigerscope::figuregrammar {

bool isDigit(QChar c);
bool isLatinLetter(QChar c);
bool isSpace(QChar c);
int chineseDigit(QChar c);
double chineseMagnitude(QChar c);
bool isChineseNumeral(QChar c);
/// Value of a run such as "三十", "一千", "两千五百", "十万", "一亿五千万".
double chineseRunValue(QStringView run);
bool isAsciiWord(QStringView word);

struct Word
{
    QStringView text;
    double value;
};

struct Marker
{
    QStringView text;
    Figure::Qualifier qualifier;
};

struct UnitWord
{
    QStringView text;
    Figure::Unit unit;
    QStringView currency;
};

const QList<Word> &englishScaleWords();
const QList<Word> &englishNumberWords();
const QList<Word> &pluralScaleWords();
const QList<Word> &denominatorWords();
/// Time words after a number and the days each lasts ("周" 7, "个月" 30, "hours" 1/24).
const QList<Word> &durationWords();
std::optional<double> lookup(const QList<Word> &words, QStringView word);
/// Longest first where one is the tail of another.
const QList<Marker> &qualifierPrefixes();
const QList<Marker> &qualifierSuffixes();
const QList<UnitWord> &unitSuffixes();
const QList<UnitWord> &currencyPrefixes();

/// The number itself, before suffixes and prefixes are looked at.
struct Core
{
    double value = 0.0;
    qsizetype start = 0;
    qsizetype end = 0;
    double scale = 1.0; ///< multiplier word or character applied ("million", "亿")
    bool plainInteger = false;
    Figure::Unit unit = Figure::Unit::Number;
    Figure::Qualifier qualifier = Figure::Qualifier::Exact;
};

/// Reads a number at a position of width-folded text, in each of the three grammars.
class NumberReader
{
public:
    explicit NumberReader(QStringView text)
        : m_text(text)
    {}

    std::optional<Core> arabicAt(qsizetype pos) const;
    std::optional<Core> chineseAt(qsizetype pos, qsizetype floor) const;
    std::optional<Core> englishAt(qsizetype pos) const;

protected:
    QChar at(qsizetype pos) const;
    qsizetype skipSpaces(qsizetype pos) const;
    qsizetype skipSpacesBack(qsizetype pos, qsizetype floor) const;
    /// Length of word when it is written at pos (case-insensitively, a whole word when Latin), else 0.
    qsizetype matchAt(qsizetype pos, QStringView word) const;
    /// Start of word when it ends at end (a whole word when Latin), else -1.
    qsizetype matchBefore(qsizetype end, QStringView word, qsizetype floor) const;
    /// The Latin word starting at pos (letters only).
    QStringView latinWordAt(qsizetype pos) const;

    QStringView m_text;
};

} // namespace tigerscope::figuregrammar
