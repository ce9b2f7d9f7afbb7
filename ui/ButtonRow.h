#pragma once

#include <QBoxLayout>
#include <QPushButton>

namespace tigerscope {

/// A row (or column) of push buttons where each button is made, placed and wired to what its click
/// does in one call. Texts stay with the owner's retranslate(); other widgets and stretches may sit
/// in the row as in any QBoxLayout.
class ButtonRow : public QBoxLayout
{
public:
    explicit ButtonRow(Direction direction = LeftToRight)
        : QBoxLayout(direction)
    {}

    /// Adds a button owned by owner whose click runs onClick (a member of owner, a signal or a
    /// functor); objectName, when given, names it for tests and style sheets.
    template<typename Owner, typename Slot>
    QPushButton *add(Owner *owner, Slot onClick, const QString &objectName = {})
    {
        auto *button = new QPushButton(owner);
        if (!objectName.isEmpty())
            button->setObjectName(objectName);
        addWidget(button);
        QObject::connect(button, &QPushButton::clicked, owner, std::move(onClick));
        return button;
    }
};

} // namespace tigerscope
