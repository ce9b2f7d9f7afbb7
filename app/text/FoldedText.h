#pragma once

#include <QList>
#include <QString>

namespace tigerscope {

/// A range of a text: where it starts and how many UTF-16 units it spans.
struct TextRange
{
    qsizetype start = 0;
    qsizetype length = 0;

    friend bool operator==(const TextRange &, const TextRange &) = default;
};

/// A text folded for search, so that what a reader takes for the same words matches: compatibility
/// decomposition (full-width and half-width forms alike, ligatures spelled out), case folding, and
/// every run of spaces and dashes read as one space ("Open-Source" = "open source"). Keeps where
/// each folded character came from, so a match is found back in the original text.
class FoldedText
{
public:
    explicit FoldedText(const QString &text);

    /// The folded text, without spaces at either end.
    const QString &text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }

    /// Every occurrence of needle's folded text, not overlapping, as ranges of the original text.
    QList<TextRange> find(const FoldedText &needle) const;

private:
    QString m_text;
    QList<qsizetype> m_from; ///< for each folded unit, the start of the original character it comes from
    QList<qsizetype> m_to;   ///< and the end of that character (of the last one, for a folded run)
};

} // namespace tigerscope
