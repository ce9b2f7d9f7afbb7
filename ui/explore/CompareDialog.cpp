#include "CompareDialog.h"

#include "AppContext.h"
#include "CitationOpener.h"
#include "CompanyRepository.h"
#include "CompareTableModel.h"
#include "Database.h"
#include "Labels.h"
#include "LanguageManager.h"
#include "MetricChartBuilder.h"
#include "NameCollator.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SmallChartWidget.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
constexpr int IdRole = Qt::UserRole;
} // namespace

CompareDialog::CompareDialog(AppContext &context, QWidget *parent)
    : ContextWidget(context, parent)
    , m_model(new CompareTableModel(context.database().connection(), this))
    , m_companies(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_chart(new SmallChartWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_rightSplitter(new QSplitter(Qt::Vertical, this))
{
    setObjectName(u"compareDialog"_s);
    m_model->setLanguage(context.language());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_companies->setObjectName(u"compareCompanies"_s);
    m_model->setObjectName(u"compareTableModel"_s);
    m_chart->setObjectName(u"compareChart"_s);

    m_rightSplitter->addWidget(m_table);
    m_rightSplitter->addWidget(m_chart);
    m_splitter->addWidget(m_companies);
    m_splitter->addWidget(m_rightSplitter);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 780});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(buttons);

    fillCompanies();
    connect(m_companies, &QListWidget::itemChanged, this, &CompareDialog::companiesChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showMetric(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        int row = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            if (m_model->metricKey(r) == m_metric)
                row = r;
        }
        if (m_model->rowCount() > 0)
            m_table->selectRow(row);
        else
            showMetric(-1);
        m_table->resizeColumnsToContents();
        m_table->setColumnWidth(0, std::min(m_table->columnWidth(0), 260));
    });
    connect(m_chart, &SmallChartWidget::clicked, this, [this](const QString &key) {
        if (key.startsWith(u"obs:"_s))
            CitationOpener::openObservation(m_context, key.mid(4).toLongLong(), this);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&context, &AppContext::dataChanged, m_model, &CompareTableModel::reload);
    connect(&context.languages(), &LanguageManager::languageChanged, this, [this](Language language) {
        m_model->setLanguage(language);
        fillCompanies();
        showMetric(m_table->currentIndex().row());
    });

    const Settings &settings = context.settings();
    restoreGeometry(settings.value(SettingKeys::CompareGeometry));
    m_splitter->restoreState(settings.value(SettingKeys::CompareSplitter));
    m_rightSplitter->restoreState(settings.value(SettingKeys::CompareRightSplitter));
    const QStringList saved = settings.value(SettingKeys::CompareCompanies);
    setCompanies(saved.size() >= 2 ? saved : SettingKeys::CompareCompanies.defaultValue());
    retranslate();
    if (!settings.contains(SettingKeys::CompareGeometry))
        resize(1100, 700);
}

CompareDialog *CompareDialog::showFor(AppContext &context, QWidget *parent, const QStringList &companyIds)
{
    static QPointer<CompareDialog> dialog;
    if (!dialog) {
        dialog = new CompareDialog(context, parent ? parent->window() : nullptr);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    if (!companyIds.isEmpty()) {
        // Add to what is compared already, so "compare with others" keeps the others.
        QStringList ids = dialog->companies();
        for (const QString &id : companyIds) {
            if (!ids.contains(id))
                ids.prepend(id);
        }
        dialog->setCompanies(ids);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

CompareDialog::~CompareDialog()
{
    Settings &settings = m_context.settings();
    settings.setValue(SettingKeys::CompareGeometry, saveGeometry());
    settings.setValue(SettingKeys::CompareSplitter, m_splitter->saveState());
    settings.setValue(SettingKeys::CompareRightSplitter, m_rightSplitter->saveState());
    settings.setValue(SettingKeys::CompareCompanies, companies());
}

void CompareDialog::retranslate()
{
    setWindowTitle(tr("Compare Companies"));
    m_companies->setToolTip(tr("Tick two or more companies to compare"));
}

void CompareDialog::fillCompanies()
{
    const QStringList checked = companies();
    const bool chinese = m_context.language() == Language::Chinese;
    struct Entry
    {
        QString id;
        QString name;
        int group;
    };
    QList<Entry> entries;
    for (const NamedEntry &company : CompanyRepository(m_context.database().connection()).companies()) {
        if (company.group != "source"_L1) // the data sources are not companies to compare
            entries.append({company.id, chinese ? company.nameZh : company.nameEn,
                            int(Labels::groupKeys().indexOf(company.group))});
    }
    const NameCollator collator(m_context.language());
    std::sort(entries.begin(), entries.end(), [&](const Entry &a, const Entry &b) {
        return a.group != b.group ? a.group < b.group : collator(a.name, b.name);
    });
    const QSignalBlocker blocker(m_companies);
    m_companies->clear();
    int group = -1;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.group != group) {
            group = entry.group;
            auto *heading = new QListWidgetItem(Labels::group(Labels::groupKeys().value(group)), m_companies);
            QFont font = heading->font();
            font.setBold(true);
            heading->setFont(font);
            heading->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QListWidgetItem(entry.name, m_companies);
        item->setData(IdRole, entry.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(entry.id) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList CompareDialog::companies() const
{
    return m_model->companies();
}

void CompareDialog::setCompanies(const QStringList &companyIds)
{
    {
        const QSignalBlocker blocker(m_companies);
        for (int i = 0; i < m_companies->count(); ++i) {
            QListWidgetItem *item = m_companies->item(i);
            if (item->flags() & Qt::ItemIsUserCheckable)
                item->setCheckState(companyIds.contains(item->data(IdRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
    // The order the caller gave, not the list's.
    QStringList known;
    for (const QString &id : companyIds) {
        for (int i = 0; i < m_companies->count(); ++i) {
            if (m_companies->item(i)->data(IdRole).toString() == id && !known.contains(id))
                known.append(id);
        }
    }
    m_model->setCompanies(known);
}

void CompareDialog::companiesChanged()
{
    QStringList ids = m_model->companies();
    for (int i = 0; i < m_companies->count(); ++i) {
        const QListWidgetItem *item = m_companies->item(i);
        const QString id = item->data(IdRole).toString();
        if (id.isEmpty())
            continue;
        if (item->checkState() == Qt::Checked && !ids.contains(id))
            ids.append(id);
        else if (item->checkState() != Qt::Checked)
            ids.removeAll(id);
    }
    m_model->setCompanies(ids);
}

void CompareDialog::showMetric(int row)
{
    m_metric = m_model->metricKey(row);
    if (m_metric.isEmpty() || m_model->companies().isEmpty()) {
        ChartSpec empty;
        empty.title = tr("Tick two or more companies to compare them");
        m_chart->setSpec(empty);
        return;
    }
    m_chart->setSpec(MetricChartBuilder::build(m_context.database().connection(), m_metric, m_model->companies(),
                                               m_context.language()));
}

} // namespace tigerscope
