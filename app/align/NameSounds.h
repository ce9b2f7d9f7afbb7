#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace tigerscope {

/// Names matched by sound: the Han characters of a Chinese text read as toneless pinyin with ICU's
/// Han-Latin transliterator, against the capitalised words of the English text (张鹏 ↔ "Zhang
/// Peng", 阶跃星辰 ↔ "Jieyue Xingchen"). A key is the lower-case pinyin of two to four consecutive
/// characters, spelt as the English writes it without spaces ("zhangpeng").
class NameSounds
{
public:
    NameSounds();

    /// The keys of the capitalised words of an English text: each word from five letters on, and
    /// runs of two or three capitalised words joined ("zhangpeng", "jieyuexingchen").
    static QStringList englishKeys(const QString &text);

    /// The keys of a Chinese text that are among known (the English side's keys).
    QStringList chineseKeys(const QString &text, const QSet<QString> &known);

    /// Toneless lower-case pinyin of one Han character; empty for anything else.
    QString syllable(QChar han);

private:
    QHash<char16_t, QString> m_syllables;
    struct Transliterator;
    std::shared_ptr<Transliterator> m_transliterator;
};

} // namespace tigerscope
