#pragma once

#include <QProxyStyle>

namespace tigerscope {

/// The platform's style, except that the toolbar's extension arrow (the » of a toolbar too narrow
/// for its buttons) is read from its image file when it is first drawn, not when a toolbar is
/// built. Reading that image makes Qt load every image-format plugin, which would otherwise happen
/// before the window's first paint although the arrow is hidden at the window's usual widths.
class DeferredIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    /// Wraps the style the application would use; install it before any widget is built.
    static void install();

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;

private:
    explicit DeferredIconStyle(QStyle *base);
};

} // namespace tigerscope
