// tigerscope-synth: writes a synthetic dataset for scale tests (see SyntheticDataset).
//   tigerscope-synth --out DIR [--companies N] [--observations N] [--articles N]
// writes DIR/shipped.sqlite and DIR/data/user.sqlite, opened together by
// Database::open({DIR + "/data", DIR + "/shipped.sqlite"}). The application itself always attaches
// its embedded dataset, so `tigerscope --data-dir DIR/data` shows the synthetic articles only.

#include "SyntheticDataset.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Writes a synthetic Tigerscope dataset for scale tests."_s);
    parser.addHelpOption();
    parser.addOption({u"out"_s, u"Folder to write shipped.sqlite and data/user.sqlite into."_s, u"dir"_s});
    parser.addOption({u"companies"_s, u"Number of companies."_s, u"n"_s, u"10000"_s});
    parser.addOption({u"observations"_s, u"Number of observations."_s, u"n"_s, u"1000000"_s});
    parser.addOption({u"articles"_s, u"Number of bilingual articles."_s, u"n"_s, u"2000"_s});
    parser.process(app);
    if (!parser.isSet(u"out"_s)) {
        std::fputs("tigerscope-synth: --out is required\n", stderr);
        return 2;
    }
    tigerscope::SyntheticSize size;
    bool ok[3] = {};
    size.companies = parser.value(u"companies"_s).toInt(&ok[0]);
    size.observations = parser.value(u"observations"_s).toInt(&ok[1]);
    size.articles = parser.value(u"articles"_s).toInt(&ok[2]);
    if (!ok[0] || !ok[1] || !ok[2] || size.companies < 1 || size.observations < 0 || size.articles < 1) {
        std::fputs("tigerscope-synth: counts must be positive integers\n", stderr);
        return 2;
    }
    const QDir out(parser.value(u"out"_s));
    if (!out.mkpath(u"data"_s)) {
        std::fputs("tigerscope-synth: cannot create the output folder\n", stderr);
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const tigerscope::SyntheticDataset dataset(size);
    QString error;
    const QString shipped = out.filePath(u"shipped.sqlite"_s);
    QFile::remove(out.filePath(u"data/user.sqlite"_s));
    if (!dataset.writeShipped(shipped, &error)
        || !dataset.writeUserArticles(out.filePath(u"data"_s), shipped, &error)) {
        std::fprintf(stderr, "tigerscope-synth: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("tigerscope-synth: wrote %s in %.1f s\n", qPrintable(out.absolutePath()),
                double(timer.elapsed()) / 1000.0);
    return 0;
}
