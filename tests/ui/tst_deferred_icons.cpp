// The toolbar's extension arrow is read when it is first drawn: building a toolbar before the
// window's first paint loads no image-format plugin, and the arrow, once shown, is the style's own.
#include "DeferredIconStyle.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QStyleFactory>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

/// Whether an image-format plugin is mapped into this process.
bool imagePluginLoaded()
{
    QFile maps(u"/proc/self/maps"_s);
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains("/imageformats/");
}

} // namespace

TEST(DeferredIconStyleTest, AToolBarIsBuiltWithoutLoadingImagePluginsAndItsArrowIsTheStyles)
{
    if (!QFile::exists(u"/proc/self/maps"_s))
        GTEST_SKIP() << "needs /proc to see the loaded libraries";
    ASSERT_FALSE(imagePluginLoaded()) << "nothing read an image before the test";
    const QString baseStyle = QApplication::style()->name();
    DeferredIconStyle::install();

    QMainWindow window;
    QToolBar *toolBar = window.addToolBar(u"tools"_s);
    for (int i = 0; i < 6; ++i)
        toolBar->addAction(u"Action %1"_s.arg(i));
    window.resize(1400, 300);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(imagePluginLoaded()) << "the toolbar and the window's first paint read no image";

    window.resize(160, 300); // too narrow for the six actions
    auto *extension = toolBar->findChild<QToolButton *>(u"qt_toolbar_ext_button"_s);
    ASSERT_NE(extension, nullptr);
    QTRY_VERIFY(extension->isVisible());
    const std::unique_ptr<QStyle> reference(QStyleFactory::create(baseStyle));
    const QImage expected
        = reference->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(QSize(16, 16)).toImage();
    const QImage shown = extension->icon().pixmap(QSize(16, 16)).toImage();
    ASSERT_FALSE(expected.isNull());
    EXPECT_EQ(shown.convertToFormat(QImage::Format_ARGB32), expected.convertToFormat(QImage::Format_ARGB32))
        << "the arrow shown is the style's own";
}
