#pragma once

#include "Language.h"

#include <QDialog>

class QTextBrowser;

namespace tigerscope {

/// Help ▸ User Guide: the short offline guide shipped in the resources, in the interface language.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(Language language, QWidget *parent = nullptr);

    /// The guide's HTML in a language (English where a language has none).
    static QString html(Language language);
    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace tigerscope
