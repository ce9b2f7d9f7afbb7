#include "PdfReader.h"

#include "HtmlMainText.h"
#include "PdfWords.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QPluginLoader>
#include <QRectF>

#include <algorithm>
#include <mutex>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Share of the page's height at its top and bottom where running headers and footers live.
constexpr double kMarginShare = 0.1;

struct PdfLine
{
    QString text;
    QRectF box;
    int page = 0;
    double pageHeight = 0;
};

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

/// Fonts often map ideographs to their look-alike Kangxi radicals (⼯ for 工) and letters to
/// ligatures (ﬁ): the compatibility decomposition gives the characters back.
QString withoutPresentationForms(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x2FDF) || (u >= 0xFB00 && u <= 0xFB06))
            result += QString(c).normalized(QString::NormalizationForm_KC);
        else
            result += c;
    }
    return result;
}

bool endsSentence(const QString &text)
{
    static const QString ends = u".!?。！？…\"”」』:："_s;
    return !text.isEmpty() && ends.contains(text.back());
}

/// The page's words grouped into lines: a word starts a new line when it does not overlap the
/// line's height by half.
QList<PdfLine> pageLines(const PdfPageWords &page, int pageNumber)
{
    QList<PdfLine> lines;
    bool spaceAfterLast = false;
    for (const PdfWord &word : page.words) {
        const QRectF &box = word.box;
        const QString &text = word.text;
        if (text.trimmed().isEmpty())
            continue;
        if (!lines.isEmpty()) {
            PdfLine &line = lines.last();
            const double overlap = std::min(line.box.bottom(), box.bottom()) - std::max(line.box.top(), box.top());
            if (overlap > 0.5 * std::min(line.box.height(), box.height()) && box.left() >= line.box.left()) {
                if (spaceAfterLast || box.left() - line.box.right() > 0.25 * box.height())
                    line.text += u' ';
                line.text += text;
                line.box = line.box.united(box);
                spaceAfterLast = word.spaceAfter;
                continue;
            }
        }
        lines.append({text, box, pageNumber, page.height});
        spaceAfterLast = word.spaceAfter;
    }
    for (PdfLine &line : lines)
        line.text = HtmlMainText::normalise(withoutPresentationForms(line.text));
    return lines;
}

bool inMargin(const PdfLine &line)
{
    return line.box.bottom() < line.pageHeight * kMarginShare || line.box.top() > line.pageHeight * (1 - kMarginShare);
}

/// "12", "- 12 -", "Page 3", "3 / 10", "第 3 页": a page number and nothing else.
bool isPageNumber(const QString &text)
{
    QString rest = text;
    for (const QString &word : {u"page"_s, u"p."_s, u"第"_s, u"页"_s, u"頁"_s, u"of"_s})
        rest.remove(word, Qt::CaseInsensitive);
    bool digit = false;
    for (QChar c : rest) {
        if (c.isDigit())
            digit = true;
        else if (!c.isSpace() && c != u'-' && c != u'/' && c != u'–' && c != u'—' && c != u'|')
            return false;
    }
    return digit;
}

/// A line's text with its digits blanked: a running header that counts pages repeats this way.
QString shape(const QString &text)
{
    QString result = text;
    for (QChar &c : result) {
        if (c.isDigit())
            c = u'#';
    }
    return result;
}

/// Lines in the top or bottom margin that recur on more than one page, and page numbers.
void dropFurniture(QList<PdfLine> &lines, int pageCount)
{
    QHash<QString, QSet<int>> pagesOf;
    for (const PdfLine &line : std::as_const(lines)) {
        if (inMargin(line))
            pagesOf[shape(line.text)].insert(line.page);
    }
    const int recurring = pageCount >= 4 ? std::max(2, pageCount / 3) : 2;
    lines.removeIf([&](const PdfLine &line) {
        if (!inMargin(line))
            return false;
        return isPageNumber(line.text) || pagesOf.value(shape(line.text)).size() >= recurring;
    });
}

QString joinLines(const QString &first, const QString &second)
{
    if (first.isEmpty())
        return second;
    if (second.isEmpty())
        return first;
    // "inter-" + "national": a word broken across lines, not a compound (the next starts lower-case).
    if (first.size() >= 2 && first.back() == u'-' && first.at(first.size() - 2).isLetter() && second.front().isLower())
        return first.chopped(1) + second;
    if (isCjk(first.back()) && isCjk(second.front()))
        return first + second;
    return first + u' ' + second;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// The plugin that reads PDFs' words, loaded once on first use: beside the installed application,
/// else in the build tree (or only in $TIGERSCOPE_PLUGIN_DIR when that is set).
const PdfWordSource *wordSource()
{
    static const PdfWordSource *source = nullptr;
    static std::once_flag loaded;
    std::call_once(loaded, [] {
        QStringList dirs;
        if (const QString chosen = qEnvironmentVariable("TIGERSCOPE_PLUGIN_DIR"); !chosen.isEmpty()) {
            dirs << chosen;
        } else {
            if (QCoreApplication::instance())
                dirs << QDir(QCoreApplication::applicationDirPath())
                            .filePath(QStringLiteral(TIGERSCOPE_INSTALLED_PLUGIN_DIR));
            dirs << QStringLiteral(TIGERSCOPE_BUILD_PLUGIN_DIR);
        }
        // The loader lives, and the plugin stays loaded, for the rest of the process.
        static QPluginLoader loader;
        for (const QString &dir : std::as_const(dirs)) {
            loader.setFileName(QDir(dir).filePath(u"tigerscope_pdf"_s));
            if ((source = qobject_cast<PdfWordSource *>(loader.instance())))
                return;
        }
    });
    return source;
}

} // namespace

bool PdfReader::looksLikePdf(QByteArrayView bytes)
{
    return bytes.first(std::min<qsizetype>(1024, bytes.size())).indexOf("%PDF-") >= 0;
}

PdfText PdfReader::read(const QByteArray &bytes, const std::function<void(int, int)> &progress)
{
    PdfText result;
    const PdfWordSource *source = wordSource();
    if (!source) {
        result.error = tr("PDF support is not installed (the plugin tigerscope_pdf was not found).");
        return result;
    }
    const PdfWords words = source->read(bytes, progress);
    if (words.status == PdfWords::Status::NotReadable) {
        result.error = tr("The file is not a PDF that can be read.");
        return result;
    }
    if (words.status == PdfWords::Status::Locked) {
        result.error = tr("The PDF is protected by a password.");
        return result;
    }
    result.title = words.title.simplified();
    result.author = words.author.simplified();

    const int pageCount = int(words.pages.size());
    QList<PdfLine> lines;
    for (int i = 0; i < pageCount; ++i)
        lines += pageLines(words.pages.at(i), i + 1);
    dropFurniture(lines, pageCount);
    if (lines.isEmpty()) {
        result.error = tr("The PDF holds no text (it may be scanned images).");
        return result;
    }

    QList<double> heights;
    for (const PdfLine &line : std::as_const(lines))
        heights << line.box.height();
    const double bodyHeight = median(heights);
    QHash<int, double> rightEdge;
    for (const PdfLine &line : std::as_const(lines))
        rightEdge[line.page] = std::max(rightEdge.value(line.page), line.box.right());

    auto headingLevelOf = [bodyHeight](const PdfLine &line) {
        return line.box.height() > bodyHeight * 1.6 ? 1 : line.box.height() > bodyHeight * 1.2 ? 2 : 0;
    };
    SourceLine current;
    PdfLine previous;
    auto finish = [&] {
        if (!current.text.isEmpty()) {
            current.lineNumber = int(result.paragraphs.size()) + 1;
            result.paragraphs.append(current);
        }
        current = {};
    };
    for (const PdfLine &line : std::as_const(lines)) {
        const int level = headingLevelOf(line);
        bool breaks = current.text.isEmpty() || level > 0 || current.headingLevel > 0;
        if (!breaks && line.page == previous.page) {
            const double gap = line.box.top() - previous.box.bottom();
            const double height = std::min(line.box.height(), previous.box.height());
            const bool indented = line.box.left() - previous.box.left() > height;
            const bool shortLast = previous.box.right() < rightEdge.value(previous.page) - 2 * height;
            breaks = gap > 0.8 * height || gap < -height || indented || (shortLast && endsSentence(previous.text));
        } else if (!breaks) {
            // Over a page break a paragraph goes on only if its last line ran to the margin unfinished.
            const bool fullLast = previous.box.right() >= rightEdge.value(previous.page) - 2 * previous.box.height();
            breaks = !fullLast || endsSentence(previous.text);
        }
        if (breaks) {
            finish();
            current.page = line.page;
            current.headingLevel = level;
        }
        current.text = joinLines(current.text, line.text);
        previous = line;
    }
    finish();
    return result;
}

} // namespace tigerscope
