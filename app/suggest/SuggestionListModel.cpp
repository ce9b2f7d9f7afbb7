#include "SuggestionListModel.h"

#include "ColumnHeadings.h"
#include "DateFormatter.h"
#include "NumberFormatter.h"
#include "Vocabulary.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

SuggestionListModel::SuggestionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SuggestionListModel::setNames(QSqlDatabase db)
{
    QSqlQuery query(db);
    if (query.exec(u"SELECT id, name_en, name_zh FROM all_companies"_s)) {
        while (query.next())
            m_companies.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    }
    if (query.exec(u"SELECT key, label_en, label_zh FROM all_metrics"_s)) {
        while (query.next())
            m_metrics.insert(query.value(0).toString(), {query.value(1).toString(), query.value(2).toString()});
    }
    if (!m_suggestions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SuggestionListModel::setLanguage(Language language)
{
    m_language = language;
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_suggestions.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SuggestionListModel::setSuggestions(const QList<FigureSuggestion> &suggestions)
{
    beginResetModel();
    m_suggestions = suggestions;
    endResetModel();
}

void SuggestionListModel::removeSuggestion(int row)
{
    if (row < 0 || row >= m_suggestions.size())
        return;
    beginRemoveRows({}, row, row);
    m_suggestions.removeAt(row);
    endRemoveRows();
}

int SuggestionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_suggestions.size());
}

int SuggestionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SuggestionListModel::valueText(const FigureSuggestion &s) const
{
    using Unit = NumberFormatter::Unit;
    const Unit unit = s.unit == "money"_L1 ? Unit::Money
        : s.unit == "percent"_L1           ? Unit::Percent
        : s.unit == "ratio"_L1             ? Unit::Ratio
        : s.unit == "parameters"_L1        ? Unit::Parameters
                                           : Unit::Count;
    return NumberFormatter::formatValue(s.value, s.valueHigh, Vocabulary::fromKey(s.qualifier, Qualifier::Exact), unit,
                                        s.currency, m_language);
}

QVariant SuggestionListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_suggestions.size())
        return {};
    const FigureSuggestion &s = m_suggestions.at(index.row());
    const bool zh = m_language == Language::Chinese;
    const auto name = [zh](const std::pair<QString, QString> &names, const QString &fallback) {
        const QString &chosen = zh ? names.second : names.first;
        return chosen.isEmpty() ? fallback : chosen;
    };
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case CompanyColumn:
            return s.companyId.isEmpty() ? tr("unsure") : name(m_companies.value(s.companyId), s.companyId);
        case MetricColumn:
            return s.metricKey.isEmpty() ? tr("unsure") : name(m_metrics.value(s.metricKey), s.metricKey);
        case ValueColumn: return valueText(s);
        case AsOfColumn:
            return s.asOf.isValid() ? DateFormatter::format(s.asOf.toIso(), s.asOf.precisionName(), m_language)
                                    : DateFormatter::notGiven(m_language);
        case PrintedColumn:
            return tr("“%1”, %2 ¶%3")
                .arg(s.citation.printed, s.citation.lang == "zh"_L1 ? tr("Chinese") : tr("English"))
                .arg(s.citation.paragraph + 1);
        case ConfidenceColumn: return NumberFormatter::percent(s.confidence * 100.0, m_language, 0);
        default: break;
        }
    }
    if (role == Qt::UserRole)
        return s.key();
    return {};
}

QVariant SuggestionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *Titles[ColumnCount]
        = {QT_TR_NOOP("Company"), QT_TR_NOOP("Metric"),  QT_TR_NOOP("Value"),
           QT_TR_NOOP("As of"),   QT_TR_NOOP("Printed"), QT_TR_NOOP("Confidence")};
    return columnHeading(*this, Titles, section, orientation, role);
}

} // namespace tigerscope
