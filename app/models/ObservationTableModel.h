#pragma once

#include "Language.h"
#include "PagedQueryModel.h"

namespace tigerscope {

/// Every figure — shipped and the user's — with company, metric, value in the language's
/// notation, as-of date, qualifier, status and its source. Filters by group, company, metric and
/// free text in either language; sorts and pages in SQL.
class ObservationTableModel : public PagedQueryModel
{
    Q_OBJECT
public:
    enum Column { CompanyColumn, MetricColumn, ValueColumn, DateColumn, QualifierColumn, StatusColumn, SourceColumn, OriginColumn, ColumnCount };
    enum Role {
        ObservationIdRole = Qt::UserRole + 1,
        CompanyIdRole,
        MetricKeyRole,
        ValueRole,       ///< the value in base units (double)
        StatusKeyRole,   ///< reported / estimated / derived
        QualifierKeyRole,
        OriginKeyRole    ///< shipped / user
    };

    explicit ObservationTableModel(QSqlDatabase db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    void setGroupFilter(const QString &group);
    void setCompanyFilter(const QString &companyId);
    void setMetricFilter(const QString &metricKey);
    /// Rows whose company name or alias, metric label or notes contain text, in either language.
    void setTextFilter(const QString &text);

    qint64 observationId(int row) const;

protected:
    QString selectStatement() const override;
    QVariantList boundValues() const override;
    QString orderBy(int column, Qt::SortOrder order) const override;
    QString pageStatement(const QString &pagedSelect) const override;

private:
    /// One arm of the company-ordered query: observations of one file joined to the companies of
    /// one file (companies empty: observations whose company is in neither file).
    struct CompanyOrderedPart
    {
        QString observations;
        QString companies;
        QString join;
    };

    /// Sorted by company without a text filter, the query reads the observations in order from
    /// the company-name and observation-company indexes of each file and merges them, so the
    /// first page of a million rows costs what a page of a small database does.
    bool readsInCompanyOrder() const;
    QString companyOrderedSelect() const;
    QList<CompanyOrderedPart> companyOrderedParts() const;
    QString generalSelect() const;

    struct ObservationNotes
    {
        QString zh;
        QString en;
        QString derivation;
    };
    ObservationNotes notesOf(qint64 observationId) const;

    void refilter(QString *field, const QString &value);
    /// The sort key; o, c and m are the prefixes of the observation, company and metric columns.
    QString orderKey(int column, Qt::SortOrder order, const QString &o, const QString &c, const QString &m) const;

    bool m_shippedAttached = false;

    Language m_language = Language::English;
    QString m_group;
    QString m_company;
    QString m_metric;
    QString m_text;
};

} // namespace tigerscope
