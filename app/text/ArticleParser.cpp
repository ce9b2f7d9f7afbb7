#include "ArticleParser.h"

#include "HtmlReader.h"
#include "MarkdownStripper.h"
#include "MetadataExtractor.h"
#include "ParagraphClassifier.h"
#include "PdfReader.h"
#include "ScriptDetector.h"
#include "TextDecoder.h"
#include "TextLines.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr int kProgressStep = 1024;

/// Reports progress over a known number of steps, at most every kProgressStep of them.
class Progress
{
public:
    Progress(const ProgressCallback &callback, qsizetype total)
        : m_callback(callback)
        , m_total(int(total))
    {
        if (m_callback)
            m_callback(0, m_total);
    }

    void advance(qsizetype steps = 1)
    {
        m_done += int(steps);
        if (m_callback && m_done != m_reported && (m_done - m_reported >= kProgressStep || m_done == m_total)) {
            m_reported = m_done;
            m_callback(m_done, m_total);
        }
    }

private:
    const ProgressCallback &m_callback;
    int m_total = 0;
    int m_done = 0;
    int m_reported = 0;
};

/// The language of each line. A line without letters (a date, a count) goes with the line before
/// it, or at the top of the file with the first line that has letters.
QList<Language> detectLanguages(const QList<SourceLine> &lines, Progress &progress)
{
    QList<std::optional<Language>> detected(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        detected[i] = ScriptDetector::detect(lines[i].text);
        progress.advance();
    }
    const auto firstWithLetters
        = std::find_if(detected.cbegin(), detected.cend(),
                       [](const std::optional<Language> &language) { return language.has_value(); });
    Language previous = firstWithLetters != detected.cend() ? **firstWithLetters : Language::English;
    QList<Language> languages;
    languages.reserve(detected.size());
    for (const std::optional<Language> &language : std::as_const(detected)) {
        previous = language.value_or(previous);
        languages.append(previous);
    }
    return languages;
}

QList<ParsedParagraph> makeParagraphs(const QList<SourceLine> &lines, const QString &lang, Progress &progress)
{
    const QList<ParagraphKind> kinds = ParagraphClassifier::classify(lines);
    QList<ParsedParagraph> paragraphs;
    paragraphs.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i)
        paragraphs.append({lines[i].text, lang, int(i), lines[i].lineNumber, kinds[i], lines[i].page});
    progress.advance(lines.size());
    return paragraphs;
}

QString fallbackTitle(const QString &sourceName, const ParsedArticle &article)
{
    const QString base = QFileInfo(sourceName).completeBaseName();
    if (!base.isEmpty())
        return base;
    const QList<ParsedParagraph> &first = article.en.isEmpty() ? article.zh : article.en;
    return first.isEmpty() ? QString() : first.first().text.left(80);
}

bool hasExtension(const QString &sourceName, std::initializer_list<QLatin1StringView> extensions)
{
    const QString suffix = QFileInfo(sourceName).suffix();
    return std::any_of(extensions.begin(), extensions.end(),
                       [&suffix](QLatin1StringView e) { return suffix.compare(e, Qt::CaseInsensitive) == 0; });
}

/// What the source file is, by its content first: a PDF or an HTML page keeps its format
/// whatever it is called; a file named .html that does not look like one is still read as HTML.
SourceFormat sniffFormat(const QByteArray &bytes, const QString &sourceName)
{
    if (PdfReader::looksLikePdf(bytes))
        return SourceFormat::Pdf;
    if (HtmlReader::looksLikeHtml(bytes) || hasExtension(sourceName, {"html"_L1, "htm"_L1, "xhtml"_L1, "shtml"_L1}))
        return SourceFormat::Html;
    return SourceFormat::PlainText;
}

/// The script a title is written in decides which language's title it is.
void setTitle(ParsedArticle &article, const QString &title)
{
    if (title.isEmpty())
        return;
    article.title = title;
    if (ScriptDetector::detect(title) == Language::Chinese)
        article.titleZh = title;
    else
        article.titleEn = title;
}

void renumber(QList<ParsedParagraph> &paragraphs)
{
    for (qsizetype i = 0; i < paragraphs.size(); ++i)
        paragraphs[i].index = int(i);
}

} // namespace

ParseResult ArticleParser::parseFile(const QString &path, const ProgressCallback &progress)
{
    ParseResult result;
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        result.error = tr("The file %1 does not exist.").arg(shown);
        return result;
    }
    if (!info.isFile()) {
        result.error = tr("%1 is not a file.").arg(shown);
        return result;
    }
    if (info.size() > TextDecoder::MaxBytes) {
        result.error = TextDecoder::tooLargeMessage(info.size());
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Could not open %1: %2").arg(shown, file.errorString());
        return result;
    }
    // Read one byte past the limit so that a file that grew since it was measured is refused too.
    const QByteArray bytes = file.read(TextDecoder::MaxBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Could not read %1: %2").arg(shown, file.errorString());
        return result;
    }
    return parseBytes(bytes, path, progress);
}

ParseResult ArticleParser::parseBytes(const QByteArray &bytes, const QString &sourceName,
                                      const ProgressCallback &progressCallback)
{
    ParseResult result;
    ParsedArticle article;
    article.sourcePath = sourceName;
    article.format = sniffFormat(bytes, sourceName);
    QList<SourceLine> lines;
    HtmlMetadata page;
    QString documentTitle;

    if (article.format == SourceFormat::Pdf) {
        PdfText pdf = PdfReader::read(bytes);
        if (!pdf.error.isEmpty()) {
            result.error = pdf.error;
            return result;
        }
        lines = std::move(pdf.paragraphs);
        article.encoding = u"PDF"_s;
        documentTitle = pdf.title;
        page.author = pdf.author;
    } else {
        const bool html = article.format == SourceFormat::Html;
        const DecodedText decoded
            = TextDecoder::decode(bytes, html ? HtmlReader::declaredCharset(bytes) : QByteArray());
        if (!decoded.error.isEmpty()) {
            result.error = decoded.error;
            return result;
        }
        result.warnings << TextDecoder::warnings(decoded);
        article.encoding = decoded.encoding;
        if (html) {
            HtmlPage read = HtmlReader::read(decoded.text);
            lines = std::move(read.lines);
            page = std::move(read.metadata);
        } else {
            lines = TextLines::split(decoded.text);
            article.markdown = MarkdownStripper::looksLikeMarkdown(lines, sourceName);
            if (article.markdown) {
                lines = MarkdownStripper::strip(lines);
                article.format = SourceFormat::Markdown;
            }
        }
    }
    if (lines.isEmpty()) {
        result.error = tr("The file contains no text.");
        return result;
    }

    // Two passes over the lines: languages, then kinds.
    Progress progress(progressCallback, 2 * lines.size());
    const QList<Language> languages = detectLanguages(lines, progress);
    QList<SourceLine> zhLines;
    QList<SourceLine> enLines;
    for (qsizetype i = 0; i < lines.size(); ++i)
        (languages[i] == Language::Chinese ? zhLines : enLines).append(std::move(lines[i]));

    article.en = makeParagraphs(enLines, u"en"_s, progress);
    article.zh = makeParagraphs(zhLines, u"zh"_s, progress);
    MetadataExtractor::fill(article, documentTitle.isEmpty() ? fallbackTitle(sourceName, article) : documentTitle);
    // What a page says about itself is surer than what its text suggests.
    setTitle(article, page.title);
    if (!page.author.isEmpty())
        article.author = page.author;
    if (!page.site.isEmpty())
        article.site = article.outlet = page.site;
    if (page.published.isValid())
        article.published = page.published;
    article.url = page.url;
    article.fingerprint = fingerprint(article);
    result.article = std::move(article);
    return result;
}

ParsedArticle ArticleParser::mergePair(const ParsedArticle &first, const ParsedArticle &second)
{
    ParsedArticle merged;
    merged.en = first.en + second.en;
    merged.zh = first.zh + second.zh;
    renumber(merged.en);
    renumber(merged.zh);
    merged.markdown = first.markdown || second.markdown;
    merged.encoding = first.encoding == second.encoding || second.encoding.isEmpty() ? first.encoding
        : first.encoding.isEmpty()                                                   ? second.encoding
                                   : first.encoding + u'+' + second.encoding;
    QStringList paths;
    for (const QString &path : {first.sourcePath, second.sourcePath}) {
        if (!path.isEmpty())
            paths << path;
    }
    merged.sourcePath = paths.join(u'\n');
    merged.format = first.format;
    merged.url = first.url.isEmpty() ? second.url : first.url;
    merged.site = first.site.isEmpty() ? second.site : first.site;
    MetadataExtractor::fill(merged, fallbackTitle(paths.value(0), merged));
    // Web pages said who wrote them and when: the second file's word counts where the first is silent.
    for (const ParsedArticle *part : {&second, &first}) {
        if (part->format != SourceFormat::Html)
            continue;
        if (!part->titleEn.isEmpty())
            merged.titleEn = part->titleEn;
        if (!part->titleZh.isEmpty())
            merged.titleZh = part->titleZh;
        if (!part->author.isEmpty())
            merged.author = part->author;
        if (!part->site.isEmpty())
            merged.outlet = part->site;
        if (part->published.isValid())
            merged.published = part->published;
    }
    merged.fingerprint = fingerprint(merged);
    return merged;
}

QString ArticleParser::fingerprint(const ParsedArticle &article)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &lang : article.languages()) {
        hash.addData(lang.toUtf8());
        hash.addData("\n");
        for (const ParsedParagraph &paragraph : article.paragraphs(lang)) {
            hash.addData(paragraph.text.toUtf8());
            hash.addData("\n");
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace tigerscope
