#pragma once

#include <QWidget>

class QLabel;

namespace tigerscope {

/// An honest page for a section that a later version fills in.
class ComingPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComingPage(int section, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label;
};

} // namespace tigerscope
