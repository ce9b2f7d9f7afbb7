#pragma once

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace tigerscope {

/// The frame of the small cards a click on a mark in the reader opens: a title (what is printed),
/// a body, and a row of buttons ending in Dismiss and the add button.
class SuggestionCard : public QFrame
{
    Q_OBJECT
public:
    explicit SuggestionCard(QWidget *parent = nullptr);

    QPushButton *addButton() const { return m_add; }
    QPushButton *dismissButton() const { return m_dismiss; }
    QString text() const;

protected:
    /// Shows the card, sized to what it holds, just below globalPos.
    void popUpAt(const QPoint &globalPos);
    /// The row of buttons, for a card to put its own before Dismiss.
    QHBoxLayout *buttonRow() const { return m_buttons; }

    QLabel *m_title;
    QLabel *m_body;
    QPushButton *m_add;
    QPushButton *m_dismiss;

private:
    QHBoxLayout *m_buttons;
};

} // namespace tigerscope
