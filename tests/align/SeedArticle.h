#pragma once

#include "Alignment.h"

#include <QStringList>

#include <optional>
#include <set>
#include <utility>

/// Seed 003 read from the seeds folder as two paragraph lists with its hand-made gold links, and
/// the scoring the aligner's suites share.
namespace seedarticle {

using Links = std::set<std::pair<int, int>>;

struct Article
{
    QStringList zh;
    QStringList en;
    Links gold;
};

/// Empty when seed 003 is not there.
std::optional<Article> loadSeed();

Links linksOf(const tigerscope::Alignment &alignment);

/// F1 over (Chinese index, English index) links.
double pairF1(const Links &predicted, const Links &gold);

/// Prints the links that differ from the gold, for the test log.
void reportDifferences(const Links &predicted, const Links &gold);

} // namespace seedarticle

#define LOAD_SEED_OR_SKIP(article) \
    const std::optional<seedarticle::Article> article = seedarticle::loadSeed(); \
    if (!article) { \
        if (!qEnvironmentVariableIsEmpty("TIGERSCOPE_SEEDS_DIR")) \
            FAIL() << "seed 003 missing from TIGERSCOPE_SEEDS_DIR"; \
        GTEST_SKIP() << "seed 003 not found beside the source tree"; \
    }
