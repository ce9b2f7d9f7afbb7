#include "DateParser.h"

#include "WidthFolding.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

const QString kMonths = u"January|February|March|April|May|June|July|August|September|October|November|December|"
                        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"_s;

int monthFromName(const QString &name)
{
    static const QStringList prefixes = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                         u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(prefixes.indexOf(name.left(3).toLower())) + 1;
}

DateMention::Part partFromWord(const QString &word)
{
    static const QStringList ends = {u"底"_s, u"末"_s, u"下旬"_s, u"end"_s, u"close"_s, u"late"_s};
    static const QStringList starts = {u"初"_s, u"上旬"_s, u"beginning"_s, u"start"_s, u"early"_s};
    static const QStringList middles = {u"中"_s, u"中旬"_s, u"middle"_s, u"mid"_s};
    const QString w = word.toLower();
    if (ends.contains(w))
        return DateMention::Part::End;
    if (starts.contains(w))
        return DateMention::Part::Start;
    if (middles.contains(w))
        return DateMention::Part::Middle;
    return DateMention::Part::Whole;
}

enum class Field { None, Year, Month, Day, Part };

/// One date shape: a pattern and which capture holds which field.
struct Shape
{
    QRegularExpression pattern;
    QList<Field> captures;
    bool monthByName = false;
};

const QList<Shape> &shapes()
{
    using F = Field;
    // Boundaries: no digit glued before a year or after a day.
    const QString nd = u"(?<![0-9])"_s;
    const QString na = u"(?![0-9])"_s;
    static const QList<Shape> list = {
        {QRegularExpression(nd + u"([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]"_s),
         {F::Year, F::Month, F::Day}},
        {QRegularExpression(nd + u"([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月(底|末|初|上旬|中旬|下旬)?"_s),
         {F::Year, F::Month, F::Part}},
        {QRegularExpression(nd + u"([0-9]{4})\\s*年(?:年)?(底|末|初|中)?"_s), {F::Year, F::Part}},
        {QRegularExpression(nd + u"([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*[日号]"_s), {F::Month, F::Day}},
        {QRegularExpression(nd + u"([0-9]{1,2})\\s*月(底|末|初|上旬|中旬|下旬)"_s), {F::Month, F::Part}},
        {QRegularExpression(nd + u"([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})"_s + na), {F::Year, F::Month, F::Day}},
        {QRegularExpression(u"\\b("_s + kMonths + u")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\\s+([0-9]{4})"_s + na),
         {F::Month, F::Day, F::Year},
         true},
        {QRegularExpression(nd + u"([0-9]{1,2})(?:st|nd|rd|th)?\\s+("_s + kMonths + u")\\.?,?\\s+([0-9]{4})"_s + na),
         {F::Day, F::Month, F::Year},
         true},
        {QRegularExpression(u"\\b("_s + kMonths + u")\\.?,?\\s+([0-9]{4})"_s + na), {F::Month, F::Year}, true},
        {QRegularExpression(u"\\b(?i:(end|close|beginning|start|middle))\\s+of\\s+(?:the\\s+year\\s+)?([0-9]{4})"_s
                            + na),
         {F::Part, F::Year}},
        {QRegularExpression(u"\\b(?i:(early|late|mid))[-\\s]+([0-9]{4})"_s + na), {F::Part, F::Year}},
        {QRegularExpression(u"\\b(?i:(end|close|beginning|start|middle))\\s+of\\s+("_s + kMonths + u")\\b"_s),
         {F::Part, F::Month},
         true},
        {QRegularExpression(u"\\b("_s + kMonths + u")\\.?\\s+([0-9]{1,2})(?:st|nd|rd|th)?\\b"_s + na),
         {F::Month, F::Day},
         true},
    };
    return list;
}

bool plausible(const DateMention &d)
{
    if (d.year != 0 && (d.year < 1900 || d.year > 2100))
        return false;
    if (d.month != 0 && (d.month < 1 || d.month > 12))
        return false;
    return d.day == 0 || (d.day >= 1 && d.day <= 31);
}

} // namespace

QList<DateMention> DateParser::extract(const QString &text)
{
    const QString folded = foldWidth(text);
    QList<DateMention> found;
    for (const Shape &shape : shapes()) {
        auto it = shape.pattern.globalMatch(folded);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            DateMention date;
            date.position = match.capturedStart();
            date.length = match.capturedLength();
            for (qsizetype i = 0; i < shape.captures.size(); ++i) {
                const QString captured = match.captured(int(i + 1));
                if (captured.isEmpty())
                    continue;
                switch (shape.captures.at(i)) {
                case Field::Year: date.year = captured.toInt(); break;
                case Field::Month: date.month = shape.monthByName ? monthFromName(captured) : captured.toInt(); break;
                case Field::Day: date.day = captured.toInt(); break;
                case Field::Part: date.part = partFromWord(captured); break;
                case Field::None: break;
                }
            }
            if (plausible(date))
                found.append(date);
        }
    }
    // Earlier first, then longer first; keep the ones that do not overlap one already kept.
    std::stable_sort(found.begin(), found.end(), [](const DateMention &a, const DateMention &b) {
        return a.position != b.position ? a.position < b.position : a.length > b.length;
    });
    QList<DateMention> kept;
    qsizetype end = 0;
    for (const DateMention &d : std::as_const(found)) {
        if (d.position < end)
            continue;
        kept.append(d);
        end = d.position + d.length;
    }
    return kept;
}

} // namespace tigerscope
