#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tigerscope {

/// The text of a file as decoded by TextDecoder, or why it could not be.
struct DecodedText
{
    QString text;              ///< Empty when error is set.
    QString encoding;          ///< See ParsedArticle::encoding.
    QString error;             ///< Translated, for the user; empty on success.
    qsizetype undecodable = 0; ///< Characters replaced because the bytes were invalid.
};

/// Turns the bytes of an article file into text: UTF-8 (with or without BOM), UTF-16/32 with a
/// BOM, or else GB18030 (which covers GBK and GB2312). Refuses what is not text.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    /// Files larger than this are refused rather than read.
    static constexpr qsizetype MaxBytes = 20 * 1024 * 1024;

    static DecodedText decode(const QByteArray &bytes);

    /// The message for a file of @p size bytes over MaxBytes.
    static QString tooLargeMessage(qint64 size);

    /// True when @p bytes are well-formed UTF-8 (no overlong forms, surrogates or truncation).
    static bool isValidUtf8(const QByteArray &bytes);
};

} // namespace tigerscope
