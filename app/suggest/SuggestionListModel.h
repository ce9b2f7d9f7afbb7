#pragma once

#include "FigureSuggestion.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>

namespace tigerscope {

/// The suggested figures of an article as a table: company, metric, value, as of, printed (with
/// its paragraph counted from 1) and confidence, in the interface language.
class SuggestionListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, MetricColumn, ValueColumn, AsOfColumn, PrintedColumn, ConfidenceColumn, ColumnCount };

    explicit SuggestionListModel(QObject *parent = nullptr);

    /// Reads the company and metric names the table shows.
    void setNames(QSqlDatabase db);
    void setLanguage(Language language);
    void setSuggestions(const QList<FigureSuggestion> &suggestions);
    const QList<FigureSuggestion> &suggestions() const { return m_suggestions; }
    const FigureSuggestion &suggestion(int row) const { return m_suggestions.at(row); }
    void removeSuggestion(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const FigureSuggestion &suggestion) const;

    QList<FigureSuggestion> m_suggestions;
    Language m_language = Language::English;
    QHash<QString, std::pair<QString, QString>> m_companies; ///< id to (English, Chinese) name
    QHash<QString, std::pair<QString, QString>> m_metrics;   ///< key to (English, Chinese) label
};

} // namespace tigerscope
