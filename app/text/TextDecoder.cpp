#include "TextDecoder.h"

#include <QStringDecoder>

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

} // namespace

bool TextDecoder::isValidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        char32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (i + length > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += length;
    }
    return true;
}

QString TextDecoder::tooLargeMessage(qint64 size)
{
    // In bytes: a file one byte over the limit would round to the limit itself in megabytes.
    return tr("The file is too large to import (%1 bytes; the limit is %2 bytes, %3 MiB).")
        .arg(size)
        .arg(qint64(MaxBytes))
        .arg(MaxBytes / (1024 * 1024));
}

DecodedText TextDecoder::decode(const QByteArray &bytes)
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
        result.encoding = QString::fromLatin1(bom->name);
    } else if (bytes.contains('\0')) {
        result.error = tr("The file is not text: it contains binary data.");
        return result;
    } else if (isValidUtf8(bytes)) {
        result.text = QString::fromUtf8(bytes);
        result.encoding = u"UTF-8"_s;
    } else {
        QStringDecoder decoder("GB18030", QStringConverter::Flag::Stateless);
        if (!decoder.isValid()) {
            result.error = tr("The file is not UTF-8, and this build cannot read GB18030 text.");
            return result;
        }
        result.text = decoder.decode(bytes);
        result.encoding = u"GB18030"_s;
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
    return result;
}

} // namespace tigerscope
