#include "CompareTableModel.h"

#include "DateFormatter.h"
#include "Labels.h"

#include <QColor>
#include <QFont>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

CompareTableModel::CompareTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{}

QString CompareTableModel::missingText()
{
    return tr("— no figure");
}

int CompareTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int CompareTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_companies.size());
}

void CompareTableModel::setCompanies(const QStringList &companyIds)
{
    m_companies = companyIds;
    reload();
}

void CompareTableModel::reload()
{
    beginResetModel();
    m_names.clear();
    m_metrics.clear();
    m_figures = m_companies.isEmpty() ? QHash<QString, LatestFigure>() : LatestFigures::load(m_db, m_companies);
    QSqlQuery query(m_db);
    query.exec(u"SELECT id, name_zh, name_en FROM all_companies"_s);
    while (query.next()) {
        if (m_companies.contains(query.value(0).toString()))
            m_names.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    }
    QSet<QString> present;
    for (const LatestFigure &figure : std::as_const(m_figures))
        present.insert(figure.metricKey);
    query.exec(u"SELECT key, label_zh, label_en FROM all_metrics ORDER BY label_en COLLATE NOCASE, key"_s);
    while (query.next()) {
        if (present.contains(query.value(0).toString()))
            m_metrics.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    }
    endResetModel();
}

void CompareTableModel::setLanguage(Language language)
{
    m_language = language;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

QString CompareTableModel::metricKey(int row) const
{
    return row >= 0 && row < m_metrics.size() ? m_metrics.at(row).key : QString();
}

QVariant CompareTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_metrics.size() || index.column() > m_companies.size())
        return {};
    const Metric &metric = m_metrics.at(index.row());
    const bool chinese = m_language == Language::Chinese;
    if (index.column() == 0) {
        switch (role) {
        case Qt::DisplayRole: return chinese ? metric.labelZh : metric.labelEn;
        case MetricKeyRole: return metric.key;
        }
        return {};
    }
    const QString companyId = m_companies.at(index.column() - 1);
    const auto found = m_figures.constFind(LatestFigures::key(companyId, metric.key));
    const bool missing = found == m_figures.constEnd();
    switch (role) {
    case Qt::DisplayRole: return missing ? missingText() : found->display(m_language);
    case Qt::ToolTipRole:
        if (missing)
            return tr("The data holds no figure of this metric for this company.");
        return QStringList{Labels::status(found->status),
                           found->asOf.isEmpty() ? DateFormatter::notGiven(m_language)
                                                 : DateFormatter::format(found->asOf, found->precision, m_language),
                           Labels::origin(found->origin)}
            .join(u" · "_s);
    case Qt::FontRole:
        if (missing || found->status != "reported"_L1) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole: return missing ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case ValueRole: return missing ? QVariant() : QVariant(found->value);
    case MissingRole: return missing;
    case ObservationIdRole: return missing ? QVariant() : QVariant(found->id);
    case MetricKeyRole: return metric.key;
    case CompanyIdRole: return companyId;
    }
    return {};
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section > m_companies.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == 0)
        return tr("Metric");
    const QString id = m_companies.at(section - 1);
    const Company company = m_names.value(id);
    const QString name = m_language == Language::Chinese ? company.nameZh : company.nameEn;
    return name.isEmpty() ? id : name;
}

} // namespace tigerscope
