#pragma once

#include "ChartHitMap.h"
#include "ChartSpec.h"
#include "ChartTheme.h"

#include <QWidget>

namespace tigerscope {

/// Shows one chart, painted by ChartPainter (the same path as print and export), with hover
/// tooltips from the hit map; a click on a point or bar reports its citation key.
class ChartView : public QWidget
{
    Q_OBJECT
public:
    explicit ChartView(QWidget *parent = nullptr);

    void setSpec(const ChartSpec &spec);
    const ChartSpec &spec() const { return m_spec; }
    void setTheme(const ChartTheme &theme);
    /// Where the points were drawn in the last paint, in widget coordinates.
    const ChartHitMap &hitMap() const { return m_hits; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    /// A point or bar was clicked (or activated with the keyboard).
    void pointActivated(const QString &citationKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    ChartSpec m_spec;
    ChartTheme m_theme = ChartTheme::light();
    ChartHitMap m_hits;
    QString m_pressedKey;
    int m_focusHit = -1; ///< the point chosen with the keyboard (Tab / arrows)
};

} // namespace tigerscope
