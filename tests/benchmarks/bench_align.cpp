// Alignment at scale: seed 003's 34 translated paragraph pairs tiled to N paragraphs per side
// (100 to 10,000), each size aligned in a child process of its own so that its peak memory is its
// own. Prints one line per size: paragraphs, sentences, seconds, peak MB, band, F1 against the
// tiling's known pairs. Targets (issue 13): 10,000 × 10,000 in under 10 s and 400 MB.
// Figures: docs/performance.md.

#include "ParagraphAligner.h"
#include "SeedArticle.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <sys/resource.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double peakRssMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

int alignOne(int size)
{
    const std::optional<seedarticle::Article> article = seedarticle::loadSeed();
    if (!article) {
        std::fprintf(stderr, "bench_align: seed 003 not found (TIGERSCOPE_SEEDS_DIR)\n");
        return 1;
    }
    QStringList zh;
    QStringList en;
    seedarticle::Links gold;
    while (zh.size() < size) {
        for (const auto &[z, e] : article->gold) {
            if (zh.size() == size)
                break;
            gold.insert({int(zh.size()), int(en.size())});
            zh.append(article->zh.at(z));
            en.append(article->en.at(e));
        }
    }
    const double before = peakRssMegabytes();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    const tigerscope::ParagraphAligner aligner;
    const tigerscope::SentenceAlignment sentences = aligner.alignSentences(zh, en);
    const tigerscope::Alignment alignment
        = tigerscope::ParagraphAligner::paragraphBeads(sentences, int(zh.size()), int(en.size()));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const double f1 = seedarticle::pairF1(seedarticle::linksOf(alignment), gold);
    std::printf("%6d x %-6d  sentences %6lld x %-6lld  %7.2f s wall %7.2f s CPU  peak %7.1f MB (inputs %5.1f MB)  band "
                "±%d  F1 %.4f\n",
                size, size, qlonglong(sentences.zh.size()), qlonglong(sentences.en.size()), seconds, cpu,
                peakRssMegabytes(), before, sentences.bandHalfWidth, f1);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments.at(1) == u"--size"_s)
        return alignOne(arguments.at(2).toInt());
    std::printf("bench_align: seed 003 tiled, one child process per size\n");
    std::fflush(stdout);
    for (int size : {100, 300, 1000, 3000, 10000}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {u"--size"_s, QString::number(size)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    return 0;
}
