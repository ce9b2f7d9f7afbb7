#include "ImportBanner.h"

#include "AppContext.h"
#include "ButtonRow.h"
#include "DashboardRepository.h"
#include "Database.h"

#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace tigerscope {

ImportBanner::ImportBanner(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_text(new QLabel(this))
{
    setObjectName(u"importBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette colours = palette();
    colours.setColor(QPalette::Window, QColor(0xFF, 0xF4, 0xD6));
    colours.setColor(QPalette::WindowText, QColor(0x3A, 0x2E, 0x00));
    setPalette(colours);
    m_text->setWordWrap(true);
    auto *layout = new ButtonRow;
    layout->addWidget(m_text, 1);
    m_import = layout->add(this, &ImportBanner::importRequested, u"importBannerButton"_s);
    setLayout(layout);
    connect(&context, &AppContext::dataChanged, this, &ImportBanner::refresh);
    refresh();
}

void ImportBanner::refresh()
{
    m_missing = DashboardRepository(m_context.database().connection()).sourceArticlesNotImported();
    setVisible(m_missing > 0);
    retranslate();
}

void ImportBanner::retranslate()
{
    m_text->setText(tr("<b>The source articles are not imported yet (%n missing).</b> Every figure here is cited "
                       "to a paragraph; import your copy of the articles and a click on a figure opens that "
                       "passage in the reader, in Chinese and English side by side.",
                       nullptr, m_missing));
    m_import->setText(tr("Import Articles…"));
}

} // namespace tigerscope
