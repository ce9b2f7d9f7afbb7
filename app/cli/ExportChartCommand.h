#pragma once

#include "Command.h"

namespace tigerscope {

class ChartRenderer;

/// `tigerscope export-chart --chart ID --out FILE.png|.svg|.pdf [--width W] [--height H]
/// [--scale S] [--theme light|dark|print]`: renders a catalogue chart from the database without a
/// display, in the --lang language, and writes it atomically.
class ExportChartCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportChartCommand)
public:
    /// Logical sizes accepted on the command line; the exporter's pixel limit applies on top.
    static constexpr int MinSide = 200;
    static constexpr int MaxSide = 10000;
    static constexpr double MaxScale = 8.0;

    explicit ExportChartCommand(const ChartRenderer *renderer)
        : m_renderer(renderer)
    {}

    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;

private:
    const ChartRenderer *m_renderer;
};

} // namespace tigerscope
