#pragma once

#include "Language.h"
#include "PagedQueryModel.h"

namespace tigerscope {

/// Every event — shipped and the user's — with date at its precision, company, kind, summary,
/// source and origin. Filters by company, person and kind in SQL; newest first by default.
class EventTableModel : public PagedQueryModel
{
    Q_OBJECT
public:
    enum Column { DateColumn, CompanyColumn, KindColumn, SummaryColumn, SourceColumn, OriginColumn, ColumnCount };
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        CompanyIdRole,
        KindKeyRole,
        OriginKeyRole,
        IsoDateRole,  ///< first day of the period, ISO; null when not given
        PrecisionRole ///< day / month / quarter / year
    };

    explicit EventTableModel(QSqlDatabase db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setCompanyFilter(const QString &companyId);
    void setKindFilter(const QString &kind);
    void setPersonFilter(const QString &personId);

    qint64 eventId(int row) const;

protected:
    QString selectStatement() const override;
    QString orderBy(int column, Qt::SortOrder order) const override;
};

} // namespace tigerscope
