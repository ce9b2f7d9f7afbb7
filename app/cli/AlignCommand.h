#pragma once

#include "Command.h"

#include <QStringList>

namespace tigerscope {

/// `tigerscope align --zh FILE --en FILE [--format json|tsv|tmx]`: pairs the paragraphs (non-empty
/// lines) of a Chinese text with those of its English translation and prints the alignment on stdout.
class AlignCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AlignCommand)
public:
    QString name() const override;
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;

    /// The non-empty lines of a file, decoded like an imported article (UTF-8/16/32, GB18030).
    /// Empty with *error when the file cannot be read or is not text.
    static QStringList readLines(const QString &path, QString *error);
};

} // namespace tigerscope
