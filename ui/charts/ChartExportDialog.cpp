#include "ChartExportDialog.h"

#include "explore/ChoiceLists.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

ChartExportDialog::ChartExportDialog(Language language, QWidget *parent)
    : Retranslating(parent)
    , m_format(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QDoubleSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_pixels(new QLabel(this))
{
    setObjectName(u"chartExportDialog"_s);
    m_format->addItem(u"PNG"_s, u"png"_s);
    m_format->addItem(u"SVG"_s, u"svg"_s);
    m_format->addItem(u"PDF"_s, u"pdf"_s);
    m_width->setRange(200, 10000);
    m_width->setValue(1200);
    m_height->setRange(200, 10000);
    m_height->setValue(750);
    m_scale->setRange(0.5, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setValue(2.0);
    m_theme->addItem(QString(), u"light"_s);
    m_theme->addItem(QString(), u"dark"_s);
    m_theme->addItem(QString(), u"print"_s);
    for (Language l : allLanguages())
        m_language->addItem(nativeLanguageName(l), languageCode(l));
    ChoiceLists::select(m_language, languageCode(language));

    auto *form = new QFormLayout;
    const auto addRow = [&](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    };
    addRow(m_format);
    addRow(m_width);
    addRow(m_height);
    addRow(m_scale);
    addRow(m_theme);
    addRow(m_language);
    form->addRow(QString(), m_pixels);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::updatePixels);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ChartExportDialog::updatePixels);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_scale->setEnabled(suffix() == "png"_L1);
        updatePixels();
    });
    retranslate();
}

ExportOptions ChartExportDialog::options() const
{
    ExportOptions o;
    o.size = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    const QString theme = m_theme->currentData().toString();
    o.theme = theme == "dark"_L1 ? ChartTheme::dark() : theme == "print"_L1 ? ChartTheme::print() : ChartTheme::light();
    o.format = ChartExporter::formatForPath(u"chart."_s + suffix());
    return o;
}

Language ChartExportDialog::language() const
{
    return languageFromCode(m_language->currentData().toString());
}

QString ChartExportDialog::suffix() const
{
    return m_format->currentData().toString();
}

void ChartExportDialog::retranslate()
{
    setWindowTitle(tr("Export Chart"));
    const QStringList labels{tr("&Format:"),      tr("&Width:"), tr("&Height:"),
                             tr("&Scale (PNG):"), tr("&Theme:"), tr("&Language:")};
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_width->setSuffix(tr(" px"));
    m_height->setSuffix(tr(" px"));
    m_scale->setSuffix(tr("×"));
    m_theme->setItemText(0, tr("Light"));
    m_theme->setItemText(1, tr("Dark"));
    m_theme->setItemText(2, tr("Print (greys and patterns)"));
    updatePixels();
}

void ChartExportDialog::updatePixels()
{
    if (suffix() != "png"_L1) {
        m_pixels->setText(tr("Vector output at %1 × %2").arg(m_width->value()).arg(m_height->value()));
        return;
    }
    m_pixels->setText(tr("Image of %1 × %2 pixels")
                          .arg(qRound(m_width->value() * m_scale->value()))
                          .arg(qRound(m_height->value() * m_scale->value())));
}

} // namespace tigerscope
