#pragma once

#include "Command.h"

namespace tigerscope {

/// `tigerscope export-data [--format json|csv] [--out PATH]`: the whole dataset.
class ExportDataCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportDataCommand)
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;
};

} // namespace tigerscope
