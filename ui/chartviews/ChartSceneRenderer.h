#pragma once

#include "ChartRenderer.h"

namespace tigerscope {

/// The ChartRenderer of the application: builds a fresh ChartScene (Qt Charts) for each layout
/// and renders its graphics scene. Used by export, print, the clipboard and the command line;
/// needs a QApplication (QChart is a QGraphicsWidget), offscreen is fine.
class ChartSceneRenderer : public ChartRenderer
{
public:
    std::unique_ptr<LaidOutChart> layOut(const ChartSpec &spec, const ChartTheme &theme,
                                         const QSizeF &logicalSize) const override;
};

} // namespace tigerscope
