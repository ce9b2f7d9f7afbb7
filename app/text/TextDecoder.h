#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// The text of a file as decoded by TextDecoder, or why it could not be.
struct DecodedText
{
    QString text;              ///< Empty when error is set.
    QString encoding;          ///< See ParsedArticle::encoding.
    QString error;             ///< Translated, for the user; empty on success.
    qsizetype undecodable = 0; ///< Characters replaced because the bytes were invalid.
    QString declared;          ///< The charset the file declared, as canonicalCharset() names it; may be empty.
    bool detected = false;     ///< The encoding was chosen by reading the bytes, not by a BOM or UTF-8 validity.
};

/// Turns the bytes of an article file into text. A byte-order mark decides (UTF-8, UTF-16/32);
/// then well-formed UTF-8 is UTF-8; then the encoding the file declares (gb2312 and gbk read as
/// GB18030), when it reads without errors; else whichever of UTF-8, GB18030 and Big5 reads with
/// the fewest errors and the fewest unlikely characters. Refuses what is not text.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    /// Files larger than this are refused rather than read.
    static constexpr qsizetype MaxBytes = 20 * 1024 * 1024;

    /// @p declaredCharset is what the file says it is (an HTML page's charset), or empty.
    static DecodedText decode(const QByteArray &bytes, const QByteArray &declaredCharset = {});

    /// The name Tigerscope decodes a declared charset as: "GB18030" for gb2312, gbk and their
    /// aliases, "Big5" for big5 and big5-hkscs, else the label as given; empty when unknown to Qt.
    static QByteArray canonicalCharset(const QByteArray &label);

    /// The message for a file of @p size bytes over MaxBytes.
    static QString tooLargeMessage(qint64 size);

    /// What the user is told about how @p decoded was read: the encoding when it was detected or
    /// differs from the declared one, and how many characters were replaced. Empty when all is plain.
    static QStringList warnings(const DecodedText &decoded);
};

} // namespace tigerscope
