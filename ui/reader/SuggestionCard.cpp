#include "SuggestionCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

SuggestionCard::SuggestionCard(AppContext &context, ArticleSuggestions &suggestions, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_context(context)
    , m_suggestions(suggestions)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_add(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_buttons(new QHBoxLayout)
{
    setFrameShape(QFrame::StyledPanel);
    m_dismiss->setObjectName(u"dismissSuggestion"_s);
    m_title->setTextFormat(Qt::PlainText);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_buttons->addStretch(1);
    m_buttons->addWidget(m_dismiss);
    m_buttons->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(m_buttons);
    setMinimumWidth(320);

    connect(m_add, &QPushButton::clicked, this, [this] {
        hide();
        add();
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        dismiss();
        hide();
    });
}

void SuggestionCard::popUpAt(const QPoint &globalPos)
{
    fill();
    adjustSize();
    move(globalPos + QPoint(0, 8));
    show();
}

QString SuggestionCard::text() const
{
    return m_title->text() + u'\n' + m_body->text();
}

} // namespace tigerscope
