#include "FoldedText.h"

namespace tigerscope {

namespace {

bool isSeparator(char32_t c)
{
    return QChar::isSpace(c) || QChar::category(c) == QChar::Punctuation_Dash;
}

} // namespace

FoldedText::FoldedText(const QString &text)
{
    m_text.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype start = i;
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        ++i;
        if (isSeparator(c)) {
            if (m_text.isEmpty())
                continue;
            if (m_text.back() == u' ') {
                m_to.back() = i;
                continue;
            }
            m_text.append(u' ');
            m_from.append(start);
            m_to.append(i);
            continue;
        }
        QString folded = QString::fromUcs4(&c, 1);
        if (QChar::decompositionTag(c) != QChar::NoDecomposition)
            folded = folded.normalized(QString::NormalizationForm_KD);
        folded = folded.toCaseFolded();
        for (QChar unit : std::as_const(folded)) {
            m_text.append(unit);
            m_from.append(start);
            m_to.append(i);
        }
    }
    if (!m_text.isEmpty() && m_text.back() == u' ') {
        m_text.chop(1);
        m_from.removeLast();
        m_to.removeLast();
    }
}

QList<TextRange> FoldedText::find(const FoldedText &needle) const
{
    QList<TextRange> ranges;
    const qsizetype length = needle.m_text.size();
    if (length == 0)
        return ranges;
    for (qsizetype at = m_text.indexOf(needle.m_text); at >= 0; at = m_text.indexOf(needle.m_text, at + length)) {
        const qsizetype start = m_from.at(at);
        ranges.append({start, m_to.at(at + length - 1) - start});
    }
    return ranges;
}

} // namespace tigerscope
