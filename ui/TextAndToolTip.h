#pragma once

#include <QString>

namespace tigerscope {

/// Sets what an action or a button reads and the tooltip that says what it does: the pair a
/// retranslate() sets for each of them.
template<typename Item>
void setTextAndToolTip(Item *item, const QString &text, const QString &toolTip)
{
    item->setText(text);
    item->setToolTip(toolTip);
}

} // namespace tigerscope
