#pragma once

#include "Citation.h"
#include "Language.h"

namespace tigerscope {

/// The one formatter of citations a person reads, in the language asked for (the words from the
/// app catalogue, context "CitationFormatter"), paragraphs numbered as a person sees them
/// (ParagraphNumber: from 1). Sources show an article's title, never its
/// key (the key only stands in when the article has no title at all). Thread-safe; static.
class CitationFormatter
{
public:
    /// The article's title in language, else in the other language, else its key.
    static QString title(const ArticleRecord &article, Language language);

    /// For tables and tooltips: "Title ¶24"; "Title ¶24 (Chinese text)" when the cited version is
    /// not the reader's language; a free reference as it is.
    static QString shortForm(const CitationRecord &citation, const ArticleRecord &article, Language language);

    /// For footers and copies: "New Entropy, "Title", 26 Mar 2025, paragraph 24: “15亿”" /
    /// "新熵，《标题》，2025年3月26日，第24段：“15亿”"; a free reference as it is.
    static QString longForm(const CitationRecord &citation, const ArticleRecord &article, Language language);

    /// The article alone, for a list of sources: outlet, title and date ("date not given" when the
    /// dataset has none).
    static QString articleLine(const ArticleRecord &article, Language language);

    /// Where a paragraph is in its article: "p. 3, ¶12" for a paragraph printed on page 3 of a PDF,
    /// "¶12" otherwise. @p paragraphNumber is the number a person sees (ParagraphNumber::shown).
    static QString location(int paragraphNumber, int page, Language language);

    /// "Author. (2025, March 26). Title. Outlet. Retrieved May 1, 2026, from URL" (APA, 7th
    /// edition) — English-language style, so English fields first; a Chinese title stands with its
    /// English translation in brackets. Fields the dataset does not record are left out, not
    /// guessed; "n.d." stands for no date; without an access date the URL stands alone.
    static QString apa(const ArticleRecord &article);

    /// "Author. Title[EB/OL]. Outlet, 2025-03-26[2026-05-01]. URL." (GB/T 7714-2015) — Chinese
    /// fields first; the access date in brackets, as the standard asks.
    static QString gbt7714(const ArticleRecord &article);
};

} // namespace tigerscope
