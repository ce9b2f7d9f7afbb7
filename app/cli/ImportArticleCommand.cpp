#include "Commands.h"

#include "ArticleParser.h"
#include "ArticleStore.h"
#include "Database.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>
#include <optional>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

/// Files this large show their parsing progress (on a terminal only).
constexpr qint64 ProgressThreshold = 512 * 1024;

/// "tigerscope: FILE: 42%" rewritten in place on stderr; cleared by finish().
class ProgressLine
{
public:
    ProgressLine(const QString &file, bool enabled)
        : m_file(QDir::toNativeSeparators(file).toUtf8())
        , m_enabled(enabled && stderrIsTerminal() && QFileInfo(file).size() >= ProgressThreshold)
    {}
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    ProgressCallback callback()
    {
        if (!m_enabled)
            return {};
        return [this](int done, int total) {
            const int percent = total > 0 ? int(qint64(done) * 100 / total) : 0;
            if (percent == m_lastPercent)
                return;
            m_lastPercent = percent;
            m_shown = true;
            std::fprintf(stderr, "\rtigerscope: %s: %d%%", m_file.constData(), percent);
            std::fflush(stderr);
        };
    }

    void finish()
    {
        if (!m_shown)
            return;
        m_shown = false;
        std::fprintf(stderr, "\r\033[K");
        std::fflush(stderr);
    }

private:
    QByteArray m_file;
    bool m_enabled = false;
    bool m_shown = false;
    int m_lastPercent = -1;
};

class ImportArticleCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportArticleCommand)
public:
    ImportArticleCommand()
        : Command(u"import-article"_s,
                  tr("Import article files (Chinese, English or both) so that citations open on their paragraphs."))
    {}

    void configure(QCommandLineParser &parser) const override
    {
        parser.addOption({u"pair"_s, tr("Exactly two files, one per language, imported as one article.")});
        parser.addPositionalArgument(
            u"files"_s, tr("Article files: plain text, Markdown, saved web pages (.html, .htm, .xhtml) or PDF."),
            u"FILE [FILE...]"_s);
    }

    int run(const QCommandLineParser &parser, const GlobalOptions &global) const override;
};

/// One field of the tab-separated output: no tabs or line breaks inside.
QString field(const QString &text)
{
    QString clean = text;
    for (QChar &c : clean) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            c = u' ';
    }
    return clean;
}

/// The stdout line for one article:
/// "imported|unchanged TAB ID TAB KEY-or-- TAB LANGS TAB zh=N en=M TAB TITLE\n".
QString resultLine(const ImportResult &result)
{
    const QString status = result.status == ImportResult::Status::AlreadyImported ? u"unchanged"_s : u"imported"_s;
    return QStringList{status,
                       QString::number(result.articleId),
                       result.articleKey.isEmpty() ? u"-"_s : field(result.articleKey),
                       result.languages.join(u','),
                       u"zh=%1 en=%2"_s.arg(result.zhParagraphs).arg(result.enParagraphs),
                       field(result.title)}
               .join(u'\t')
        + u'\n';
}

int ImportArticleCommand::run(const QCommandLineParser &parser, const GlobalOptions &global) const
{
    const QStringList files = parser.positionalArguments();
    const bool pair = parser.isSet(u"pair"_s);
    if (files.isEmpty()) {
        printError(tr("import-article needs at least one file"));
        return ExitUsage;
    }
    if (pair && files.size() != 2) {
        printError(tr("--pair needs exactly two files, one per language"));
        return ExitUsage;
    }

    const auto database = openDatabaseFor(global);
    if (!database)
        return ExitFailure;
    if (database->isReadOnly()) {
        printError(tr("the database %1 is read-only: nothing was imported")
                       .arg(QDir::toNativeSeparators(database->userDatabasePath())));
        return ExitFailure;
    }

    auto reportFailure = [](const QString &file, const QString &message) {
        printError(u"%1: %2"_s.arg(QDir::toNativeSeparators(file), message));
    };
    auto parse = [&](const QString &file) -> std::optional<ParsedArticle> {
        const QFileInfo info(file);
        if (!info.exists() || !info.isFile()) {
            reportFailure(file, info.exists() ? tr("not a file") : tr("no such file"));
            return std::nullopt;
        }
        ProgressLine progress(file, true);
        ParseResult parsed = ArticleParser::parseFile(file, progress.callback());
        progress.finish();
        if (!parsed.ok()) {
            reportFailure(file, parsed.error);
            return std::nullopt;
        }
        for (const QString &warning : std::as_const(parsed.warnings))
            reportFailure(file, warning);
        return std::move(parsed.article);
    };
    auto store = [&](const QString &file, const ParsedArticle &article) {
        const ImportResult result = ArticleStore::importArticle(article, *database);
        if (!result.ok()) {
            reportFailure(file, result.error);
            return false;
        }
        printOut(resultLine(result));
        return true;
    };

    if (pair) {
        const std::optional<ParsedArticle> first = parse(files.at(0));
        const std::optional<ParsedArticle> second = parse(files.at(1));
        if (!first || !second)
            return ExitFailure;
        for (const auto &[file, article] : {std::pair{files.at(0), &*first}, std::pair{files.at(1), &*second}}) {
            if (article->languages().size() != 1) {
                reportFailure(file,
                              tr("with --pair each file must hold one language; this one holds %1")
                                  .arg(QLocale().createSeparatedList(article->languages())));
                return ExitFailure;
            }
        }
        if (first->languages() == second->languages()) {
            reportFailure(files.at(1),
                          tr("with --pair the two files must be in different languages; both are %1")
                              .arg(first->languages().constFirst()));
            return ExitFailure;
        }
        return store(files.join(u" + "_s), ArticleParser::mergePair(*first, *second)) ? ExitOk : ExitFailure;
    }

    bool allImported = true;
    for (const QString &file : files) {
        const std::optional<ParsedArticle> article = parse(file);
        allImported = (article && store(file, *article)) && allImported;
    }
    return allImported ? ExitOk : ExitFailure;
}

} // namespace

std::unique_ptr<Command> makeImportArticleCommand()
{
    return std::make_unique<ImportArticleCommand>();
}

} // namespace tigerscope
