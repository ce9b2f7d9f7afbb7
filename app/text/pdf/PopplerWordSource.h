#pragma once

#include "PdfWords.h"

#include <QObject>

namespace tigerscope {

/// The PDF word source on Poppler's Qt 6 binding; built as the plugin tigerscope_pdf.
class PopplerWordSource : public QObject, public PdfWordSource
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TigerscopePdfWordSource_iid)
    Q_INTERFACES(tigerscope::PdfWordSource)

public:
    PdfWords read(const QByteArray &bytes, const std::function<void(int, int)> &progress) const override;
};

} // namespace tigerscope
