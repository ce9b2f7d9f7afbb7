#include "ComingPage.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tigerscope {

ComingPage::ComingPage(int, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
{
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    retranslate();
}

void ComingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ComingPage::retranslate()
{
    m_label->setText(tr("This section is being built and arrives in a coming version."));
}

} // namespace tigerscope
