#include "Commands.h"

#include "AlignmentFormats.h"
#include "AlignmentStore.h"
#include "Database.h"
#include "ParagraphAligner.h"
#include "TextDecoder.h"
#include "TextLines.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

class AlignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AlignCommand)
public:
    AlignCommand()
        : Command(u"align"_s,
                  tr("Align the paragraphs of a Chinese text with its English translation; prints JSON, TSV or TMX."))
    {}

    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({u"zh"_s, tr("The Chinese text: one paragraph per non-empty line."), tr("file")});
        parser.addOption({u"en"_s, tr("The English text: one paragraph per non-empty line."), tr("file")});
        parser.addOption({u"format"_s, tr("Output format: json (default), tsv or tmx."), tr("format"), u"json"_s});
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;

private:
    /// The non-empty lines of a file, decoded like an imported article (UTF-8/16/32, GB18030).
    /// Empty with *error when the file cannot be read or is not text.
    static QStringList readLines(const QString &path, QString *error);
};

QStringList AlignCommand::readLines(const QString &path, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.isFile()) {
        *error = tr("%1 is not a readable file").arg(shown);
        return {};
    }
    if (info.size() > TextDecoder::MaxBytes) {
        *error = u"%1: %2"_s.arg(shown, TextDecoder::tooLargeMessage(info.size()));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(shown, file.errorString());
        return {};
    }
    const DecodedText decoded = TextDecoder::decode(file.read(TextDecoder::MaxBytes + 1));
    if (!decoded.error.isEmpty()) {
        *error = u"%1: %2"_s.arg(shown, decoded.error);
        return {};
    }
    QStringList lines;
    for (const SourceLine &line : TextLines::split(decoded.text))
        lines.append(line.text);
    return lines;
}

int AlignCommand::run(const QCommandLineParser &parser, const GlobalOptions &global) const
{
    const QString zhPath = parser.value(u"zh"_s);
    const QString enPath = parser.value(u"en"_s);
    if (zhPath.isEmpty() || enPath.isEmpty()) {
        printError(tr("align needs both --zh FILE and --en FILE"));
        return ExitUsage;
    }
    if (tooManyArguments(parser))
        return ExitUsage;
    const std::optional<AlignmentFormat> format = alignmentFormatFromKey(parser.value(u"format"_s));
    if (!format) {
        printError(tr("unknown format %1: use json, tsv or tmx").arg(parser.value(u"format"_s)));
        return ExitUsage;
    }
    QString error;
    const QStringList zh = readLines(zhPath, &error);
    if (!error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }
    const QStringList en = readLines(enPath, &error);
    if (!error.isEmpty()) {
        printError(error);
        return ExitFailure;
    }

    AlignerOptions options;
    // The dataset's names anchor the alignment; without a readable database it still aligns.
    if (const auto database = Database::open({global.dataDir, {}, true}, &error))
        options.aliases = AlignmentStore::datasetAliases(*database);
    const Alignment alignment = ParagraphAligner(options).align(zh, en);
    printOut(QString::fromUtf8(writeAlignment(*format, alignment, zh, en)));
    return ExitOk;
}

} // namespace

std::unique_ptr<Command> makeAlignCommand()
{
    return std::make_unique<AlignCommand>();
}

} // namespace tigerscope
