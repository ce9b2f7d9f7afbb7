#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

UserGuideDialog::UserGuideDialog(Language language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuide"_s);
    setWindowTitle(tr("Tigerscope User Guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html(language));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 640);
}

QString UserGuideDialog::html(Language language)
{
    QFile file(language == Language::Chinese ? u":/guide/guide-zh_CN.html"_s : u":/guide/guide-en.html"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace tigerscope
