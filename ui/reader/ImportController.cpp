#include "ImportController.h"

#include "AppContext.h"
#include "ArticleParser.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
constexpr int StepsPerFile = 1000;
}

ImportController::ImportController(AppContext &context, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_context(context)
    , m_dialogParent(dialogParent)
{}

void ImportController::chooseAndImport()
{
    QSettings settings;
    const QString folder = settings.value(u"reader/importFolder"_s, QDir::homePath()).toString();
    const QStringList paths = QFileDialog::getOpenFileNames(m_dialogParent, tr("Import Articles"), folder,
                                                            tr("Articles (*.txt *.md *.markdown);;All files (*)"));
    if (paths.isEmpty())
        return;
    settings.setValue(u"reader/importFolder"_s, QFileInfo(paths.first()).absolutePath());
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
    for (qsizetype i = 0; i < paths.size(); ++i) {
        if (progress.wasCanceled())
            break;
        const QString shown = QFileInfo(paths.at(i)).fileName();
        progress.setLabelText(tr("Importing %1…").arg(shown));
        const int base = int(i) * StepsPerFile;
        const ParseResult parsed = ArticleParser::parseFile(paths.at(i), [&progress, base](int done, int total) {
            progress.setValue(base + (total > 0 ? int(qint64(done) * (StepsPerFile - 1) / total) : 0));
        });
        if (!parsed.ok()) {
            failures << tr("%1: %2").arg(shown, parsed.error);
            continue;
        }
        ImportResult result = ArticleStore::importArticle(*parsed.article, m_context.database());
        if (!result.ok())
            failures << tr("%1: %2").arg(shown, result.error);
        else
            results << result;
        progress.setValue(base + StepsPerFile);
    }
    progress.setValue(progress.maximum());
    if (!results.isEmpty()) {
        Q_EMIT m_context.dataChanged();
    }
    if (!failures.isEmpty()) {
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
