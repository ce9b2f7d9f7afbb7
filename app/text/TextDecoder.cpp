#include "TextDecoder.h"

#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

struct Bom
{
    QByteArrayView bytes;
    QStringConverter::Encoding encoding;
    const char *name;
};

// Longest first: the UTF-32LE mark begins with the UTF-16LE one.
const Bom kBoms[] = {
    {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
    {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
    {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8-BOM"},
    {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
    {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
};

bool isControl(char32_t c)
{
    if (c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

/// A character that says the bytes were not in the encoding they were read as.
bool isUndecodable(char32_t c)
{
    if (c == 0xFFFD)
        return true;
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_NotAssigned || category == QChar::Other_Surrogate;
}

struct Census
{
    qsizetype characters = 0; // not counting white space
    qsizetype controls = 0;
    qsizetype undecodable = 0;
};

Census takeCensus(const QString &text)
{
    Census census;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (c == u' ' || c == u'\n' || c == u'\r' || c == u'\t')
            continue;
        ++census.characters;
        if (isControl(c))
            ++census.controls;
        else if (isUndecodable(c))
            ++census.undecodable;
    }
    return census;
}

/// UTF-16 and UTF-32 decoders keep an unpaired surrogate, which SQLite's UTF-8 conversion would
/// pair with the next code unit into another character: make each one U+FFFD.
void replaceLoneSurrogates(QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < n && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
}

/// One way of reading bytes that are not well-formed UTF-8.
struct Reading
{
    QString text;
    QByteArray encoding;
    qsizetype replaced = 0; ///< bytes the decoder could not map
    qsizetype unlikely = 0; ///< characters rarely written: the mark of bytes read in the wrong encoding

    /// Lower is more plausible. A replaced byte is surely wrong; an unlikely character only may be.
    qsizetype score() const { return replaced * 8 + unlikely; }
};

bool inRange(unsigned char byte, unsigned char low, unsigned char high)
{
    return byte >= low && byte <= high;
}

/// Counts the double-byte characters of @p bytes that @p isCommon rejects (it is given the lead
/// and trail bytes). With @p fourByteForms, a digit as second byte starts a four-byte character
/// (GB18030's), counted as rare.
template<typename IsCommon>
qsizetype unlikelyPairs(QByteArrayView bytes, bool fourByteForms, IsCommon isCommon)
{
    qsizetype unlikely = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80 || i + 1 >= bytes.size()) {
            ++i;
            continue;
        }
        const auto trail = static_cast<unsigned char>(bytes[i + 1]);
        if (fourByteForms && inRange(trail, 0x30, 0x39)) {
            ++unlikely;
            i += 4;
            continue;
        }
        unlikely += isCommon(lead, trail) ? 0 : 1;
        i += 2;
    }
    return unlikely;
}

/// Double-byte characters outside GB2312's punctuation and its 6,763 hanzi: GBK's extensions, kana,
/// Greek, Cyrillic, box drawing — what Big5 or UTF-8 bytes turn into when read as GB18030.
qsizetype unlikelyInGb18030(QByteArrayView bytes)
{
    return unlikelyPairs(bytes, true, [](unsigned char lead, unsigned char trail) {
        return (inRange(lead, 0xA1, 0xA3) || inRange(lead, 0xB0, 0xF7)) && inRange(trail, 0xA1, 0xFE);
    });
}

/// Double-byte characters outside Big5's punctuation and its 5,401 frequent hanzi (level 1).
qsizetype unlikelyInBig5(QByteArrayView bytes)
{
    return unlikelyPairs(bytes, false, [](unsigned char lead, unsigned char) { return inRange(lead, 0xA1, 0xC6); });
}

std::optional<Reading> readAs(const QByteArray &bytes, const QByteArray &encoding)
{
    QStringDecoder decoder(encoding.constData(), QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    Reading reading;
    reading.encoding = encoding;
    reading.text = decoder.decode(bytes);
    reading.replaced = reading.text.count(QChar::ReplacementCharacter);
    if (encoding == "UTF-8")
        reading.replaced -= bytes.count("\xEF\xBF\xBD"); // replacement characters the file itself holds
    else if (encoding == "GB18030")
        reading.unlikely = unlikelyInGb18030(bytes);
    else if (encoding == "Big5")
        reading.unlikely = unlikelyInBig5(bytes);
    return reading;
}

/// The most plausible reading of bytes that are not well-formed UTF-8. The declared encoding wins
/// ties and counts its unlikely characters at half weight: a page is usually what it says it is.
std::optional<Reading> bestReading(const QByteArray &bytes, const QByteArray &declared)
{
    std::optional<Reading> best;
    qsizetype bestScore = 0;
    QList<QByteArray> candidates;
    if (!declared.isEmpty())
        candidates << declared;
    for (const QByteArray &name : {"UTF-8"_ba, "GB18030"_ba, "Big5"_ba}) {
        if (!candidates.contains(name))
            candidates << name;
    }
    for (const QByteArray &name : std::as_const(candidates)) {
        std::optional<Reading> reading = readAs(bytes, name);
        if (!reading)
            continue;
        const qsizetype score = name == declared ? reading->replaced * 8 + reading->unlikely / 2 : reading->score();
        if (!best || score < bestScore) {
            bestScore = score;
            best = std::move(reading);
        }
    }
    return best;
}

} // namespace

QByteArray TextDecoder::canonicalCharset(const QByteArray &label)
{
    const QByteArray name = label.trimmed().toLower();
    if (name.isEmpty())
        return {};
    static const QByteArrayView gb[] = {"gb2312",      "gbk",      "gb18030", "gb_2312-80", "x-gbk",  "cp936",
                                        "windows-936", "csgb2312", "chinese", "iso-ir-58",  "euc-cn", "ms936"};
    static const QByteArrayView big5[] = {"big5", "big5-hkscs", "x-x-big5", "cn-big5", "csbig5", "cp950"};
    static const QByteArrayView utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8"};
    // As browsers do (WHATWG Encoding): Latin-1 and ASCII labels mean windows-1252.
    static const QByteArrayView latin[] = {"iso-8859-1", "latin1", "us-ascii", "ascii", "l1", "cp1252"};
    auto among = [&name](const auto &labels) {
        return std::find(std::begin(labels), std::end(labels), QByteArrayView(name)) != std::end(labels);
    };
    if (among(gb))
        return "GB18030"_ba;
    if (among(big5))
        return "Big5"_ba;
    if (among(utf8))
        return "UTF-8"_ba;
    if (among(latin))
        return "windows-1252"_ba;
    return QStringDecoder(name.constData()).isValid() ? name : QByteArray();
}

QStringList TextDecoder::warnings(const DecodedText &decoded)
{
    QStringList result;
    if (!decoded.declared.isEmpty() && decoded.declared.compare(decoded.encoding, Qt::CaseInsensitive) != 0
        && !decoded.encoding.startsWith(u"UTF-8"_s)) {
        result << tr("The file declares %1 but is not: read as %2.").arg(decoded.declared, decoded.encoding);
    } else if (decoded.detected && decoded.undecodable == 0 && decoded.declared.isEmpty()) {
        result << tr("The file does not say how it is encoded: read as %1.").arg(decoded.encoding);
    }
    if (decoded.undecodable > 0) {
        result << tr("Read as %1; %n character(s) could not be decoded and were replaced.", nullptr,
                     int(decoded.undecodable))
                      .arg(decoded.encoding);
    }
    return result;
}

QString TextDecoder::tooLargeMessage(qint64 size)
{
    // In bytes: a file one byte over the limit would round to the limit itself in megabytes.
    return tr("The file is too large to import (%1 bytes; the limit is %2 bytes, %3 MiB).")
        .arg(size)
        .arg(qint64(MaxBytes))
        .arg(MaxBytes / (1024 * 1024));
}

DecodedText TextDecoder::decode(const QByteArray &bytes, const QByteArray &declaredCharset)
{
    DecodedText result;
    if (bytes.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    if (bytes.size() > MaxBytes) {
        result.error = tooLargeMessage(bytes.size());
        return result;
    }

    const Bom *bom = nullptr;
    for (const Bom &candidate : kBoms) {
        if (bytes.startsWith(candidate.bytes)) {
            bom = &candidate;
            break;
        }
    }

    if (bom) {
        // The default flags drop the byte-order mark; Stateless turns a truncated end into U+FFFD.
        QStringDecoder decoder(bom->encoding, QStringConverter::Flag::Stateless);
        result.text = decoder.decode(bytes);
        replaceLoneSurrogates(result.text);
        result.encoding = QString::fromLatin1(bom->name);
    } else if (bytes.contains('\0')) {
        result.error = tr("The file is not text: it contains binary data.");
        return result;
    } else if (bytes.isValidUtf8()) {
        result.text = QString::fromUtf8(bytes);
        result.encoding = u"UTF-8"_s;
    } else {
        std::optional<Reading> best = bestReading(bytes, canonicalCharset(declaredCharset));
        if (!best) {
            result.error = tr("The file is not UTF-8, and this build cannot read GB18030 text.");
            return result;
        }
        result.text = std::move(best->text);
        result.encoding = QString::fromLatin1(best->encoding);
        result.detected = true;
    }

    const Census census = takeCensus(result.text);
    if (census.characters == 0) {
        result = {};
        result.error = tr("The file is empty.");
        return result;
    }
    if (census.controls * 10 > census.characters || result.text.contains(QChar(0))) {
        result = {};
        result.error = tr("The file is not text: it contains binary data.");
        return result;
    }
    if (census.undecodable * 10 > census.characters * 3) {
        const QString encoding = result.encoding;
        result = {};
        result.error = tr("The file could not be read as text: most of it is not valid %1. "
                          "Save it as UTF-8 and import it again.")
                           .arg(encoding);
        return result;
    }
    result.undecodable = census.undecodable;
    result.declared = QString::fromLatin1(canonicalCharset(declaredCharset));
    return result;
}

} // namespace tigerscope
