#pragma once

#include "ChartExporter.h"
#include "Language.h"
#include "Retranslating.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace tigerscope {

/// Asks how to export a chart: format, logical size, PNG scale, theme and the export's language,
/// which may differ from the interface's.
class ChartExportDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    ChartExportDialog(Language language, QWidget *parent = nullptr);

    ExportOptions options() const;
    Language language() const;
    /// The file suffix of the chosen format, without the dot.
    QString suffix() const;

private:
    void retranslate() override;
    void updatePixels();

    QComboBox *m_format;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLabel *m_pixels;
    QList<QLabel *> m_labels;
};

} // namespace tigerscope
