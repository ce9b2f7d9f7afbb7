#include "MainWindow.h"

namespace tigerscope {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

} // namespace tigerscope
