#include "InterfaceFont.h"

#include "FontFamilies.h"

#include <QApplication>
#include <QFont>

namespace tigerscope {

void InterfaceFont::install()
{
    QFont font = QApplication::font();
    font.setFamilies(FontFamilies::latinFirst());
    QApplication::setFont(font);
}

} // namespace tigerscope
