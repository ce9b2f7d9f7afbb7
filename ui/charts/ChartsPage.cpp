#include "ChartsPage.h"

#include "AppContext.h"
#include "ChartExportDialog.h"
#include "ChartExporter.h"
#include "ChartSceneRenderer.h"
#include "ChartTableModel.h"
#include "ChartView.h"
#include "Database.h"
#include "LanguageManager.h"
#include "StatusNotice.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr int ChartIdRole = Qt::UserRole + 1;
const QSize CopySize{1200, 750};

} // namespace

ChartsPage::ChartsPage(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_catalogue(context.database().connection())
    , m_charts(new QListWidget(this))
    , m_companies(new QListWidget(this))
    , m_companiesLabel(new QLabel(this))
    , m_logScale(new QCheckBox(this))
    , m_tabs(new QTabWidget(this))
    , m_view(new ChartView(this))
    , m_table(new QTableView(this))
    , m_model(new ChartTableModel(this))
    , m_exportButton(new QPushButton(this))
    , m_copyButton(new QPushButton(this))
    , m_printButton(new QPushButton(this))
{
    setObjectName(u"chartsPage"_s);
    m_charts->setObjectName(u"chartList"_s);
    m_charts->setWordWrap(true);
    m_charts->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_companies->setObjectName(u"chartCompanies"_s);
    m_logScale->setObjectName(u"chartLogScale"_s);
    m_view->setObjectName(u"chartView"_s);
    m_table->setObjectName(u"chartTable"_s);
    m_model->setObjectName(u"chartTableModel"_s);
    for (const QString &id : ChartCatalogue::ids()) {
        auto *item = new QListWidgetItem(m_charts);
        item->setData(ChartIdRole, id);
    }
    m_companiesLabel->setBuddy(m_companies);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_table, QString());

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_charts, 3);
    sideLayout->addWidget(m_companiesLabel);
    sideLayout->addWidget(m_companies, 2);
    sideLayout->addWidget(m_logScale);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_exportButton);
    auto *main = new QWidget(this);
    auto *mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addWidget(m_tabs, 1);
    mainLayout->addLayout(buttons);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(main);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_charts, &QListWidget::currentRowChanged, this, [this] {
        m_hidden.clear();
        rebuild();
    });
    connect(m_companies, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        const QString id = item->data(Qt::UserRole).toString();
        m_hidden.removeAll(id);
        if (item->checkState() != Qt::Checked)
            m_hidden.append(id);
        rebuild();
    });
    connect(m_logScale, &QCheckBox::toggled, this, &ChartsPage::rebuild);
    connect(m_view, &ChartView::pointActivated, this, &ChartsPage::openCitation);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        openCitation(index.data(ChartTableModel::CitationKeyRole).toString());
    });
    connect(m_exportButton, &QPushButton::clicked, this, &ChartsPage::exportChart);
    connect(m_copyButton, &QPushButton::clicked, this, &ChartsPage::copyChart);
    connect(m_printButton, &QPushButton::clicked, this, &ChartsPage::printChart);
    connect(&context.languages(), &LanguageManager::languageChanged, this, &ChartsPage::rebuild);
    connect(&context, &AppContext::dataChanged, this, &ChartsPage::rebuild);

    retranslate();
    m_charts->setCurrentRow(0);
}

void ChartsPage::setCurrentChart(const QString &id)
{
    for (int i = 0; i < m_charts->count(); ++i) {
        if (m_charts->item(i)->data(ChartIdRole).toString() == id)
            m_charts->setCurrentRow(i);
    }
}

QString ChartsPage::currentChartId() const
{
    const QListWidgetItem *item = m_charts->currentItem();
    return item ? item->data(ChartIdRole).toString() : QString();
}

void ChartsPage::retranslate()
{
    m_companiesLabel->setText(tr("&Companies shown:"));
    m_logScale->setText(tr("&Logarithmic scale"));
    m_tabs->setTabText(0, tr("Chart"));
    m_tabs->setTabText(1, tr("Table"));
    m_exportButton->setText(tr("&Export…"));
    m_copyButton->setText(tr("C&opy"));
    m_printButton->setText(tr("&Print…"));
    m_exportButton->setToolTip(tr("Save the chart as PNG, SVG or PDF"));
    m_copyButton->setToolTip(tr("Copy the chart as an image, with its caption and sources as text"));
}

void ChartsPage::rebuild()
{
    const QString id = currentChartId();
    if (id.isEmpty())
        return;
    const Language language = m_context.language();
    for (int i = 0; i < m_charts->count(); ++i)
        m_charts->item(i)->setText(ChartCatalogue::title(m_charts->item(i)->data(ChartIdRole).toString(), language));

    ChartOptions options;
    options.language = language;
    options.hiddenCompanies = m_hidden;
    // The log box follows the chart's default until the reader changes it for this chart.
    const BuiltChart probe = m_catalogue.build(id, options);
    if (probe.spec.id != m_chart.spec.id) {
        const QSignalBlocker blocker(m_logScale);
        m_logScale->setChecked(probe.logScaleDefault);
    }
    options.logScale = m_logScale->isChecked();
    m_chart = probe.logScaleApplies && probe.spec.valueAxis.logScale != m_logScale->isChecked()
        ? m_catalogue.build(id, options)
        : probe;
    m_logScale->setEnabled(m_chart.logScaleApplies);
    m_view->setSpec(m_chart.spec);
    m_model->setChart(m_chart, language);
    m_table->resizeColumnsToContents();
    fillCompanies();
}

void ChartsPage::fillCompanies()
{
    const QSignalBlocker blocker(m_companies);
    m_companies->clear();
    for (const ChartCategory &company : std::as_const(m_chart.companies)) {
        auto *item = new QListWidgetItem(company.label, m_companies);
        item->setData(Qt::UserRole, company.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(m_hidden.contains(company.id) ? Qt::Unchecked : Qt::Checked);
    }
    m_companies->setEnabled(!m_chart.companies.isEmpty());
}

void ChartsPage::openCitation(const QString &citationKey)
{
    if (citationKey.isEmpty())
        return;
    const Language language = m_context.language();
    const ChartCitation citation = m_catalogue.citation(citationKey, language);
    if (!citation.isValid())
        return;
    // The reader opens the paragraph when the article is imported, else shows its reference.
    Q_EMIT m_context.citationRequested(citation.articleKey, citation.lang, citation.paragraph, citation.printed);
}

QString ChartsPage::describeChart() const
{
    QStringList lines{m_chart.spec.title};
    if (!m_chart.spec.subtitle.isEmpty())
        lines.append(m_chart.spec.subtitle);
    if (!m_chart.spec.caption.isEmpty())
        lines.append(m_chart.spec.caption);
    lines += m_chart.spec.sources;
    QStringList cited;
    for (const ChartRow &row : m_chart.rows) {
        if (!row.source.isEmpty() && !cited.contains(row.source))
            cited.append(row.source);
    }
    if (!cited.isEmpty()) {
        lines.append(QString());
        lines += cited;
    }
    return lines.join(u'\n');
}

void ChartsPage::copyChart()
{
    auto *mime = new QMimeData;
    const ChartSceneRenderer renderer;
    mime->setImageData(ChartExporter(renderer).renderToImage(m_chart.spec, CopySize, 2.0, ChartTheme::light()));
    mime->setText(describeChart());
    QApplication::clipboard()->setMimeData(mime);
    StatusNotice::show(this, tr("Copied the chart “%1” as an image and as text").arg(m_chart.spec.title));
}

void ChartsPage::exportChart()
{
    ChartExportDialog dialog(m_context.language(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = dialog.suffix();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder).filePath(currentChartId() + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), suggested,
                                                tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty())
        return;
    if (ChartExporter::formatForPath(path) == ExportFormat::Auto)
        path += u'.' + suffix;
    ChartOptions options;
    options.language = dialog.language();
    options.hiddenCompanies = m_hidden;
    options.logScale = m_logScale->isChecked();
    const BuiltChart chart = m_catalogue.build(currentChartId(), options);
    const ChartSceneRenderer renderer;
    const ExportResult result = ChartExporter(renderer).exportChart(chart.spec, path, dialog.options());
    if (!result.ok)
        QMessageBox::warning(this, tr("Export Chart"), result.error);
    else
        StatusNotice::show(this, tr("Exported the chart to %1").arg(QDir::toNativeSeparators(path)));
}

void ChartsPage::printChart()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_chart.spec.title);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter *target) {
        const QRectF page(QPointF(0, 0), QSizeF(target->width(), target->height()));
        const ChartSceneRenderer renderer;
        ChartExporter(renderer).renderToDevice(*target, page, m_chart.spec, ChartTheme::light(), QSizeF(CopySize));
    });
    preview.exec();
}

} // namespace tigerscope
