#include "ImportController.h"

#include "AppContext.h"
#include "ArticleParser.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StatusNotice.h"

#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
constexpr int StepsPerFile = 1000;

/// One file being read on a worker thread. Shared with the thread, which may outlive a cancelled
/// wait: its result is then dropped unread.
struct ParseJob
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    ParseResult result;
};

/// Reads @p path on a worker thread, keeping @p progress moving; nullopt when the user cancels.
std::optional<ParseResult> parseInBackground(const QString &path, QProgressDialog &progress, int base)
{
    auto job = std::make_shared<ParseJob>();
    QThread *thread = QThread::create([job, path] {
        job->result = ArticleParser::parseFile(path, [job](int done, int total) {
            job->total = total;
            job->done = done;
        });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    QObject::connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &progress, [&progress, &loop, job, base] {
        // QProgressDialog::cancel() called from code sets wasCanceled() without the signal.
        if (progress.wasCanceled())
            loop.quit();
        const int total = job->total;
        progress.setValue(base + (total > 0 ? int(qint64(job->done) * (StepsPerFile - 1) / total) : 0));
    });
    ticker.start(50);
    bool finished = false;
    QObject::connect(thread, &QThread::finished, &loop, [&finished] { finished = true; });
    thread->start(QThread::LowPriority);
    // Cancel may already have been pressed while the dialog was being updated.
    if (!progress.wasCanceled())
        loop.exec();
    if (!finished || progress.wasCanceled())
        return std::nullopt;
    return std::move(job->result);
}

} // namespace

ImportController::ImportController(AppContext &context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{}

QString ImportController::fileFilter()
{
    return tr("Articles (*.txt *.md *.markdown *.html *.htm *.xhtml *.pdf);;Web pages (*.html *.htm *.xhtml);;"
              "PDF documents (*.pdf);;Text and Markdown (*.txt *.md *.markdown);;All files (*)");
}

void ImportController::chooseAndImport()
{
    Settings &settings = m_context.settings();
    const QString folder = settings.value(SettingKeys::ReaderImportFolder);
    const QStringList paths
        = QFileDialog::getOpenFileNames(m_dialogParent, tr("Import Articles"), folder, fileFilter());
    if (paths.isEmpty())
        return;
    settings.rememberFolderOf(SettingKeys::ReaderImportFolder, paths.first());
    importFiles(paths);
}

QList<ImportResult> ImportController::importFiles(const QStringList &paths)
{
    QList<ImportResult> results;
    QStringList failures;
    QProgressDialog progress(tr("Importing articles…"), tr("Cancel"), 0, int(paths.size()) * StepsPerFile,
                             m_dialogParent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    progress.setAutoReset(false);
    bool announced = false;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (progress.wasCanceled())
            break;
        const QString shown = QFileInfo(paths.at(i)).fileName();
        progress.setLabelText(tr("Reading %1…").arg(shown));
        const int base = int(i) * StepsPerFile;
        progress.setValue(base);
        if (!announced) {
            announced = true;
            Q_EMIT progressShown(&progress);
        }
        const std::optional<ParseResult> parsed = parseInBackground(paths.at(i), progress, base);
        if (!parsed)
            break;
        if (!parsed->ok()) {
            failures << tr("%1: %2").arg(shown, parsed->error);
            continue;
        }
        progress.setLabelText(tr("Storing %1…").arg(shown));
        ImportResult result = ArticleStore::importArticle(*parsed->article, m_context.database());
        if (!result.ok())
            failures << tr("%1: %2").arg(shown, result.error);
        else
            results << result;
        progress.setValue(base + StepsPerFile);
    }
    const bool cancelled = progress.wasCanceled();
    progress.setValue(progress.maximum());
    if (!results.isEmpty()) {
        Q_EMIT m_context.dataChanged();
        StatusNotice::show(m_dialogParent, tr("Imported %n article(s)", nullptr, int(results.size())));
        Q_EMIT articlesImported(results.first().articleId, int(results.size()));
    }
    if (!failures.isEmpty() && !cancelled) {
        // Plain text: file names and messages are shown as they are, never as markup.
        QMessageBox box(QMessageBox::Warning, tr("Import Articles"),
                        tr("%n file(s) could not be imported.", nullptr, int(failures.size())) + u"\n\n"_s
                            + failures.join(u'\n'),
                        QMessageBox::Ok, m_dialogParent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return results;
}

} // namespace tigerscope
