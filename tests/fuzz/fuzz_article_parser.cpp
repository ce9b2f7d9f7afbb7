// libFuzzer target: ArticleParser::parseBytes on arbitrary bytes (any encoding, Markdown or not).

#include "ArticleParser.h"
#include "FuzzSupport.h"

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
    if (size > 4 * 1024 * 1024)
        return -1;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    // The name decides whether Markdown is considered: try both shapes of the same bytes.
    const QString name = (size % 2) ? u"fuzz.md"_s : u"fuzz.txt"_s;
    const ParseResult result = ArticleParser::parseBytes(bytes, name);
    if (!result.ok()) {
        FUZZ_CHECK(!result.error.isEmpty());
        return 0;
    }
    const ParsedArticle &article = *result.article;
    FUZZ_CHECK(!article.zh.isEmpty() || !article.en.isEmpty());
    for (const QString &lang : {u"zh"_s, u"en"_s}) {
        const QList<ParsedParagraph> &paragraphs = article.paragraphs(lang);
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            FUZZ_CHECK(paragraphs[i].index == i);
            FUZZ_CHECK(paragraphs[i].lang == lang);
            FUZZ_CHECK(!paragraphs[i].text.isEmpty());
            FUZZ_CHECK(paragraphs[i].sourceLine >= 1);
        }
    }
    FUZZ_CHECK(article.fingerprint == ArticleParser::fingerprint(article));
    FUZZ_CHECK(article.fingerprint.size() == 64);
    // The same bytes give the same article.
    FUZZ_CHECK(ArticleParser::parseBytes(bytes, name).article->fingerprint == article.fingerprint);
    return 0;
}
