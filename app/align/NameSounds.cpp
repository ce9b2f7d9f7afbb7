#include "NameSounds.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr int kMaxWordsJoined = 3;
constexpr int kMaxCharacters = 4;
// A single word must be long enough not to collide with common syllables ("Li", "Wang").
constexpr int kMinSingleWord = 5;

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

} // namespace

struct NameSounds::Transliterator
{
    std::unique_ptr<icu::Transliterator> icu;
};

NameSounds::NameSounds()
{
    // Building ICU's Han-Latin rules takes a good part of a second: once per thread (an ICU
    // transliterator is not to be shared between threads).
    thread_local const std::shared_ptr<Transliterator> shared = [] {
        auto made = std::make_shared<Transliterator>();
        UErrorCode status = U_ZERO_ERROR;
        made->icu.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            made->icu.reset();
        return made;
    }();
    m_transliterator = shared;
}

QString NameSounds::syllable(QChar han)
{
    if (han.script() != QChar::Script_Han || !m_transliterator->icu)
        return {};
    const auto found = m_syllables.constFind(han.unicode());
    if (found != m_syllables.cend())
        return *found;
    icu::UnicodeString text(static_cast<UChar>(han.unicode()));
    m_transliterator->icu->transliterate(text);
    QString result = QString::fromUtf16(reinterpret_cast<const char16_t *>(text.getBuffer()), text.length());
    result.removeIf([](QChar c) { return !isAsciiLetter(c); });
    m_syllables.insert(han.unicode(), result);
    return result;
}

QStringList NameSounds::englishKeys(const QString &text)
{
    // Capitalised words, with whether each follows the previous one directly (one space apart).
    QStringList words;
    QList<bool> adjacent;
    qsizetype i = 0;
    qsizetype previousEnd = -2;
    while (i < text.size()) {
        if (!isAsciiLetter(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isAsciiLetter(text.at(end)))
            ++end;
        if (text.at(i).isUpper()) {
            words.append(text.mid(i, end - i).toLower());
            adjacent.append(previousEnd == i - 1 && text.at(i - 1) == u' ');
            previousEnd = end;
        } else {
            previousEnd = -2;
        }
        i = end;
    }
    QStringList keys;
    for (qsizetype w = 0; w < words.size(); ++w) {
        if (words.at(w).size() >= kMinSingleWord)
            keys.append(words.at(w));
        QString joined = words.at(w);
        for (qsizetype k = w + 1; k < words.size() && k < w + kMaxWordsJoined && adjacent.at(k); ++k) {
            joined += words.at(k);
            keys.append(joined);
        }
    }
    keys.removeDuplicates();
    return keys;
}

QStringList NameSounds::chineseKeys(const QString &text, const QSet<QString> &known)
{
    QStringList keys;
    if (known.isEmpty())
        return keys;
    QStringList syllables;
    for (QChar c : text)
        syllables.append(syllable(c));
    for (qsizetype start = 0; start < syllables.size(); ++start) {
        QString joined;
        for (qsizetype k = start; k < syllables.size() && k < start + kMaxCharacters; ++k) {
            if (syllables.at(k).isEmpty())
                break;
            joined += syllables.at(k);
            if (k > start && known.contains(joined))
                keys.append(joined);
        }
    }
    keys.removeDuplicates();
    return keys;
}

} // namespace tigerscope
