#include "FigureParser.h"

#include "DateParser.h"
#include "FigureGrammar.h"
#include "WidthFolding.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

using namespace figuregrammar;

/// One left-to-right pass over width-folded text.
class Scanner : public NumberReader
{
public:
    Scanner(const QString &folded, const QList<DateMention> &dates)
        : NumberReader(folded)
    {
        for (const DateMention &d : dates)
            m_blocked.append({d.position, d.position + d.length});
    }

    QList<Figure> run()
    {
        QList<Figure> figures;
        qsizetype i = 0;
        qsizetype lastEnd = 0;
        while (i < m_text.size()) {
            if (const qsizetype blockedEnd = blockedUntil(i); blockedEnd > i) {
                i = blockedEnd;
                lastEnd = i;
                continue;
            }
            if (auto figure = figureAt(i, lastEnd, true)) {
                figures.append(*figure);
                i = lastEnd = figure->position + figure->length;
            } else {
                ++i;
            }
        }
        return figures;
    }

private:
    qsizetype blockedUntil(qsizetype pos) const
    {
        for (const auto &[from, to] : m_blocked) {
            if (pos >= from && pos < to)
                return to;
        }
        return pos;
    }

    /// A figure and how it was written, for range reading.
    struct Parsed
    {
        Figure figure;
        double scale = 1.0;
        bool bare = false; ///< a plain number without scale, unit or currency
    };

    std::optional<Figure> figureAt(qsizetype pos, qsizetype floor, bool allowRange) const
    {
        std::optional<Parsed> parsed = parsedAt(pos, floor);
        if (!parsed)
            return std::nullopt;
        if (allowRange)
            readRange(*parsed);
        return parsed->figure;
    }

    std::optional<Parsed> parsedAt(qsizetype pos, qsizetype floor) const
    {
        std::optional<Core> core = arabicAt(pos);
        if (!core)
            core = chineseAt(pos, floor);
        if (!core)
            core = englishAt(pos);
        if (!core)
            return std::nullopt;

        Parsed parsed;
        Figure &figure = parsed.figure;
        figure.value = core->value;
        figure.unit = core->unit;
        figure.qualifier = core->qualifier;
        qsizetype end = core->end;
        parsed.scale = core->scale;
        const bool suffixed = readSuffixes(figure, end, parsed.scale);
        const qsizetype start = readPrefixes(figure, core->start, floor);
        parsed.bare
            = !suffixed && core->scale == 1.0 && figure.currency.isEmpty() && core->unit == Figure::Unit::Number;
        if (parsed.bare && core->plainInteger && figure.qualifier == Figure::Qualifier::Exact && figure.value >= 1900
            && figure.value <= 2100)
            figure.unit = Figure::Unit::Year;
        figure.position = start;
        figure.length = end - start;
        return parsed;
    }

    /// Length of the time word at pos, a Latin one only when spaced, and in days the time it
    /// lasts; 0 when there is none or it is part of a date or an era: "10日" is the tenth (but
    /// "10日内" a duration), "10周年" an anniversary, "80年代" a decade.
    qsizetype durationAt(qsizetype pos, bool spaced, double *days) const
    {
        for (const Word &word : durationWords()) {
            const qsizetype length = spaced && !isAsciiWord(word.text) ? 0 : matchAt(pos, word.text);
            if (!length)
                continue;
            const QChar next = at(pos + length);
            if ((word.text == u"日" && next != u'内') || (word.text == u"周" && next == u'年')
                || (word.text == u"年" && next == u'代'))
                return 0;
            *days = word.value;
            return length;
        }
        return 0;
    }

    /// Reads qualifier and unit words after the number; true when any was read. A time word turns
    /// the figure into days and multiplies scale by the days it stands for.
    bool readSuffixes(Figure &figure, qsizetype &end, double &scale) const
    {
        bool read = false;
        if (at(end) == u'+') {
            figure.qualifier = Figure::Qualifier::AtLeast;
            ++end;
            read = true;
        } else if ((at(end) == u'余' || at(end) == u'多') && figure.qualifier == Figure::Qualifier::Exact) {
            figure.qualifier = Figure::Qualifier::AtLeast;
            ++end;
            read = true;
        }
        bool unitRead = false;
        for (int round = 0; round < 2; ++round) {
            const qsizetype wordStart = skipSpaces(end);
            bool matched = false;
            for (const Marker &marker : qualifierSuffixes()) {
                const bool latin = isAsciiWord(marker.text);
                if (!latin && wordStart != end)
                    continue;
                if (const qsizetype length = matchAt(wordStart, marker.text)) {
                    figure.qualifier = marker.qualifier;
                    end = wordStart + length;
                    matched = read = true;
                    break;
                }
            }
            if (matched || unitRead)
                continue;
            double days = 1.0;
            if (const qsizetype length = durationAt(wordStart, wordStart != end, &days)) {
                figure.unit = Figure::Unit::Days;
                figure.value *= days;
                scale *= days;
                end = wordStart + length;
                unitRead = read = true;
                continue;
            }
            for (const UnitWord &unit : unitSuffixes()) {
                const bool latin = isAsciiWord(unit.text);
                if (!latin && wordStart != end && unit.text != u"%")
                    continue;
                const qsizetype length = matchAt(wordStart, unit.text);
                if (!length || (unit.text == u"元" && at(wordStart + 1) == u'宝'))
                    continue;
                if (unit.unit == Figure::Unit::Money) {
                    figure.currency = unit.currency.toString();
                    if (figure.unit == Figure::Unit::Parameters || figure.unit == Figure::Unit::Number)
                        figure.unit = Figure::Unit::Money;
                } else {
                    figure.unit = unit.unit;
                }
                end = wordStart + length;
                unitRead = read = true;
                break;
            }
        }
        return read;
    }

    /// Reads a currency sign and a qualifier before the number; returns the new start.
    qsizetype readPrefixes(Figure &figure, qsizetype start, qsizetype floor) const
    {
        qsizetype pos = skipSpacesBack(start, floor);
        for (const UnitWord &currency : currencyPrefixes()) {
            const qsizetype found = matchBefore(pos, currency.text, floor);
            if (found < 0)
                continue;
            figure.currency = currency.currency.toString();
            if (figure.unit != Figure::Unit::Percent && figure.unit != Figure::Unit::Ratio)
                figure.unit = Figure::Unit::Money;
            start = found;
            pos = skipSpacesBack(found, floor);
            break;
        }
        for (const Marker &marker : qualifierPrefixes()) {
            const qsizetype found = matchBefore(pos, marker.text, floor);
            if (found < 0)
                continue;
            if (figure.qualifier == Figure::Qualifier::Exact)
                figure.qualifier = marker.qualifier;
            start = found;
            break;
        }
        return start;
    }

    /// Extends a figure into a range when another follows after "or even", "甚至是", "-", "至".
    void readRange(Parsed &first) const
    {
        Figure &figure = first.figure;
        if (figure.unit == Figure::Unit::Year)
            return;
        const qsizetype end = figure.position + figure.length;
        const qsizetype connectorStart = skipSpaces(end);
        static const QList<QStringView> strong = {u"or even", u"甚至是", u"甚至"};
        static const QList<QStringView> weak = {u"to", u"至", u"到", u"-", u"–", u"—", u"~"};
        qsizetype connectorLength = 0;
        for (QStringView connector : strong) {
            if ((connectorLength = matchAt(connectorStart, connector)))
                break;
        }
        if (!connectorLength && first.bare) {
            for (QStringView connector : weak) {
                if ((connectorLength = matchAt(connectorStart, connector)))
                    break;
            }
        }
        if (!connectorLength)
            return;
        const qsizetype secondStart = skipSpaces(connectorStart + connectorLength);
        if (blockedUntil(secondStart) != secondStart)
            return;
        const std::optional<Parsed> second = parsedAt(secondStart, secondStart);
        if (!second || second->figure.position != secondStart || second->figure.unit == Figure::Unit::Year)
            return;
        Figure merged = figure;
        if (first.bare) {
            // "3至5亿": the first number takes the second one's magnitude.
            merged.value *= second->scale;
            merged.unit = second->figure.unit;
            merged.currency = second->figure.currency;
        } else if (second->figure.unit != figure.unit || second->figure.currency != figure.currency) {
            return;
        }
        if (second->figure.value <= merged.value)
            return;
        merged.valueHigh = second->figure.value;
        merged.length = second->figure.position + second->figure.length - merged.position;
        figure = merged;
    }

    QList<QPair<qsizetype, qsizetype>> m_blocked;
};

} // namespace

QList<Figure> FigureParser::extract(const QString &text)
{
    const QString folded = foldWidth(text);
    return Scanner(folded, DateParser::extract(folded)).run();
}

std::optional<Figure> FigureParser::parse(const QString &printed)
{
    const QList<Figure> figures = extract(printed);
    if (figures.isEmpty())
        return std::nullopt;
    return figures.first();
}

} // namespace tigerscope
