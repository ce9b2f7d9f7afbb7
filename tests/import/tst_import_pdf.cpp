// PDFs written here with QPdfWriter (two pages, English and Chinese, a running header and page
// numbers), then imported: paragraphs rebuilt from the lines, pages kept, furniture dropped.
#include "ArticleParser.h"
#include "CitationFormatter.h"

#include <gtest/gtest.h>

#include <QBuffer>

#include <QFont>
#include <QPainter>
#include <QPdfWriter>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

/// Draws lines top to bottom: a paragraph's lines at the font's line spacing, a blank line between
/// paragraphs — the way a word processor lays out a report.
class PageWriter
{
public:
    explicit PageWriter(QPdfWriter &writer)
        : m_writer(writer)
        , m_painter(&writer)
    {
        startPage(1);
    }

    void paragraph(const QStringList &lines, int pointSize = 11, const QString &family = u"Noto Serif CJK SC"_s)
    {
        QFont font(family);
        font.setPointSize(pointSize);
        m_painter.setFont(font);
        const int spacing = m_painter.fontMetrics().lineSpacing();
        for (const QString &line : lines) {
            m_painter.drawText(m_left, m_y, line);
            m_y += spacing;
        }
        m_y += spacing;
    }

    void newPage()
    {
        m_writer.newPage();
        startPage(++m_page);
    }

private:
    void startPage(int number)
    {
        const QRect page = m_painter.viewport();
        QFont small(u"Noto Serif CJK SC"_s);
        small.setPointSize(8);
        m_painter.setFont(small);
        m_left = page.width() / 10;
        m_painter.drawText(m_left, page.height() / 25, u"Harbour Institute · Quarterly Bulletin"_s);
        m_painter.drawText(page.width() / 2, page.height() - page.height() / 25, QString::number(number));
        m_y = page.height() / 8;
    }

    QPdfWriter &m_writer;
    QPainter m_painter;
    int m_page = 1;
    int m_left = 0;
    int m_y = 0;
};

QByteArray bulletin()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setResolution(300);
        writer.setTitle(u"Quarterly bulletin"_s);
        PageWriter pages(writer);
        pages.paragraph({u"Repairs to the north quay"_s}, 20);
        pages.paragraph({u"Work on the north quay began in January and is expected to finish before"_s,
                         u"the summer. The old timber fenders are being replaced, and the recon-"_s,
                         u"struction of the steps follows once the new fenders are in place."_s});
        pages.paragraph({u"Boats will moor at the south quay while the work goes on."_s});
        pages.newPage();
        pages.paragraph({u"北码头的维修工程于一月开工，预计在夏天之前完工。旧的木制护舷"_s,
                         u"正在更换，新的护舷安装好以后，再重建码头的台阶。"_s});
        pages.paragraph({u"Visitors are asked to use the footbridge until the steps reopen."_s});
    }
    return buffer.data();
}

} // namespace

TEST(PdfImport, ParagraphsAreRebuiltWithTheirPages)
{
    const ParseResult result = ArticleParser::parseBytes(bulletin(), u"bulletin.pdf"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.error);
    const ParsedArticle &article = *result.article;
    EXPECT_EQ(article.format, SourceFormat::Pdf);

    QStringList en;
    QList<int> enPages;
    for (const ParsedParagraph &p : article.en) {
        en << p.text;
        enPages << p.page;
    }
    ASSERT_EQ(en.size(), 4) << qPrintable(en.join(u'\n'));
    for (const QString &line : en)
        std::printf("%s\n", qPrintable(line));
    EXPECT_EQ(en[0], u"Repairs to the north quay"_s);
    EXPECT_EQ(article.en[0].kind, ParagraphKind::Title);
    EXPECT_EQ(en[1],
              u"Work on the north quay began in January and is expected to finish before the summer. The old "
              "timber fenders are being replaced, and the reconstruction of the steps follows once the new "
              "fenders are in place."_s);
    EXPECT_EQ(en[2], u"Boats will moor at the south quay while the work goes on."_s);
    EXPECT_EQ(en[3], u"Visitors are asked to use the footbridge until the steps reopen."_s);
    EXPECT_EQ(enPages, (QList<int>{1, 1, 1, 2}));

    ASSERT_EQ(article.zh.size(), 1);
    EXPECT_EQ(
        article.zh[0].text,
        u"北码头的维修工程于一月开工，预计在夏天之前完工。旧的木制护舷正在更换，新的护舷安装好以后，再重建码头的台阶。"_s);
    EXPECT_EQ(article.zh[0].page, 2);

    for (const ParsedParagraph &p : article.en + article.zh) {
        EXPECT_FALSE(p.text.contains(u"Quarterly Bulletin"_s)) << qPrintable(p.text);
        EXPECT_NE(p.text, u"1"_s);
        EXPECT_NE(p.text, u"2"_s);
    }
}

TEST(PdfImport, ContentDecidesNotTheName)
{
    // A PDF named .txt is still read as a PDF; a .pdf that is not one is refused with a reason.
    const ParseResult misnamed = ArticleParser::parseBytes(bulletin(), u"bulletin.txt"_s);
    ASSERT_TRUE(misnamed.ok()) << qPrintable(misnamed.error);
    EXPECT_EQ(misnamed.article->format, SourceFormat::Pdf);
    const ParseResult broken = ArticleParser::parseBytes("%PDF-1.4\nnot really a pdf\n", u"broken.pdf"_s);
    EXPECT_FALSE(broken.ok());
    EXPECT_FALSE(broken.error.isEmpty());
}

TEST(PdfImport, CitationsCarryThePage)
{
    EXPECT_EQ(CitationFormatter::location(2, 3, Language::English), u"p. 3, ¶2"_s);
    EXPECT_EQ(CitationFormatter::location(5, 0, Language::English), u"¶5"_s);
}
