// The headless `tigerscope list-charts` and `export-chart` commands, run as real processes.
#include "ChartCatalogue.h"
#include "ChartTestDatabase.h"
#include "CompanyPalette.h"
#include "TestSupport.h"
#include "UncertaintyStyle.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class ExportChartCli : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    ProcessResult run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        process.setProcessEnvironment(env);
        process.start(testsupport::executablePath(),
                      QStringList{u"--data-dir"_s, m_dir.filePath(u"data"_s)} + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

/// Whether some pixel is within `tolerance` of the colour in each channel.
bool hasColour(const QImage &image, const QColor &colour, int tolerance = 6)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if (std::abs(qRed(line[x]) - colour.red()) <= tolerance
                && std::abs(qGreen(line[x]) - colour.green()) <= tolerance
                && std::abs(qBlue(line[x]) - colour.blue()) <= tolerance)
                return true;
        }
    }
    return false;
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); y += 3) {
        for (int x = 0; x < img.width(); x += 3)
            colours.insert(img.pixel(x, y));
    }
    return int(colours.size());
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    process.waitForFinished(60000);
    // NFKC: PDF text of CJK fonts may come back as compatibility forms (Kangxi radicals such as
    // U+2F64 for 用) and Latin ligatures (ﬁ); compare the characters, not the glyph codes. NFKC turns
    // the radical U+2F3E into the traditional 戶 (U+6236), where the simplified text has 户 (U+6237).
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .replace(QChar(0x6236), QChar(0x6237));
}

/// The companies a built chart colours by company (series or bars), with their palette colours.
QList<QColor> companyColours(const BuiltChart &chart)
{
    QList<QColor> colours;
    for (const ChartSeries &s : chart.spec.series) {
        if (s.color.isValid()) {
            colours.append(s.color);
            continue;
        }
        for (const ChartPoint &p : s.points) {
            // Light (approximate) markers are a blend, not the company's colour itself.
            if (UncertaintyEncoding::of(p).fill != UncertaintyEncoding::Fill::Light)
                colours.append(CompanyPalette::color(p.categoryId));
        }
    }
    return colours;
}

} // namespace

TEST_F(ExportChartCli, ListChartsInBothLanguages)
{
    for (const auto &[code, language] :
         {std::pair{u"en"_s, Language::English}, std::pair{u"zh_CN"_s, Language::Chinese}}) {
        const ProcessResult r = run({u"--lang"_s, code, u"list-charts"_s});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        QStringList expected;
        for (const QString &id : ChartCatalogue::ids())
            expected.append(id + u'\t' + ChartCatalogue::title(id, language));
        EXPECT_EQ(r.out.trimmed().split(u'\n'), expected) << r.out.toStdString();
    }
}

TEST_F(ExportChartCli, EveryChartExportsToPngSvgAndPdfInBothLanguages)
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    ChartTestDatabase database;
    ASSERT_NE(database.get(), nullptr) << database.error().toStdString();
    const ChartCatalogue catalogue(database.get()->connection());
    const int width = 800, height = 520;
    static const QRegularExpression digits(u"[0-9]"_s);
    const double scale = 1.5;
    for (const QString &id : ChartCatalogue::ids()) {
        for (const auto &[code, language] :
             {std::pair{u"en"_s, Language::English}, std::pair{u"zh_CN"_s, Language::Chinese}}) {
            const BuiltChart chart = catalogue.build(id, {language, {}, {}});
            const QString base = id + u'-' + code;
            const QString png = path(base + u".png"_s), svg = path(base + u".svg"_s), pdf = path(base + u".pdf"_s);
            for (const QString &out : {png, svg, pdf}) {
                const ProcessResult r = run({u"--lang"_s, code, u"export-chart"_s, u"--chart"_s, id, u"--out"_s, out,
                                             u"--width"_s, QString::number(width), u"--height"_s,
                                             QString::number(height), u"--scale"_s, QString::number(scale)});
                ASSERT_EQ(r.exitCode, 0) << base.toStdString() << ": " << r.err.toStdString();
                EXPECT_FALSE(r.err.contains(u"tigerscope: "_s)) << r.err.toStdString();
                ASSERT_TRUE(QFileInfo(out).size() > 0) << out.toStdString();
            }
            const QImage image(png);
            ASSERT_FALSE(image.isNull()) << base.toStdString();
            EXPECT_EQ(image.size(), QSize(qRound(width * scale), qRound(height * scale))) << base.toStdString();
            EXPECT_GT(distinctColours(image), 20) << base.toStdString() << " looks blank";
            for (const QColor &colour : companyColours(chart))
                EXPECT_TRUE(hasColour(image, colour)) << base.toStdString() << " lacks " << colour.name().toStdString();

            QFile svgFile(svg);
            ASSERT_TRUE(svgFile.open(QIODevice::ReadOnly));
            const QString svgText = QString::fromUtf8(svgFile.readAll());
            EXPECT_TRUE(svgText.contains(u"<title>"_s + chart.spec.title + u"</title>"_s)) << base.toStdString();

            const QString text = pdfText(pdf).simplified().remove(u' ');
            // Qt's PDF text map loses some digits of Noto Sans CJK runs ("15" in "Days to 15 million")
            // though they are drawn; the words must all be there.
            const QString title = QString(chart.spec.title).remove(u' ').normalized(QString::NormalizationForm_KC);
            EXPECT_TRUE(QString(text).remove(digits).contains(QString(title).remove(digits)))
                << base.toStdString() << "\n"
                << text.toStdString();
            if (language == Language::Chinese && !chart.rows.isEmpty()) {
                // Chinese text from the database (a company or measure name) is in the Chinese PDF.
                // NFKC cannot undo every radical form (U+2F3E gives 戶, not 户): most characters suffice.
                QString label;
                for (const ChartRow &row : chart.rows) {
                    for (const QString &candidate : {row.category, row.company, row.chartPoint.display}) {
                        if (label.isEmpty() && std::any_of(candidate.begin(), candidate.end(), [](QChar c) {
                                return c.script() == QChar::Script_Han;
                            }))
                            label = candidate;
                    }
                }
                int found = 0, han = 0;
                for (const QChar c : label) {
                    if (c.script() != QChar::Script_Han)
                        continue;
                    ++han;
                    found += text.contains(c);
                }
                EXPECT_GT(han, 0) << base.toStdString() << " has no Chinese text from the database";
                EXPECT_GE(found * 4, han * 3) << base.toStdString() << " lacks " << label.toStdString();
            }
        }
    }
    // Zhipu's fixed colour is in the financing chart.
    EXPECT_TRUE(hasColour(QImage(path(u"financing-en.png"_s)), CompanyPalette::color(u"zhipu"_s), 2));
}

TEST_F(ExportChartCli, ChineseFinancingPdfHasChineseText)
{
    const QString pdf = path(u"financing.pdf"_s);
    const ProcessResult r
        = run({u"--lang"_s, u"zh_CN"_s, u"export-chart"_s, u"--chart"_s, u"financing"_s, u"--out"_s, pdf});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ChartTestDatabase database;
    QSqlQuery q(database.get()->connection());
    ASSERT_TRUE(q.exec(u"SELECT name_zh FROM all_companies WHERE id = 'zhipu'"_s) && q.next());
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(q.value(0).toString())) << text.toStdString();
    EXPECT_TRUE(text.contains(ChartCatalogue::title(u"financing"_s, Language::Chinese)));
}

TEST_F(ExportChartCli, ErrorsExitNonZeroAndWriteNothing)
{
    struct Case
    {
        QStringList arguments;
        int exitCode;
    };
    const QString png = path(u"bad.png"_s);
    const QList<Case> cases{
        {{u"--chart"_s, u"no-such-chart"_s, u"--out"_s, png}, 2},
        {{u"--chart"_s, u"financing"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, png, u"--width"_s, u"wide"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, png, u"--width"_s, u"5"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, png, u"--height"_s, u"999999"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, png, u"--scale"_s, u"0"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, png, u"--scale"_s, u"nan"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, png, u"--width"_s, u"9000"_s, u"--scale"_s, u"4"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, png, u"--theme"_s, u"neon"_s}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, path(u"bad.gif"_s)}, 2},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, path(u"missing-folder/bad.png"_s)}, 1},
        {{u"--chart"_s, u"financing"_s, u"--out"_s, m_dir.path()}, 2},
    };
    for (const Case &c : cases) {
        const ProcessResult r = run(QStringList{u"export-chart"_s} + c.arguments);
        EXPECT_EQ(r.exitCode, c.exitCode) << c.arguments.join(u' ').toStdString();
        const QStringList lines = r.err.trimmed().split(u'\n');
        EXPECT_EQ(lines.size(), 1) << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(u"tigerscope: "_s)) << r.err.toStdString();
    }
    EXPECT_FALSE(QFile::exists(png));
    EXPECT_FALSE(QFile::exists(path(u"bad.gif"_s)));
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 0)
        << QDir(m_dir.path()).entryList(QDir::Files).join(u' ').toStdString();

    // Paths that cannot be written: exit 1, and a folder in the way is left as it was.
    const QString folder = path(u"taken.png"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    for (const QString &out : {folder, u"/proc/tigerscope-cannot-write-here.png"_s}) {
        const ProcessResult r = run({u"export-chart"_s, u"--chart"_s, u"financing"_s, u"--out"_s, out});
        EXPECT_EQ(r.exitCode, 1) << out.toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.startsWith(u"tigerscope: "_s)) << r.err.toStdString();
    }
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_TRUE(QDir(folder).isEmpty());
    EXPECT_EQ(QDir(m_dir.path()).entryList(QDir::Files).size(), 0);
}
