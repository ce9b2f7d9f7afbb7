#include "WidthFolding.h"

namespace tigerscope {

QString foldWidth(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QChar(u' ');
        else if (u == 0xFFE5)
            c = QChar(u'¥');
    }
    return folded;
}

} // namespace tigerscope
