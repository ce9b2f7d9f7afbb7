#include "CitationOpener.h"

#include "AppContext.h"
#include "Language.h"
#include "UserDataController.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace tigerscope {

void CitationOpener::open(AppContext &context, const CitationRecord &citation, QWidget *parent)
{
    if (citation.isArticle()) {
        Q_EMIT context.citationRequested(citation.articleKey, citation.lang, citation.paragraph, citation.printed);
        return;
    }
    const QUrl url(citation.reference, QUrl::StrictMode);
    if (url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1)) {
        QDesktopServices::openUrl(url);
        return;
    }
    QMessageBox::information(parent, QCoreApplication::translate("CitationOpener", "Source"), citation.reference);
}

void CitationOpener::openFirst(AppContext &context, const QList<CitationRecord> &citations, QWidget *parent)
{
    if (citations.isEmpty())
        return;
    const QString lang = context.language() == Language::Chinese ? u"zh"_s : u"en"_s;
    for (const CitationRecord &citation : citations) {
        if (citation.lang == lang) {
            open(context, citation, parent);
            return;
        }
    }
    open(context, citations.first(), parent);
}

void CitationOpener::openObservation(AppContext &context, qint64 id, QWidget *parent)
{
    if (const auto record = context.userData().store().observation(id))
        openFirst(context, record->citations, parent);
}

void CitationOpener::openEvent(AppContext &context, qint64 id, QWidget *parent)
{
    if (const auto record = context.userData().store().event(id))
        openFirst(context, record->citations, parent);
}

} // namespace tigerscope
