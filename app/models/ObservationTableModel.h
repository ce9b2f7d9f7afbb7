#pragma once

#include "ConflictReport.h"
#include "Language.h"
#include "ObservationTextFilter.h"
#include "PagedQueryModel.h"

namespace tigerscope {

/// Every figure — shipped and the user's — with company, metric, value in the language's
/// notation, as-of date, qualifier, status and its source. Filters by group, company, metric and
/// free text in either language; sorts and pages in SQL.
class ObservationTableModel : public PagedQueryModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        MetricColumn,
        ValueColumn,
        DateColumn,
        QualifierColumn,
        StatusColumn,
        SourceColumn,
        OriginColumn,
        ColumnCount
    };
    enum Role {
        ObservationIdRole = Qt::UserRole + 1,
        CompanyIdRole,
        MetricKeyRole,
        ValueRole,     ///< the value in base units (double)
        StatusKeyRole, ///< reported / estimated / derived
        QualifierKeyRole,
        OriginKeyRole,  ///< shipped / user
        ConflictingRole ///< bool: another source gives a different value (ConflictReport)
    };

    explicit ObservationTableModel(QSqlDatabase db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

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
    /// One SELECT of the compound query and the values its placeholders take.
    struct Arm
    {
        QString sql;
        QVariantList values;
    };
    QList<Arm> arms() const;
    /// The sort key over the result columns; p prefixes them.
    QString orderKey(int column, Qt::SortOrder order, const QString &p) const;

    struct ObservationNotes
    {
        QString zh;
        QString en;
        QString derivation;
    };
    ObservationNotes notesOf(qint64 observationId) const;

    /// The conflicts of the whole dataset, read on first use after a reset or a language change.
    const ConflictReport &conflicts() const;

    QString m_group;
    QString m_company;
    QString m_metric;
    QString m_text;
    mutable std::optional<ConflictReport> m_conflicts;
    /// Built at the first page after a reset, for the pages that follow.
    mutable std::optional<ObservationTextFilter> m_textFilter;
    mutable Language m_conflictsLanguage = Language::English;
};

} // namespace tigerscope
