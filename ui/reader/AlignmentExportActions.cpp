#include "AlignmentExportActions.h"

#include "AlignedParagraphModel.h"
#include "OutputFile.h"

#include "ReaderExport.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

QStringList texts(const QList<StoredParagraph> &paragraphs)
{
    QStringList result;
    for (const StoredParagraph &paragraph : paragraphs)
        result.append(paragraph.text);
    return result;
}

} // namespace

AlignmentExportActions::AlignmentExportActions(const AlignedParagraphModel &model, Settings &settings, QWidget &parent)
    : QObject(&parent)
    , m_model(model)
    , m_settings(settings)
    , m_parent(parent)
    , m_menu(new QMenu(&parent))
{
    m_menu->setObjectName(u"alignmentExportMenu"_s);
    for (AlignmentFormat format : {AlignmentFormat::Json, AlignmentFormat::Tsv, AlignmentFormat::Tmx}) {
        QAction *action = m_menu->addAction(QString());
        connect(action, &QAction::triggered, this, [this, format] { chooseAndExport(format); });
        m_actions.append({format, action});
    }
    retranslate();
}

void AlignmentExportActions::retranslate()
{
    m_menu->setTitle(tr("Export Alignment"));
    for (const auto &[format, action] : std::as_const(m_actions)) {
        switch (format) {
        case AlignmentFormat::Json: action->setText(tr("JSON (paragraph numbers and confidences)…")); break;
        case AlignmentFormat::Tsv: action->setText(tr("TSV (Chinese, tab, English)…")); break;
        case AlignmentFormat::Tmx: action->setText(tr("TMX 1.4b (translation memory)…")); break;
        }
    }
}

void AlignmentExportActions::setAvailable(bool available, const QString &articleTitle)
{
    m_menu->setEnabled(available);
    m_fileName = ReaderExport::baseName(articleTitle);
    if (m_fileName.isEmpty())
        m_fileName = u"alignment"_s;
}

QByteArray AlignmentExportActions::bytes(AlignmentFormat format) const
{
    return writeAlignment(format, m_model.alignment(), texts(m_model.paragraphs(u"zh"_s)),
                          texts(m_model.paragraphs(u"en"_s)));
}

bool AlignmentExportActions::exportTo(AlignmentFormat format, const QString &path, QString *error) const
{
    return OutputFile::write(path, bytes(format), error);
}

void AlignmentExportActions::chooseAndExport(AlignmentFormat format)
{
    if (m_model.articleId() < 0)
        return;
    const QString key = alignmentFormatKey(format);
    const QString path
        = ReaderExport::choosePath(m_settings, &m_parent, tr("Export Alignment"), m_fileName + u'.' + key,
                                   tr("%1 files (*.%2)").arg(key.toUpper(), key));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(format, path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export Alignment"), error, QMessageBox::Ok, &m_parent);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
}

} // namespace tigerscope
