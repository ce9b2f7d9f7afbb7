// Latin text is drawn from a Latin font and Chinese from the CJK font, in the window and in
// charts: the families' order and the font each glyph run really comes from.
#include "ChartTheme.h"
#include "FontFamilies.h"
#include "InterfaceFont.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QLabel>
#include <QRawFont>
#include <QTextLayout>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

/// The family of every glyph run a line of text is drawn with.
QStringList glyphFamilies(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun &run : layout.glyphRuns())
        families.append(run.rawFont().familyName());
    return families;
}

/// The first Latin family of the list this machine has, and its first CJK one.
QString installed(const QStringList &families)
{
    const QStringList known = QFontDatabase::families();
    for (const QString &family : families) {
        if (known.contains(family))
            return family;
    }
    return {};
}

void expectLatinThenCjk(const QFont &font)
{
    const QString latin = installed(FontFamilies::latin());
    const QString cjk = installed(FontFamilies::cjk());
    if (latin.isEmpty() || cjk.isEmpty())
        GTEST_SKIP() << "needs a Latin and a CJK font of the lists (scripts/setup-debian.sh installs them)";
    const QStringList families = font.families();
    ASSERT_TRUE(families.contains(latin) && families.contains(cjk)) << families.join(u", "_s).toStdString();
    EXPECT_LT(families.indexOf(latin), families.indexOf(cjk)) << "the Latin family comes first";
    for (const QString &family : glyphFamilies(u"“Kimi” reached 1.5 billion — it’s 45%"_s, font))
        EXPECT_EQ(family, latin) << "Latin letters, digits and curly quotes come from the Latin font";
    const QStringList chinese = glyphFamilies(u"智谱融资15亿"_s, font);
    EXPECT_TRUE(chinese.contains(cjk)) << chinese.join(u", "_s).toStdString();
}

} // namespace

TEST(Fonts, WindowFontPutsLatinFamilyBeforeCjk)
{
    InterfaceFont::install();
    EXPECT_EQ(QApplication::font().families(), FontFamilies::latinFirst());
    QLabel label(u"“Kimi”"_s);
    expectLatinThenCjk(label.font());
}

TEST(Fonts, ChartTextPutsLatinFamilyBeforeCjk)
{
    for (const ChartTheme &theme : {ChartTheme::light(), ChartTheme::dark(), ChartTheme::print()}) {
        const QFont font = theme.font(ChartTheme::FontRole::CategoryLabel, 1.0);
        EXPECT_EQ(font.families(), FontFamilies::latinFirst()) << theme.name.toStdString();
        expectLatinThenCjk(font);
    }
}
