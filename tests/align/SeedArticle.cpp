#include "SeedArticle.h"

#include "Seed003Gold.h"
#include "TestSupport.h"

#include <QFile>

#include <algorithm>
#include <iostream>

using namespace Qt::StringLiterals;

namespace seedarticle {

namespace {

/// A line is Chinese when its Han characters dominate: one Han character weighs as three Latin
/// letters, roughly the information each carries ("题图来自 Pixabay" is Chinese).
bool isChinese(const QString &line)
{
    qsizetype han = 0;
    qsizetype latin = 0;
    for (QChar c : line) {
        if (c.script() == QChar::Script_Han)
            ++han;
        else if (c.isLetter() && c.script() == QChar::Script_Latin)
            ++latin;
    }
    return han > 0 && 3 * han >= latin;
}

} // namespace

std::optional<Article> loadSeed()
{
    const QString path = testsupport::seedPath(u"003"_s);
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Article article;
    for (const QString &raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        (isChinese(line) ? article.zh : article.en).append(line);
    }
    for (const auto &link : seed003::kLinks)
        article.gold.insert(link);
    return article;
}

Links linksOf(const tigerscope::Alignment &alignment)
{
    Links links;
    for (const auto &[zh, en] : alignment.links())
        links.insert({zh, en});
    return links;
}

double pairF1(const Links &predicted, const Links &gold)
{
    if (predicted.empty() && gold.empty())
        return 1.0;
    const auto hits = double(std::count_if(predicted.cbegin(), predicted.cend(),
                                           [&gold](const auto &link) { return gold.count(link) > 0; }));
    const double precision = predicted.empty() ? 0.0 : hits / double(predicted.size());
    const double recall = gold.empty() ? 0.0 : hits / double(gold.size());
    return precision + recall == 0.0 ? 0.0 : 2 * precision * recall / (precision + recall);
}

void reportDifferences(const Links &predicted, const Links &gold)
{
    for (const auto &link : predicted) {
        if (!gold.count(link))
            std::cout << "             extra link zh " << link.first << " - en " << link.second << std::endl;
    }
    for (const auto &link : gold) {
        if (!predicted.count(link))
            std::cout << "             missed link zh " << link.first << " - en " << link.second << std::endl;
    }
}

} // namespace seedarticle
