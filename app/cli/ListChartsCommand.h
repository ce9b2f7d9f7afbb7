#pragma once

#include "Command.h"

namespace tigerscope {

/// `tigerscope list-charts [--lang en|zh_CN]`: one "id<TAB>title" line per catalogue chart.
class ListChartsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListChartsCommand)
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;
};

} // namespace tigerscope
