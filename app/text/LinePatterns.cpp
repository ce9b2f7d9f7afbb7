#include "LinePatterns.h"

#include "ScriptDetector.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr auto kCaseless = QRegularExpression::CaseInsensitiveOption;

// Furniture is recognised on short lines only; that also keeps the regular expressions off long
// paragraphs.
constexpr qsizetype kShortLine = 60;
constexpr qsizetype kNoticeLine = 500;

/// Lower case, single spaces, without the arrows and dots that decorate links ("View details>").
QString furnitureKey(const QString &line)
{
    static const QRegularExpression decoration(u"^[+\\s]+|[\\s>›»→…:：.。·•|]+$"_s);
    return line.toLower().simplified().remove(decoration);
}

const QSet<QString> &readMoreKeys()
{
    static const QSet<QString> keys = {
        u"view details"_s,       u"view detail"_s,       u"read more"_s,
        u"read the full text"_s, u"read full article"_s, u"read the full article"_s,
        u"click to view"_s,      u"view more"_s,         u"learn more"_s,
        u"continue reading"_s,   u"see more"_s,          u"查看详情"_s,
        u"阅读全文"_s,           u"查看全文"_s,          u"点击查看"_s,
        u"了解更多"_s,           u"查看更多"_s,          u"继续阅读"_s,
        u"阅读原文"_s,           u"展开全文"_s,
    };
    return keys;
}

const QSet<QString> &furnitureKeys()
{
    static const QSet<QString> keys = {
        // English
        u"follow"_s,
        u"follow with interest"_s,
        u"follow us"_s,
        u"+ follow"_s,
        u"followed"_s,
        u"share"_s,
        u"share to"_s,
        u"share this"_s,
        u"share this article"_s,
        u"like"_s,
        u"collect"_s,
        u"favorite"_s,
        u"favourite"_s,
        u"subscribe"_s,
        u"comment"_s,
        u"comments"_s,
        u"reply"_s,
        u"report"_s,
        u"back to top"_s,
        u"top"_s,
        u"advertisement"_s,
        u"advert"_s,
        u"ad"_s,
        u"sponsored"_s,
        u"sponsored content"_s,
        u"popular articles"_s,
        u"popular"_s,
        u"hot articles"_s,
        u"related articles"_s,
        u"related reading"_s,
        u"related posts"_s,
        u"recommended"_s,
        u"recommended reading"_s,
        u"recommended articles"_s,
        u"you may also like"_s,
        u"more articles"_s,
        u"more"_s,
        u"load more"_s,
        u"previous"_s,
        u"next"_s,
        u"previous article"_s,
        u"next article"_s,
        u"home"_s,
        u"print"_s,
        // Chinese
        u"关注"_s,
        u"已关注"_s,
        u"分享"_s,
        u"分享到"_s,
        u"收藏"_s,
        u"点赞"_s,
        u"赞"_s,
        u"评论"_s,
        u"举报"_s,
        u"回复"_s,
        u"返回顶部"_s,
        u"广告"_s,
        u"推广"_s,
        u"热门文章"_s,
        u"热门推荐"_s,
        u"相关文章"_s,
        u"相关推荐"_s,
        u"相关阅读"_s,
        u"推荐阅读"_s,
        u"延伸阅读"_s,
        u"猜你喜欢"_s,
        u"更多"_s,
        u"加载更多"_s,
        u"上一篇"_s,
        u"下一篇"_s,
        u"首页"_s,
        u"打印"_s,
    };
    return keys;
}

const QRegularExpression &breadcrumbRe()
{
    static const QRegularExpression re(u"^(your (current )?(position|location)|current (position|location)|you are here"
                                       "|当前位置|您的位置|你的位置|首页\\s*[>›»/])"_s,
                                       kCaseless);
    return re;
}

const QRegularExpression &counterRe()
{
    // "998 views", "0 comments", "14 minutes", "1.2w 阅读", "评论 0", "阅读：998".
    static const QRegularExpression re(
        u"^(?:[\\d,.]+\\s*[kw万千]?\\+?\\s*"
        "(?:comments?|views?|reads?|favou?rites?|likes?|shares?|collections?|bookmarks?|replies"
        "|minutes?|mins?(?: read)?|条评论|评论|次阅读|人阅读|阅读|次浏览|浏览|收藏|点赞|赞|分享|转发|分钟)"
        "|(?:comments?|views?|reads?|likes?|shares?|评论|阅读|浏览|收藏|点赞|分享|转发)\\s*[:：]?\\s*"
        "[\\d,.]+\\s*[kw万]?\\+?)$"_s,
        kCaseless);
    return re;
}

const QRegularExpression &shortChromeRe()
{
    // Calls to follow or scan, tag lists, disclaimers.
    static const QRegularExpression re(
        u"^(?:scan (?:the )?qr|scan to|扫码|扫描二维码|长按识别|长按二维码|关注(?:我们|公众号|微信)"
        "|follow us on|tags?\\s*[:：]|标签\\s*[:：]|disclaimer\\s*[:：]|免责声明)"_s,
        kCaseless);
    return re;
}

const QRegularExpression &captionRe()
{
    static const QRegularExpression re(
        u"(?:插图\\s*\\d*$)|^(?:图片?|配图|figure|fig\\.?|image|photo|picture)\\s*\\d+\\s*[:：.|丨｜]"_s, kCaseless);
    return re;
}

const QRegularExpression &imageCreditRe()
{
    static const QRegularExpression re(u"^(?:(?:the )?(?:(?:header|cover|title|featured|top|lead|banner) )?"
                                       "(?:image|picture|photo|illustration)s?(?: is| are| was)?"
                                       " (?:from|sourced from|source|credit|credits|courtesy of|by|via)\\b"
                                       "|(?:image|photo|picture) (?:source|credit)s?\\s*[:：]"
                                       "|(?:题图|头图|封面图?|配图|图片|首图|图源)\\s*(?:来自|来源|源自|由|[:：丨|｜/])"
                                       "|图\\s*[/丨|｜]\\s*\\S)"_s,
                                       kCaseless);
    return re;
}

const QRegularExpression &noticeRe()
{
    // Reprinting is only a notice when it is forbidden or conditioned, not when it is news.
    static const QRegularExpression re(
        u"(?:reprint|reproduc)\\w*.{0,80}(?:permission|prohibit|authori[sz]|forbidden|not allowed)"
        "|(?:permission|prohibit|authori[sz]|forbidden).{0,80}(?:reprint|reproduc)"
        "|all rights reserved|版权所有|版权归.{0,20}所有"
        "|(?:未经|禁止|严禁|不得|谢绝).{0,20}转载|转载.{0,20}(?:请|须|需|注明|联系|授权)"
        "|未经.{0,20}(?:许可|授权|同意).{0,20}(?:不得|禁止|严禁)"
        "|^(?:copyright\\b|©|\\(c\\)\\s*\\d{4}"
        "|this article (?:is|was) (?:authored|written|originally published|published|reprinted)"
        "|本文由|本文来自|本文首发|本文转载|原文链接|原文标题)"_s,
        kCaseless);
    return re;
}

const QRegularExpression &numericDateRe()
{
    static const QRegularExpression re(
        u"(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})(?!\\d)\\s*[日号]?"_s);
    return re;
}

const QRegularExpression &englishDateRe()
{
    static const QString month = u"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                                 "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?"_s;
    static const QRegularExpression re(u"\\b(?:"_s + month + u"\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})"_s
                                           + u"|(\\d{1,2})(?:st|nd|rd|th)?\\s+"_s + month + u",?\\s+(\\d{4}))\\b"_s,
                                       kCaseless);
    return re;
}

int monthNumber(QStringView name)
{
    static const QStringList months = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
                                       u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
    return int(months.indexOf(name.left(3).toString().toLower())) + 1;
}

struct DateMatch
{
    QDate date;
    qsizetype start = -1;
    qsizetype end = -1;
};

DateMatch matchDate(const QString &text)
{
    DateMatch best;
    static const QRegularExpression fourDigits(u"\\d{4}"_s);
    if (!text.contains(fourDigits))
        return best;
    const QRegularExpressionMatch numeric = numericDateRe().match(text);
    if (numeric.hasMatch()) {
        const QDate date(numeric.captured(1).toInt(), numeric.captured(2).toInt(), numeric.captured(3).toInt());
        if (date.isValid())
            best = {date, numeric.capturedStart(), numeric.capturedEnd()};
    }
    const QRegularExpressionMatch english = englishDateRe().match(text);
    if (english.hasMatch() && (best.start < 0 || english.capturedStart() < best.start)) {
        const bool monthFirst = english.hasCaptured(1);
        const QDate date = monthFirst
            ? QDate(english.captured(3).toInt(), monthNumber(english.capturedView(1)), english.captured(2).toInt())
            : QDate(english.captured(6).toInt(), monthNumber(english.capturedView(5)), english.captured(4).toInt());
        if (date.isValid())
            best = {date, english.capturedStart(), english.capturedEnd()};
    }
    return best;
}

const QString &bylineLabels()
{
    static const QString labels
        = u"(editor-in-chief|chief editor|executive editor|managing editor|editors?|written by|authors?"
          "|writers?|reporters?|correspondents?|reviewers?|translators?|compiled by|source|wen"
          "|责任编辑|执行编辑|编辑|责编|主编|作者|撰文|记者|文|审校|校对|来源|出品|翻译|编译|策划)"_s;
    return labels;
}

const QRegularExpression &bylineStartRe()
{
    static const QRegularExpression re(u"^"_s + bylineLabels() + u"\\s*[|丨｜:：]"_s, kCaseless);
    return re;
}

const QRegularExpression &bylineLabelRe()
{
    static const QRegularExpression re(u"(?:^|(?<=[\\s,，;；、/|丨｜]))"_s + bylineLabels() + u"\\s*[|丨｜:：]\\s*"_s,
                                       kCaseless);
    return re;
}

const QRegularExpression &byRe()
{
    static const QRegularExpression re(u"^By\\s+(\\p{Lu}[\\p{L}.'’\\- ]{1,60})$"_s);
    return re;
}

const QRegularExpression &readingTimeRe()
{
    static const QRegularExpression re(
        u"^(?:(?:estimated )?read(?:ing)? time|阅读时间|预计阅读|阅读约|阅读需要|阅读大约|全文约|本文约)"_s, kCaseless);
    return re;
}

QString trimSeparators(QStringView value)
{
    static const QString separators = u" ,，;；、/|丨｜"_s;
    qsizetype begin = 0;
    qsizetype end = value.size();
    while (begin < end && (separators.contains(value[begin]) || value[begin].isSpace()))
        ++begin;
    while (end > begin && (separators.contains(value[end - 1]) || value[end - 1].isSpace()))
        --end;
    return value.mid(begin, end - begin).toString();
}

bool isClosing(QChar c)
{
    static const QString closing = u"\"'”’」』）)】]》>»"_s;
    return closing.contains(c);
}

} // namespace

bool LinePatterns::isFurniture(const QString &line)
{
    if (breadcrumbRe().match(line).hasMatch())
        return true;
    if (line.size() > kShortLine)
        return false;
    const QString key = furnitureKey(line);
    return furnitureKeys().contains(key) || readMoreKeys().contains(key) || counterRe().match(key).hasMatch()
        || shortChromeRe().match(line).hasMatch();
}

bool LinePatterns::isReadMore(const QString &line)
{
    return line.size() <= kShortLine && readMoreKeys().contains(furnitureKey(line));
}

bool LinePatterns::isImageCaption(const QString &line)
{
    return line.size() <= kNoticeLine && captionRe().match(line).hasMatch();
}

bool LinePatterns::isImageCredit(const QString &line)
{
    return line.size() <= kNoticeLine && imageCreditRe().match(line).hasMatch();
}

bool LinePatterns::isNotice(const QString &line)
{
    return line.size() <= kNoticeLine && noticeRe().match(line).hasMatch();
}

bool LinePatterns::isChrome(const QString &line)
{
    return isFurniture(line) || isImageCaption(line) || isImageCredit(line) || isNotice(line);
}

QDate LinePatterns::findDate(const QString &text)
{
    return matchDate(text).date;
}

bool LinePatterns::isDateLine(const QString &line)
{
    if (line.size() > kShortLine)
        return false;
    const DateMatch date = matchDate(line);
    if (!date.date.isValid())
        return false;
    static const QRegularExpression label(
        u"^(?:published|posted|updated|date|release date|发布于|发布时间|发表于|发布日期|更新于|时间|日期)?"
        "\\s*[:：]?\\s*$"_s,
        kCaseless);
    if (!label.match(QStringView(line).left(date.start)).hasMatch())
        return false;
    static const QRegularExpression time(u"^\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s*"_s);
    QString rest = line.mid(date.end);
    rest.remove(time);
    const bool hasDigit = std::any_of(rest.cbegin(), rest.cend(), [](QChar c) { return c.isDigit(); });
    return rest.size() <= 16 && !hasDigit && !endsSentence(rest);
}

bool LinePatterns::isByline(const QString &line)
{
    if (line.size() > 200)
        return false;
    return bylineStartRe().match(line).hasMatch() || byRe().match(line).hasMatch();
}

Byline LinePatterns::parseByline(const QString &line)
{
    Byline byline;
    if (!isByline(line))
        return byline;
    const QRegularExpressionMatch by = byRe().match(line);
    if (by.hasMatch()) {
        byline.author = by.captured(1).trimmed();
        return byline;
    }
    struct Field
    {
        QString label;
        qsizetype valueStart = 0;
        qsizetype valueEnd = 0;
    };
    QList<Field> fields;
    QRegularExpressionMatchIterator it = bylineLabelRe().globalMatch(line);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!fields.isEmpty())
            fields.last().valueEnd = m.capturedStart();
        fields.append({m.captured(1).toLower(), m.capturedEnd(), line.size()});
    }

    static const QRegularExpression authorLabel(
        u"^(authors?|writers?|written by|reporters?|correspondents?|作者|撰文|记者)$"_s);
    static const QRegularExpression editorLabel(u"editor|编辑|责编|主编"_s);
    static const QRegularExpression sourceLabel(u"^(source|来源|出品)$"_s);
    QString wen;
    for (const Field &field : std::as_const(fields)) {
        const QString value
            = trimSeparators(QStringView(line).mid(field.valueStart, field.valueEnd - field.valueStart));
        if (value.isEmpty())
            continue;
        if (authorLabel.match(field.label).hasMatch()) {
            if (byline.author.isEmpty())
                byline.author = value;
        } else if (editorLabel.match(field.label).hasMatch()) {
            byline.editors << value;
        } else if (sourceLabel.match(field.label).hasMatch()) {
            if (byline.outlet.isEmpty())
                byline.outlet = value;
        } else if (field.label == u"wen" || field.label == u"文") {
            if (wen.isEmpty())
                wen = value;
        }
    }
    // "文丨X" names the writer, unless an author is named too: then X is the publication.
    if (!wen.isEmpty()) {
        if (byline.author.isEmpty())
            byline.author = wen;
        else if (byline.outlet.isEmpty())
            byline.outlet = wen;
    }
    return byline;
}

bool LinePatterns::isReadingTime(const QString &line)
{
    return line.size() <= kShortLine && readingTimeRe().match(line).hasMatch();
}

bool LinePatterns::isMeta(const QString &line)
{
    return isDateLine(line) || isByline(line) || isReadingTime(line);
}

QString LinePatterns::bracketedName(const QString &line)
{
    static const QRegularExpression re(u"【([^】]{1,30})】|\\[([^\\]]{1,30})\\]"_s);
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    return (m.hasCaptured(1) ? m.captured(1) : m.captured(2)).trimmed();
}

bool LinePatterns::endsSentence(QStringView line, bool questionEnds)
{
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1].isSpace() || isClosing(line[end - 1])))
        --end;
    if (end == 0)
        return false;
    const QChar last = line[end - 1];
    if (last == u'?' || last == u'？')
        return questionEnds;
    static const QString finals = u".。!！…;；:：,，、"_s;
    return finals.contains(last);
}

int LinePatterns::latinWordCount(QStringView line)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : line) {
        const bool letter = c.isLetterOrNumber() && c.unicode() < 0x3000;
        if (letter && !inWord)
            ++words;
        inWord = letter;
    }
    return words;
}

namespace {

/// How long a line of one phrase (a title, a heading, an outlet's name) may be.
struct PhraseLimits
{
    qsizetype characters;
    int latinWords;
    int han;
    bool questionEnds; ///< a question mark ends a sentence (a title may ask a question)
};

/// Whether a line holds some letters and stays within the limits, its last character ending no
/// sentence and no character of `breaks` in it.
bool isPhrase(const QString &line, const PhraseLimits &limits, const QRegularExpression *breaks = nullptr)
{
    if (line.size() > limits.characters || LinePatterns::latinWordCount(line) > limits.latinWords
        || LinePatterns::endsSentence(line, limits.questionEnds))
        return false;
    if (breaks && breaks->match(line).hasMatch())
        return false;
    const ScriptDetector::Counts counts = ScriptDetector::count(line);
    return counts.han + counts.latin > 0 && counts.han <= limits.han;
}

} // namespace

bool LinePatterns::isTitleLike(const QString &line)
{
    return isPhrase(line, {150, 25, 60, false});
}

bool LinePatterns::isHeadingLike(const QString &line)
{
    // One phrase, not sentences run together.
    static const QRegularExpression sentenceBreak(u"[。！？!?；;]|\\.\\s+\\p{Lu}"_s);
    return isPhrase(line, {100, 12, 30, true}, &sentenceBreak);
}

bool LinePatterns::isOutletLike(const QString &line)
{
    static const QRegularExpression forbidden(u"[\\d:：|丨｜,，。.!?！？]"_s);
    return isPhrase(line, {40, 5, 12, true}, &forbidden);
}

bool LinePatterns::isTruncated(QStringView line)
{
    return !endsSentence(line) || line.endsWith(u'…') || line.endsWith(u"...");
}

} // namespace tigerscope
