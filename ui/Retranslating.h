#pragma once

#include <QEvent>

namespace tigerscope {

/// A widget whose texts follow the language switched at run time: on each LanguageChange it calls
/// retranslate(), which sets every text it shows in the current language. Base is the Qt class the
/// widget is (QWidget, QFrame, QDialog, QLineEdit…); a widget calls retranslate() itself once built.
template<typename Base>
class Retranslating : public Base
{
public:
    using Base::Base;

protected:
    virtual void retranslate() = 0;

    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        Base::changeEvent(event);
    }
};

} // namespace tigerscope
