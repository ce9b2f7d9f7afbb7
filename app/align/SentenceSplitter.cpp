#include "SentenceSplitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace tigerscope {

namespace {

std::unique_ptr<icu::BreakIterator> makeIterator(Language language)
{
    UErrorCode status = U_ZERO_ERROR;
    // "ss=standard" applies CLDR's abbreviation suppressions, so "Mr. Zhang" stays one sentence.
    const icu::Locale locale = language == Language::Chinese ? icu::Locale("zh") : icu::Locale("en@ss=standard");
    std::unique_ptr<icu::BreakIterator> iterator(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status))
        return nullptr;
    return iterator;
}

bool isClosing(QChar c)
{
    switch (c.unicode()) {
    case u'”':
    case u'’':
    case u'"':
    case u'\'':
    case u'」':
    case u'』':
    case u'）':
    case u')':
    case u'】':
    case u'》':
    case u'〉': return true;
    default: return false;
    }
}

/// ICU does not treat an ellipsis as a full stop; in Chinese text "……" followed by closing marks
/// and then more text ends a sentence.
QList<qsizetype> ellipsisBreaks(const QString &text)
{
    QList<qsizetype> breaks;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) != u'…') {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end) == u'…')
            ++end;
        while (end < text.size() && isClosing(text.at(end)))
            ++end;
        if (end < text.size() && text.at(end).script() == QChar::Script_Han)
            breaks.append(end);
        i = end;
    }
    return breaks;
}

bool endsWithStop(const QString &sentence)
{
    qsizetype end = sentence.size();
    while (end > 0 && isClosing(sentence.at(end - 1)))
        --end;
    if (end == 0)
        return false;
    switch (sentence.at(end - 1).unicode()) {
    case u'.':
    case u'!':
    case u'?':
    case u'。':
    case u'！':
    case u'？':
    case u'…':
    case u'；':
    case u';': return true;
    default: return false;
    }
}

struct Span
{
    qsizetype start;
    qsizetype end;
};

QList<Span> spansOf(icu::BreakIterator *iterator, const QString &paragraph, Language language)
{
    QList<qsizetype> cuts;
    if (iterator) {
        const icu::UnicodeString text(false, reinterpret_cast<const UChar *>(paragraph.utf16()),
                                      int32_t(paragraph.size()));
        iterator->setText(text);
        for (int32_t at = iterator->next(); at != icu::BreakIterator::DONE; at = iterator->next())
            cuts.append(at);
    }
    if (language == Language::Chinese) {
        cuts += ellipsisBreaks(paragraph);
        std::sort(cuts.begin(), cuts.end());
    }
    if (cuts.isEmpty() || cuts.constLast() != paragraph.size())
        cuts.append(paragraph.size());
    QList<Span> spans;
    qsizetype start = 0;
    for (qsizetype cut : std::as_const(cuts)) {
        if (cut <= start)
            continue;
        qsizetype first = start;
        qsizetype last = cut;
        while (first < last && paragraph.at(first).isSpace())
            ++first;
        while (last > first && paragraph.at(last - 1).isSpace())
            --last;
        if (last > first)
            spans.append({first, last});
        start = cut;
    }
    return spans;
}

} // namespace

QList<Sentence> SentenceSplitter::split(const QStringList &paragraphs, Language language)
{
    const std::unique_ptr<icu::BreakIterator> iterator = makeIterator(language);
    QList<Sentence> result;
    for (qsizetype p = 0; p < paragraphs.size(); ++p) {
        const QString &paragraph = paragraphs.at(p);
        const QList<Span> spans = spansOf(iterator.get(), paragraph, language);
        for (qsizetype s = 0; s < spans.size(); ++s) {
            Sentence sentence;
            sentence.paragraph = int(p);
            sentence.start = spans.at(s).start;
            sentence.text = paragraph.mid(spans.at(s).start, spans.at(s).end - spans.at(s).start);
            sentence.endsParagraph = s + 1 == spans.size();
            sentence.wholeParagraph = spans.size() == 1;
            sentence.terminated = endsWithStop(sentence.text);
            result.append(sentence);
        }
    }
    return result;
}

QStringList SentenceSplitter::sentences(const QString &paragraph, Language language)
{
    QStringList texts;
    for (const Sentence &sentence : split({paragraph}, language))
        texts.append(sentence.text);
    return texts;
}

} // namespace tigerscope
