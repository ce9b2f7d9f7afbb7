#include "MainTextScore.h"

#include <QHash>

#include <algorithm>

namespace tigerscope::testsupport {

namespace {

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han || c.isSurrogate();
}

QHash<QString, int> bag(const QStringList &paragraphs)
{
    QHash<QString, int> tokens;
    for (const QString &paragraph : paragraphs) {
        QString word;
        auto endWord = [&] {
            if (!word.isEmpty())
                ++tokens[word.toLower()];
            word.clear();
        };
        for (QChar c : paragraph) {
            if (isHan(c)) {
                endWord();
                ++tokens[QString(c)];
            } else if (c.isLetterOrNumber()) {
                word += c;
            } else {
                endWord();
            }
        }
        endWord();
    }
    return tokens;
}

qsizetype total(const QHash<QString, int> &tokens)
{
    qsizetype sum = 0;
    for (int count : tokens)
        sum += count;
    return sum;
}

} // namespace

double mainTextF1(const QStringList &imported, const QStringList &expected)
{
    const QHash<QString, int> got = bag(imported);
    const QHash<QString, int> want = bag(expected);
    qsizetype overlap = 0;
    for (auto it = got.cbegin(); it != got.cend(); ++it)
        overlap += std::min(it.value(), want.value(it.key()));
    const qsizetype gotTotal = total(got);
    const qsizetype wantTotal = total(want);
    if (overlap == 0 || gotTotal == 0 || wantTotal == 0)
        return 0;
    const double precision = double(overlap) / double(gotTotal);
    const double recall = double(overlap) / double(wantTotal);
    return 2 * precision * recall / (precision + recall);
}

QStringList articleText(const ParsedArticle &article)
{
    QStringList text;
    for (const QList<ParsedParagraph> *list : {&article.en, &article.zh}) {
        for (const ParsedParagraph &paragraph : *list) {
            if (paragraph.kind != ParagraphKind::Chrome && paragraph.kind != ParagraphKind::Meta)
                text << paragraph.text;
        }
    }
    return text;
}

} // namespace tigerscope::testsupport
