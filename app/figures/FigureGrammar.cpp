#include "FigureGrammar.h"

using namespace Qt::StringLiterals;

namespace tigerscope::figuregrammar {

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isLatinLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= 0xC0 && u < 0x250 && c.isLetter());
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == QChar(0xA0);
}

int chineseDigit(QChar c)
{
    switch (c.unicode()) {
    case u'零':
    case u'〇': return 0;
    case u'一': return 1;
    case u'二':
    case u'两': return 2;
    case u'三': return 3;
    case u'四': return 4;
    case u'五': return 5;
    case u'六': return 6;
    case u'七': return 7;
    case u'八': return 8;
    case u'九': return 9;
    default: return -1;
    }
}

double chineseMagnitude(QChar c)
{
    switch (c.unicode()) {
    case u'十': return 1e1;
    case u'百': return 1e2;
    case u'千': return 1e3;
    case u'万': return 1e4;
    case u'亿': return 1e8;
    default: return 0.0;
    }
}

bool isChineseNumeral(QChar c)
{
    return chineseDigit(c) >= 0 || chineseMagnitude(c) > 0.0;
}

/// Value of a run such as "三十", "一千", "两千五百", "十万", "一亿五千万"; a magnitude with nothing
/// before it counts once ("十五" is 15, "万" is 10 000).
double chineseRunValue(QStringView run)
{
    double total = 0.0; // groups closed by 亿
    double wan = 0.0;   // group closed by 万
    double section = 0.0;
    double digit = 0.0;
    bool digitSeen = false;
    for (QChar c : run) {
        const int d = chineseDigit(c);
        if (d >= 0) {
            digit = d;
            digitSeen = true;
            continue;
        }
        const double magnitude = chineseMagnitude(c);
        if (magnitude < 1e4) {
            section += (digitSeen ? digit : 1.0) * magnitude;
        } else {
            double group = section + digit;
            if (magnitude == 1e4) {
                wan = (wan + (group == 0.0 ? 1.0 : group)) * 1e4;
            } else {
                group += wan + total;
                total = (group == 0.0 ? 1.0 : group) * 1e8;
                wan = 0.0;
            }
            section = 0.0;
        }
        digit = 0.0;
        digitSeen = false;
    }
    return total + wan + section + digit;
}

const QList<Word> &englishScaleWords()
{
    static const QList<Word> words = {{u"hundred", 1e2},   {u"thousand", 1e3}, {u"million", 1e6}, {u"billion", 1e9},
                                      {u"trillion", 1e12}, {u"bn", 1e9},       {u"mln", 1e6},     {u"mn", 1e6}};
    return words;
}

const QList<Word> &englishNumberWords()
{
    static const QList<Word> words = {
        {u"one", 1},       {u"two", 2},       {u"three", 3},    {u"four", 4},     {u"five", 5},       {u"six", 6},
        {u"seven", 7},     {u"eight", 8},     {u"nine", 9},     {u"ten", 10},     {u"eleven", 11},    {u"twelve", 12},
        {u"thirteen", 13}, {u"fourteen", 14}, {u"fifteen", 15}, {u"sixteen", 16}, {u"seventeen", 17}, {u"eighteen", 18},
        {u"nineteen", 19}, {u"twenty", 20},   {u"thirty", 30},  {u"forty", 40},   {u"fifty", 50},     {u"sixty", 60},
        {u"seventy", 70},  {u"eighty", 80},   {u"ninety", 90}};
    return words;
}

const QList<Word> &pluralScaleWords()
{
    static const QList<Word> words
        = {{u"tens", 1e1}, {u"hundreds", 1e2}, {u"thousands", 1e3}, {u"millions", 1e6}, {u"billions", 1e9}};
    return words;
}

const QList<Word> &denominatorWords()
{
    static const QList<Word> words
        = {{u"thirds", 3},         {u"third", 3},        {u"quarters", 4}, {u"quarter", 4},      {u"fourths", 4},
           {u"fourth", 4},         {u"fifths", 5},       {u"fifth", 5},    {u"sixths", 6},       {u"sixth", 6},
           {u"sevenths", 7},       {u"seventh", 7},      {u"eighths", 8},  {u"eighth", 8},       {u"ninths", 9},
           {u"ninth", 9},          {u"tenths", 10},      {u"tenth", 10},   {u"hundredths", 100}, {u"hundredth", 100},
           {u"thousandths", 1000}, {u"thousandth", 1000}};
    return words;
}

// A month counts 30 days and a year 365: near enough to compare two printings of one duration.
// The scanner tells the time words that are part of a date (3月, 10日, 80年代) from these.
const QList<Word> &durationWords()
{
    constexpr double hour = 1.0 / 24;
    constexpr double minute = hour / 60;
    static const QList<Word> words = {
        {u"天", 1},        {u"日", 1},           {u"周", 7},         {u"星期", 7},    {u"个月", 30},  {u"年", 365},
        {u"个小时", hour}, {u"小时", hour},      {u"分钟", minute},  {u"days", 1},    {u"day", 1},    {u"weeks", 7},
        {u"week", 7},      {u"months", 30},      {u"month", 30},     {u"years", 365}, {u"year", 365}, {u"hours", hour},
        {u"hour", hour},   {u"minutes", minute}, {u"minute", minute}};
    return words;
}

std::optional<double> lookup(const QList<Word> &words, QStringView word)
{
    for (const Word &w : words) {
        if (word.compare(w.text, Qt::CaseInsensitive) == 0)
            return w.value;
    }
    return std::nullopt;
}

// Longest first where one is the tail of another.
const QList<Marker> &qualifierPrefixes()
{
    using Q = Figure::Qualifier;
    static const QList<Marker> markers
        = {{u"approximately", Q::Approx}, {u"about", Q::Approx},        {u"around", Q::Approx},
           {u"roughly", Q::Approx},       {u"nearly", Q::Approx},       {u"almost", Q::Approx},
           {u"close to", Q::Approx},      {u"some", Q::Approx},         {u"more than", Q::AtLeast},
           {u"over", Q::AtLeast},         {u"above", Q::AtLeast},       {u"exceeding", Q::AtLeast},
           {u"in excess of", Q::AtLeast}, {u"at least", Q::AtLeast},    {u"upwards of", Q::AtLeast},
           {u"greater than", Q::AtLeast}, {u"no more than", Q::AtMost}, {u"less than", Q::AtMost},
           {u"fewer than", Q::AtMost},    {u"under", Q::AtMost},        {u"below", Q::AtMost},
           {u"up to", Q::AtMost},         {u"at most", Q::AtMost},      {u"约合", Q::Approx},
           {u"大约", Q::Approx},          {u"约", Q::Approx},           {u"将近", Q::Approx},
           {u"接近", Q::Approx},          {u"近", Q::Approx},           {u"超过", Q::AtLeast},
           {u"超", Q::AtLeast},           {u"逾", Q::AtLeast},          {u"至少", Q::AtLeast},
           {u"多于", Q::AtLeast},         {u"高于", Q::AtLeast},        {u"不到", Q::AtMost},
           {u"不足", Q::AtMost},          {u"少于", Q::AtMost},         {u"低于", Q::AtMost},
           {u"最多", Q::AtMost},          {u"至多", Q::AtMost}};
    return markers;
}

const QList<Marker> &qualifierSuffixes()
{
    using Q = Figure::Qualifier;
    static const QList<Marker> markers
        = {{u"左右", Q::Approx}, {u"上下", Q::Approx},     {u"以上", Q::AtLeast}, {u"以下", Q::AtMost},
           {u"以内", Q::AtMost}, {u"or more", Q::AtLeast}, {u"or so", Q::Approx}};
    return markers;
}

const QList<UnitWord> &unitSuffixes()
{
    using U = Figure::Unit;
    static const QList<UnitWord> words
        = {{u"%", U::Percent, {}},        {u"个百分点", U::Percent, {}},      {u"percent", U::Percent, {}},
           {u"per cent", U::Percent, {}}, {u"pct", U::Percent, {}},           {u"元人民币", U::Money, u"CNY"},
           {u"人民币", U::Money, u"CNY"}, {u"美元", U::Money, u"USD"},        {u"美金", U::Money, u"USD"},
           {u"港元", U::Money, u"HKD"},   {u"港币", U::Money, u"HKD"},        {u"欧元", U::Money, u"EUR"},
           {u"元", U::Money, u"CNY"},     {u"yuan", U::Money, u"CNY"},        {u"RMB", U::Money, u"CNY"},
           {u"CNY", U::Money, u"CNY"},    {u"US dollars", U::Money, u"USD"},  {u"U.S. dollars", U::Money, u"USD"},
           {u"USD", U::Money, u"USD"},    {u"dollars", U::Money, u"USD"},     {u"Hong Kong dollars", U::Money, u"HKD"},
           {u"HKD", U::Money, u"HKD"},    {u"euros", U::Money, u"EUR"},       {u"EUR", U::Money, u"EUR"},
           {u"参数", U::Parameters, {}},  {u"parameters", U::Parameters, {}}, {u"parameter", U::Parameters, {}},
           {u"params", U::Parameters, {}}};
    return words;
}

const QList<UnitWord> &currencyPrefixes()
{
    using U = Figure::Unit;
    static const QList<UnitWord> words = {
        {u"US$", U::Money, u"USD"}, {u"HK$", U::Money, u"HKD"}, {u"$", U::Money, u"USD"},   {u"¥", U::Money, u"CNY"},
        {u"€", U::Money, u"EUR"},   {u"RMB", U::Money, u"CNY"}, {u"CNY", U::Money, u"CNY"}, {u"USD", U::Money, u"USD"},
        {u"HKD", U::Money, u"HKD"}, {u"EUR", U::Money, u"EUR"}};
    return words;
}

bool isAsciiWord(QStringView word)
{
    return !word.isEmpty() && word.front().unicode() < 0x80 && word.front().isLetter();
}

QChar NumberReader::at(qsizetype pos) const
{
    return pos >= 0 && pos < m_text.size() ? m_text.at(pos) : QChar();
}

qsizetype NumberReader::skipSpaces(qsizetype pos) const
{
    while (pos < m_text.size() && isSpace(m_text.at(pos)))
        ++pos;
    return pos;
}

qsizetype NumberReader::skipSpacesBack(qsizetype pos, qsizetype floor) const
{
    while (pos > floor && isSpace(m_text.at(pos - 1)))
        --pos;
    return pos;
}

/// Length of word when it is written at pos (case-insensitively, a whole word when Latin), else 0.
qsizetype NumberReader::matchAt(qsizetype pos, QStringView word) const
{
    if (pos + word.size() > m_text.size() || m_text.sliced(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return 0;
    if (isAsciiWord(word) && isLatinLetter(at(pos + word.size())))
        return 0;
    return word.size();
}

/// Start of word when it ends at end (a whole word when Latin), else -1.
qsizetype NumberReader::matchBefore(qsizetype end, QStringView word, qsizetype floor) const
{
    const qsizetype start = end - word.size();
    if (start < floor || m_text.sliced(start, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return -1;
    if (isAsciiWord(word) && isLatinLetter(at(start - 1)))
        return -1;
    return start;
}

/// The Latin word starting at pos (letters only).
QStringView NumberReader::latinWordAt(qsizetype pos) const
{
    qsizetype end = pos;
    while (end < m_text.size() && isLatinLetter(m_text.at(end)))
        ++end;
    return m_text.sliced(pos, end - pos);
}

std::optional<Core> NumberReader::arabicAt(qsizetype pos) const
{
    if (!isDigit(at(pos)))
        return std::nullopt;
    const QChar before = at(pos - 1);
    if (isDigit(before) || isLatinLetter(before))
        return std::nullopt;
    if ((before == u'-' || before == u'.' || before == u'_') && (isLatinLetter(at(pos - 2)) || isDigit(at(pos - 2))))
        return std::nullopt; // GPT-4o, Qwen-2.5, v1.2
    qsizetype end = pos;
    while (isDigit(at(end)))
        ++end;
    QString digits = m_text.sliced(pos, end - pos).toString();
    bool grouped = false;
    while (at(end) == u',' && isDigit(at(end + 1)) && isDigit(at(end + 2)) && isDigit(at(end + 3))
           && !isDigit(at(end + 4))) {
        digits += m_text.sliced(end + 1, 3);
        end += 4;
        grouped = true;
    }
    bool fractional = false;
    if (at(end) == u'.' && isDigit(at(end + 1))) {
        qsizetype fractionEnd = end + 1;
        while (isDigit(at(fractionEnd)))
            ++fractionEnd;
        digits += m_text.sliced(end, fractionEnd - end);
        end = fractionEnd;
        fractional = true;
    }
    Core core;
    core.start = pos;
    core.value = digits.toDouble();
    core.plainInteger = !grouped && !fractional && end - pos == 4;

    if (isLatinLetter(at(end))) {
        // Only a magnitude letter may be glued on: "671B", "5M", "128K". "4o", "2nd" are not figures.
        const QStringView suffix = latinWordAt(end);
        if (isDigit(at(end + suffix.size())))
            return std::nullopt;
        if (suffix.compare(u"b", Qt::CaseInsensitive) == 0 || suffix.compare(u"bn", Qt::CaseInsensitive) == 0)
            core.scale = 1e9;
        else if (suffix.compare(u"t", Qt::CaseInsensitive) == 0)
            core.scale = 1e12;
        else if (suffix.compare(u"m", Qt::CaseInsensitive) == 0 || suffix.compare(u"mn", Qt::CaseInsensitive) == 0)
            core.scale = 1e6;
        else if (suffix.compare(u"k", Qt::CaseInsensitive) == 0)
            core.scale = 1e3;
        else
            return std::nullopt;
        if (core.scale >= 1e9)
            core.unit = Figure::Unit::Parameters;
        core.value *= core.scale;
        core.end = end + suffix.size();
        return core;
    }

    // English scale words: "1.5 billion", "700 thousand", "hundred million".
    qsizetype scan = end;
    for (int words = 0; words < 2; ++words) {
        const qsizetype wordStart = skipSpaces(scan);
        if (wordStart == scan && scan != end)
            break;
        const QStringView word = latinWordAt(wordStart);
        const std::optional<double> scale = lookup(englishScaleWords(), word);
        if (!scale)
            break;
        core.scale *= *scale;
        scan = wordStart + word.size();
    }
    if (core.scale != 1.0) {
        end = scan;
    } else {
        // Chinese magnitudes: "15亿", "557.6万", "3000多万".
        qsizetype c = end;
        if ((at(c) == u'多' || at(c) == u'余') && chineseMagnitude(at(c + 1)) > 0.0) {
            core.qualifier = Figure::Qualifier::AtLeast;
            ++c;
        }
        while (chineseMagnitude(at(c)) > 0.0) {
            core.scale *= chineseMagnitude(at(c));
            ++c;
        }
        if (core.scale != 1.0)
            end = c;
        else
            core.qualifier = Figure::Qualifier::Exact;
    }
    core.value *= core.scale;
    core.end = end;
    return core;
}

std::optional<Core> NumberReader::chineseAt(qsizetype pos, qsizetype floor) const
{
    if (!isChineseNumeral(at(pos)) || isChineseNumeral(at(pos - 1)))
        return std::nullopt;
    qsizetype end = pos;
    while (isChineseNumeral(at(end)))
        ++end;
    const QStringView run = m_text.sliced(pos, end - pos);

    Core core;
    core.start = pos;
    if (matchAt(end, u"分之")) {
        // "十分之一" is a tenth, "百分之四十五" is 45 percent.
        const qsizetype numeratorStart = end + 2;
        qsizetype numeratorEnd = numeratorStart;
        double numerator = 0.0;
        if (isChineseNumeral(at(numeratorStart))) {
            while (isChineseNumeral(at(numeratorEnd)))
                ++numeratorEnd;
            numerator = chineseRunValue(m_text.sliced(numeratorStart, numeratorEnd - numeratorStart));
        } else if (isDigit(at(numeratorStart))) {
            while (isDigit(at(numeratorEnd)) || (at(numeratorEnd) == u'.' && isDigit(at(numeratorEnd + 1))))
                ++numeratorEnd;
            numerator = m_text.sliced(numeratorStart, numeratorEnd - numeratorStart).toDouble();
        } else {
            return std::nullopt;
        }
        if (run == u"百") {
            core.unit = Figure::Unit::Percent;
            core.value = numerator;
        } else {
            core.unit = Figure::Unit::Ratio;
            core.value = numerator / chineseRunValue(run);
        }
        core.end = numeratorEnd;
        return core;
    }

    bool hasDigit = false;
    bool hasMagnitude = false;
    for (qsizetype i = 0; i < run.size(); ++i) {
        const int d = chineseDigit(run.at(i));
        if (d > 0)
            hasDigit = true;
        if (d < 0)
            hasMagnitude = true;
        if (d > 0 && i > 0 && chineseDigit(run.at(i - 1)) > 0)
            return std::nullopt; // "一二" is not a number
    }
    if (chineseDigit(run.front()) == 0)
        return std::nullopt; // "零一万物" is a name
    if (hasDigit && hasMagnitude) {
        // A lone digit ("一个", "两人") is too ambiguous to report; a magnitude must lead with 十.
        if (chineseDigit(run.front()) < 0 && run.front() != u'十')
            return std::nullopt;
    } else if (!hasDigit && hasMagnitude && run.front() == u'十' && run.size() > 1) {
        // "十万" is a number even without a digit
    } else if (!hasDigit && hasMagnitude) {
        // Only "上万", "数千", "几十", "十多": a bare 百/千/万 is part of words (百度, 千问, 万物).
        // A character the previous figure took ("参数亿") is no prefix of this one.
        const QChar before = pos - 1 >= floor ? at(pos - 1) : QChar();
        if (before == u'上' || before == u'数' || before == u'几') {
            core.start = pos - 1;
            core.qualifier = Figure::Qualifier::AtLeast;
        } else if (before == u'近' || before == u'逾') {
            // the prefix reader turns these into the qualifier
        } else if (!(run == u"十" && (at(end) == u'多' || at(end) == u'余'))) {
            return std::nullopt;
        }
    } else {
        return std::nullopt;
    }
    core.value = chineseRunValue(run);
    core.end = end;
    if (at(end) == u'多' || at(end) == u'余') {
        // "两千多万": the 多 sits inside the number.
        qsizetype c = end + 1;
        double scale = 1.0;
        while (chineseMagnitude(at(c)) > 0.0)
            scale *= chineseMagnitude(at(c++));
        if (scale != 1.0) {
            core.value *= scale;
            core.scale = scale;
            core.qualifier = Figure::Qualifier::AtLeast;
            core.end = c;
        }
    }
    return core;
}

std::optional<Core> NumberReader::englishAt(qsizetype pos) const
{
    if (!isLatinLetter(at(pos)) || isLatinLetter(at(pos - 1)) || isDigit(at(pos - 1)))
        return std::nullopt;
    const QStringView first = latinWordAt(pos);
    Core core;
    core.start = pos;

    // "tens of thousands", "hundreds of millions", "thousands of".
    if (const auto plural = lookup(pluralScaleWords(), first)) {
        double value = *plural;
        qsizetype end = pos + first.size();
        bool multiplied = false;
        for (;;) {
            const qsizetype ofStart = skipSpaces(end);
            const qsizetype ofLength = matchAt(ofStart, u"of");
            if (ofStart == end || !ofLength)
                break;
            const qsizetype nextStart = skipSpaces(ofStart + ofLength);
            if (nextStart == ofStart + ofLength)
                break;
            const QStringView next = latinWordAt(nextStart);
            const auto nextValue = lookup(pluralScaleWords(), next);
            if (!nextValue || *nextValue <= *plural)
                break;
            value *= *nextValue;
            end = nextStart + next.size();
            multiplied = true;
        }
        if (!multiplied) {
            const qsizetype ofStart = skipSpaces(end);
            if (*plural < 1e2 || ofStart == end || !matchAt(ofStart, u"of"))
                return std::nullopt;
        }
        core.value = value;
        core.end = end;
        core.scale = value;
        core.qualifier = Figure::Qualifier::AtLeast;
        return core;
    }

    // Fractions: "one tenth", "a third", "two-thirds".
    const bool article = first.compare(u"a", Qt::CaseInsensitive) == 0;
    const std::optional<double> firstNumber = lookup(englishNumberWords(), first);
    if (article || (firstNumber && *firstNumber <= 10)) {
        qsizetype next = pos + first.size();
        if (at(next) == u'-' || isSpace(at(next))) {
            next = skipSpaces(next + 1);
            const QStringView denominatorWord = latinWordAt(next);
            if (const auto denominator = lookup(denominatorWords(), denominatorWord)) {
                core.unit = Figure::Unit::Ratio;
                core.value = (article ? 1.0 : *firstNumber) / *denominator;
                core.end = next + denominatorWord.size();
                return core;
            }
        }
    }

    // Cardinals: "a thousand", "one hundred and twenty", "thirty-two", "1.5" is handled elsewhere.
    double total = 0.0;
    double current = 0.0;
    bool scaled = false;
    bool any = false;
    qsizetype scan = pos;
    qsizetype end = pos;
    bool previousWasHundred = false;
    for (int guard = 0; guard < 12; ++guard) {
        const QStringView word = latinWordAt(scan);
        if (word.isEmpty())
            break;
        if (!any && word.compare(u"a", Qt::CaseInsensitive) == 0) {
            const qsizetype nextStart = skipSpaces(scan + 1);
            if (nextStart == scan + 1 || !lookup(englishScaleWords(), latinWordAt(nextStart)))
                break;
            current = 1.0;
            scan = nextStart;
            any = true;
            continue;
        }
        if (previousWasHundred && word.compare(u"and", Qt::CaseInsensitive) == 0) {
            const qsizetype nextStart = skipSpaces(scan + word.size());
            if (!lookup(englishNumberWords(), latinWordAt(nextStart)))
                break;
            scan = nextStart;
            continue;
        }
        if (const auto number = lookup(englishNumberWords(), word)) {
            current += *number;
            previousWasHundred = false;
        } else if (const auto scale = lookup(englishScaleWords(), word); scale && word.size() > 3) {
            if (*scale == 1e2) {
                current = (current == 0.0 ? 1.0 : current) * 1e2;
                previousWasHundred = true;
            } else {
                total += (current == 0.0 ? 1.0 : current) * *scale;
                current = 0.0;
                previousWasHundred = false;
            }
            scaled = true;
        } else {
            break;
        }
        any = true;
        end = scan + word.size();
        const QChar separator = at(end);
        if (separator == u'-' || isSpace(separator))
            scan = skipSpaces(end + 1);
        else
            break;
    }
    const double value = total + current;
    if (!any || end == pos || (!scaled && value < 11))
        return std::nullopt;
    core.value = value;
    core.end = end;
    core.scale = scaled ? 10.0 : 1.0;
    return core;
}

} // namespace tigerscope::figuregrammar
