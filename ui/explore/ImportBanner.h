#pragma once

#include "ContextWidget.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace tigerscope {

/// Shown while the source articles are not imported: says what importing them gives and offers
/// the import. Hides itself once every source article is in the library.
class ImportBanner : public ContextWidget<QFrame>
{
    Q_OBJECT
public:
    explicit ImportBanner(AppContext &context, QWidget *parent = nullptr);

Q_SIGNALS:
    void importRequested();

private:
    void retranslate() override;
    void refresh();

    QLabel *m_text;
    QPushButton *m_import = nullptr;
    int m_missing = 0;
};

} // namespace tigerscope
