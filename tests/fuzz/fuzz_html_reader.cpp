// libFuzzer target: a saved web page read end to end (charset prescan, decoding among UTF-8,
// GB18030 and Big5, gumbo, main-text scoring, metadata) on arbitrary bytes.

#include "ArticleParser.h"
#include "FuzzSupport.h"
#include "HtmlReader.h"
#include "TextDecoder.h"

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;
using namespace tigerscope;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzzsupport::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Deeply nested pages are gumbo's to survive, not ours: keep inputs page-sized.
    if (size > 256 * 1024)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    const DecodedText decoded = TextDecoder::decode(bytes, HtmlReader::declaredCharset(bytes));
    FUZZ_CHECK(decoded.error.isEmpty() || decoded.text.isEmpty());
    FUZZ_CHECK(decoded.undecodable >= 0);

    const ParseResult result = ArticleParser::parseBytes(bytes, u"fuzz.html"_s);
    if (!result.ok()) {
        FUZZ_CHECK(!result.error.isEmpty());
        return 0;
    }
    const ParsedArticle &article = *result.article;
    FUZZ_CHECK(article.format == SourceFormat::Html || article.format == SourceFormat::Pdf);
    for (const QString &lang : {u"zh"_s, u"en"_s}) {
        const QList<ParsedParagraph> &paragraphs = article.paragraphs(lang);
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            FUZZ_CHECK(paragraphs[i].index == i);
            FUZZ_CHECK(!paragraphs[i].text.isEmpty());
            FUZZ_CHECK(paragraphs[i].text == paragraphs[i].text.trimmed());
            FUZZ_CHECK(paragraphs[i].sourceLine >= 1);
        }
    }
    FUZZ_CHECK(article.url.isEmpty() || article.url.startsWith(u"http"_s));
    // The same bytes give the same article, however often they are read in one process.
    const ParseResult again = ArticleParser::parseBytes(bytes, u"fuzz.html"_s);
    FUZZ_CHECK(again.ok());
    for (const QString &lang : {u"zh"_s, u"en"_s}) {
        const QList<ParsedParagraph> &first = article.paragraphs(lang);
        const QList<ParsedParagraph> &second = again.article->paragraphs(lang);
        FUZZ_CHECK(first.size() == second.size());
        for (qsizetype i = 0; i < first.size(); ++i)
            FUZZ_CHECK(first[i].text == second[i].text);
    }
    return 0;
}
