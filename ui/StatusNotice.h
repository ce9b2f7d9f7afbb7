#pragma once

#include <QString>

class QWidget;

namespace tigerscope {

/// A short confirmation in the status bar of the window that holds a widget, so that an export or
/// a copy that succeeds is not silent. Does nothing for a widget outside a main window.
class StatusNotice
{
public:
    static constexpr int DisplayMs = 8000;
    static void show(const QWidget *from, const QString &message);
};

} // namespace tigerscope
