// Markdown links and images whose address holds parentheses, as many encyclopaedia addresses do.

#include "MarkdownStripper.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tigerscope;

TEST(MarkdownLinks, AddressWithParenthesesKeepsTheTextAround)
{
    EXPECT_EQ(MarkdownStripper::stripInline(u"[Kimi](https://en.wikipedia.org/wiki/Kimi_(chatbot)) answers."_s),
              u"Kimi answers."_s);
    EXPECT_EQ(MarkdownStripper::stripInline(u"See ![a chart](img/a_(1).png) and [b](c) here."_s),
              u"See  and b here."_s);
    EXPECT_EQ(MarkdownStripper::stripInline(u"An unclosed [link](https://x.example/a_(b and text."_s),
              u"An unclosed [link](https://x.example/a_(b and text."_s);
}
