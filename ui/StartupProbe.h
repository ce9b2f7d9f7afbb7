#pragma once

#include <QObject>

class QWidget;

namespace tigerscope {

/// Quits the application once a widget's window is first exposed on screen. Set
/// TIGERSCOPE_QUIT_WHEN_SHOWN to measure start-up from outside (tests/benchmarks/startup).
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    /// Watches widget when the environment asks for it; does nothing otherwise.
    static void attachIfRequested(QWidget &widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace tigerscope
