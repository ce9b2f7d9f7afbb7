#include "CsvImportDialog.h"

#include "AppContext.h"
#include "CitationListEditor.h"
#include "CompanyRepository.h"
#include "Database.h"
#include "DateFormatter.h"
#include "NumberFormatter.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

CsvImportDialog::CsvImportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_importer(context.database())
    , m_file(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_issues(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import Figures from CSV"));
    auto *choose = new QPushButton(tr("&Choose File…"), this);
    auto *help = new QLabel(tr("Columns: %1. One figure per line; company by id, name or alias in either script; "
                               "citation as “article-key|lang|paragraph|printed” or a URL or reference. "
                               "See docs/csv-import.md.")
                                .arg(CsvObservationImporter::columnNames().join(u", "_s)),
                            this);
    help->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Line"), tr("Company"), tr("Metric"), tr("Value"), tr("As of"), tr("Source")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_issues->setObjectName(u"csvIssues"_s);
    QPushButton *import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(choose);
    fileRow->addWidget(m_file, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_issues);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(fileRow);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_buttons);

    connect(choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Jump from a problem to its line in the preview when that line was parsed.
    connect(m_issues, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int line = item->data(Qt::UserRole).toInt();
        const int row = int(m_preview.recordLines.indexOf(line));
        if (row >= 0)
            m_table->selectRow(row);
    });
    resize(860, 560);
    showPreview();
}

void CsvImportDialog::chooseFile()
{
    Settings &settings = m_context.settings();
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Figures from CSV"),
                                                      settings.value(SettingKeys::CsvImportFolder),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.rememberFolderOf(SettingKeys::CsvImportFolder, path);
    loadFile(path);
}

void CsvImportDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_preview = {};
        m_preview.issues.append({0, tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        m_file->setText(QDir::toNativeSeparators(path));
        showPreview();
        return;
    }
    loadData(file.readAll(), QDir::toNativeSeparators(path));
}

void CsvImportDialog::loadData(const QByteArray &content, const QString &name)
{
    m_file->setText(name);
    m_preview = m_importer.preview(content);
    showPreview();
}

void CsvImportDialog::showPreview()
{
    const Language language = m_context.language();
    QHash<QString, QString> companies;
    QHash<QString, std::pair<QString, QString>> metrics; // key -> label, unit
    const CompanyRepository repository(m_context.database().connection());
    for (const NamedEntry &company : repository.companies())
        companies.insert(company.id, company.name(language));
    for (const MetricEntry &metric : repository.metrics())
        metrics.insert(metric.key, {metric.label(language), metric.unit});

    m_table->setRowCount(int(m_preview.records.size()));
    for (int row = 0; row < m_preview.records.size(); ++row) {
        const ObservationRecord &record = m_preview.records.at(row);
        const auto metric = metrics.value(record.metricKey);
        const QStringList cells = {
            QString::number(m_preview.recordLines.at(row)),
            companies.value(record.companyId, record.companyId),
            metric.first,
            NumberFormatter::formatValue(record.value, record.valueHigh,
                                         Vocabulary::fromKey(record.qualifier, Qualifier::Exact),
                                         Vocabulary::fromKey(metric.second, Unit::Count), record.currency, language),
            record.asOf.isValid() ? DateFormatter::format(record.asOf.toIso(), record.asOf.precisionName(), language)
                                  : DateFormatter::notGiven(language),
            record.citations.isEmpty() ? QString() : CitationListEditor::describe(record.citations.first(), m_context)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();

    m_issues->clear();
    for (const CsvIssue &issue : std::as_const(m_preview.issues)) {
        auto *item = new QListWidgetItem(issue.line > 0 ? tr("Line %1: %2").arg(issue.line).arg(issue.message)
                                                        : issue.message);
        item->setData(Qt::UserRole, issue.line);
        m_issues->addItem(item);
    }
    m_issues->setVisible(!m_preview.issues.isEmpty());

    if (m_file->text().isEmpty())
        m_summary->setText(
            tr("Choose a CSV file to see what it would import. Nothing is written until you press Import."));
    else if (m_preview.canImport())
        m_summary->setText(
            tr("%n figure(s) ready to import. Nothing has been written yet.", nullptr, int(m_preview.records.size())));
    else
        m_summary->setText(tr("%n problem(s) found: correct the file and choose it again. Nothing will be imported "
                              "while a line is wrong.",
                              nullptr, int(m_preview.issues.size())));
    for (QAbstractButton *button : m_buttons->buttons()) {
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(m_preview.canImport());
    }
}

} // namespace tigerscope
