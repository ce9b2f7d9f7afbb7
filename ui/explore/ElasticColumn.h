#pragma once

#include <QObject>

class QHeaderView;
class QWidget;

namespace tigerscope {

/// Gives one column of a table the width its other columns leave — the spare width of a wide
/// window, what remains in a narrow one — but never less than its header needs or a minimum:
/// below that the table scrolls. Follows the view's resizes and the other columns' widths.
class ElasticColumn : public QObject
{
    Q_OBJECT
public:
    ElasticColumn(QHeaderView *header, int column, int minimumWidth);

    /// Sets the column's width now (after the other columns were sized to their contents).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QHeaderView *m_header;
    QWidget *m_viewport = nullptr;
    int m_column;
    int m_minimumWidth;
    bool m_fitting = false;
};

} // namespace tigerscope
