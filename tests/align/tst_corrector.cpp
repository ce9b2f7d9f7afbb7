// Hand corrections of an alignment, without widgets: each correction, that it leaves every
// paragraph in one bead, and re-aligning with the confirmed beads held.
#include "AlignmentCorrector.h"
#include "ParagraphAligner.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tigerscope::Alignment;
using tigerscope::AlignmentBead;
using Corrector = tigerscope::AlignmentCorrector;

namespace {

AlignmentBead bead(QList<int> zh, QList<int> en, double confidence = 0.9)
{
    return {std::move(zh), std::move(en), confidence, false};
}

QString shape(const Alignment &alignment)
{
    QStringList beads;
    for (const AlignmentBead &b : alignment.beads) {
        QStringList zh;
        for (int z : b.zh)
            zh.append(QString::number(z));
        QStringList en;
        for (int e : b.en)
            en.append(QString::number(e));
        beads.append(zh.join(u',') + u'|' + en.join(u',') + (b.confirmed ? u"*"_s : QString()));
    }
    return beads.join(u' ');
}

// zh 0-2, en 0-3: en 0 a heading, then 1-1 pairs with one 1-2.
const Alignment kAlignment{{bead({}, {0}), bead({0}, {1}), bead({1}, {2, 3}, 0.4), bead({2}, {4})}};

TEST(AlignmentCorrector, MergeWithNextAndSplitBack)
{
    bool applied = false;
    const Alignment merged = Corrector::mergeWithNext(kAlignment, 1, &applied);
    EXPECT_TRUE(applied);
    EXPECT_EQ(shape(merged), u"|0 0,1|1,2,3* 2|4"_s);
    const Alignment split = Corrector::splitFirst(merged, 1, &applied);
    EXPECT_TRUE(applied);
    EXPECT_EQ(shape(split), u"|0 0|1* 1|2,3* 2|4"_s);
    Corrector::mergeWithNext(kAlignment, 3, &applied);
    EXPECT_FALSE(applied); // no bead after the last
    Corrector::splitFirst(kAlignment, 1, &applied);
    EXPECT_FALSE(applied); // one paragraph each side: nothing to split
}

TEST(AlignmentCorrector, ShiftAParagraphToTheNeighbouringBead)
{
    bool applied = false;
    // en 3 belongs with zh 2, not zh 1.
    const Alignment down = Corrector::shiftDown(kAlignment, 2, Corrector::Side::English, &applied);
    EXPECT_TRUE(applied);
    EXPECT_EQ(shape(down), u"|0 0|1 1|2 2|3,4*"_s);
    const Alignment up = Corrector::shiftUp(down, 3, Corrector::Side::English, &applied);
    EXPECT_EQ(shape(up), u"|0 0|1 1|2,3* 2|4*"_s); // both beads the person touched stay confirmed
    // The heading joins the first pair.
    EXPECT_EQ(shape(Corrector::shiftDown(kAlignment, 0, Corrector::Side::English)), u"0|0,1* 1|2,3 2|4"_s);
    // A bead emptied by a shift disappears.
    const Alignment emptied = Corrector::shiftUp(kAlignment, 1, Corrector::Side::Chinese, &applied);
    EXPECT_TRUE(applied);
    EXPECT_EQ(shape(emptied), u"0|0* |1 1|2,3 2|4"_s);
    Corrector::shiftUp(kAlignment, 0, Corrector::Side::English, &applied);
    EXPECT_FALSE(applied);
}

TEST(AlignmentCorrector, NoCounterpartAndConfirm)
{
    bool applied = false;
    const Alignment alone = Corrector::markNoCounterpart(kAlignment, 2, &applied);
    EXPECT_TRUE(applied);
    EXPECT_EQ(shape(alone), u"|0 0|1 |2* |3* 1|* 2|4"_s);
    const Alignment confirmed = Corrector::confirm(kAlignment, 2, &applied);
    EXPECT_TRUE(applied);
    EXPECT_DOUBLE_EQ(confirmed.beads.at(2).confidence, 1.0);
    EXPECT_EQ(Corrector::confirmedBeads(confirmed).size(), 1);
}

TEST(AlignmentCorrector, NextUncertainBeadWrapsAroundAndSkipsConfirmed)
{
    EXPECT_EQ(Corrector::nextUncertain(kAlignment, 0, 0.5), 2);
    EXPECT_EQ(Corrector::nextUncertain(kAlignment, 2, 0.5), 2); // wraps to itself: the only one
    EXPECT_EQ(Corrector::nextUncertain(Corrector::confirm(kAlignment, 2), 0, 0.5), -1);
    EXPECT_EQ(Corrector::nextUncertain(Alignment{}, 0, 0.5), -1);
}

TEST(AlignmentCorrector, RealignTheRestHoldsConfirmedBeads)
{
    const QStringList zh
        = {u"公司今年融资15亿元。"_s, u"创始人张鹏表示新模型将在三个月内发布。"_s, u"团队目前约有300名员工。"_s};
    const QStringList en = {u"The company raised 1.5 billion yuan this year."_s,
                            u"Founder Zhang Peng said the new model will be released within three months."_s,
                            u"The team now has about 300 employees."_s};
    const tigerscope::ParagraphAligner aligner;
    const Alignment automatic = aligner.align(zh, en);
    ASSERT_EQ(shape(automatic), u"0|0 1|1 2|2"_s);
    // A person says zh 1 has no counterpart and en 1 belongs with zh 0: held as they are.
    Alignment corrected = Corrector::markNoCounterpart(automatic, 1);
    corrected = Corrector::shiftUp(corrected, 1, Corrector::Side::English);
    ASSERT_EQ(shape(corrected), u"0|0,1* 1|* 2|2"_s);
    const Alignment realigned = aligner.align(zh, en, Corrector::confirmedBeads(corrected));
    EXPECT_EQ(shape(realigned), u"0|0,1* 1|* 2|2"_s);
}

} // namespace
