#pragma once

#include "Retranslating.h"

class QWidget;

namespace tigerscope {

class AppContext;

/// A widget that works on the application's data through the AppContext it is made with, and
/// whose texts follow the language switched at run time (Retranslating). Base is the Qt class the
/// widget is (QWidget, QFrame, QDialog, QLineEdit, QMainWindow…).
template<typename Base>
class ContextWidget : public Retranslating<Base>
{
public:
    explicit ContextWidget(AppContext &context, QWidget *parent = nullptr)
        : Retranslating<Base>(parent)
        , m_context(context)
    {}

protected:
    AppContext &m_context;
};

} // namespace tigerscope
