#pragma once

#include <QMainWindow>

namespace tigerscope {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace tigerscope
