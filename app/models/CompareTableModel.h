#pragma once

#include "Language.h"
#include "LatestFigures.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace tigerscope {

/// Two or more companies side by side: one row per metric any of them has a figure for, one
/// column per company (after the metric column). A company without a figure shows "no figure" —
/// never zero — and its ValueRole is null.
class CompareTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        ValueRole = Qt::UserRole + 1, ///< the value in base units, or null when missing
        MissingRole,                  ///< true where the company has no figure
        ObservationIdRole,
        MetricKeyRole,
        CompanyIdRole
    };

    explicit CompareTableModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    void setCompanies(const QStringList &companyIds);
    QStringList companies() const { return m_companies; }
    QString metricKey(int row) const;
    /// Reads the figures again (after the user's data changed).
    void reload();

    /// The text of a missing figure.
    static QString missingText();

private:
    struct Metric
    {
        QString key;
        QString labelZh;
        QString labelEn;
    };
    struct Company
    {
        QString nameZh;
        QString nameEn;
    };

    QSqlDatabase m_db;
    Language m_language = Language::English;
    QStringList m_companies;
    QHash<QString, Company> m_names;
    QList<Metric> m_metrics;
    QHash<QString, LatestFigure> m_figures;
};

} // namespace tigerscope
