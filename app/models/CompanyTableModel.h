#pragma once

#include "Language.h"
#include "PagedQueryModel.h"

namespace tigerscope {

/// Companies and organisations with their names in both languages, group and how many figures
/// and events the data holds for each. Filters by group and by any name or alias, either script.
class CompanyTableModel : public PagedQueryModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, OtherNameColumn, GroupColumn, KindColumn, FiguresColumn, EventsColumn, ColumnCount };
    enum Role { CompanyIdRole = Qt::UserRole + 1, GroupKeyRole, KindKeyRole };

    explicit CompanyTableModel(QSqlDatabase db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// Only companies of this group ("tiger", "giant", …); empty for all.
    void setGroupFilter(const QString &group);
    /// Only organisations of this kind ("company", "university", …); empty for all.
    void setKindFilter(const QString &kind);
    /// Companies whose name or alias contains text, in either language.
    void setTextFilter(const QString &text);

    QString companyId(int row) const;
    /// The row of a company among the loaded rows, loading further pages as needed; -1 if absent.
    int rowOfCompany(const QString &companyId);

protected:
    QString columnTitle(int column) const override;
    QString selectStatement() const override;
    QVariantList boundValues() const override;
    QString orderBy(int column, Qt::SortOrder order) const override;
    QString pageStatement(const QString &pagedSelect) const override;

private:
    bool sortsByCount() const;
    /// The figures and events columns of the company aliased as company.
    QString countColumns(const QString &company) const;
    /// The sort key; c is the prefix of the company columns.
    QString orderKey(int column, Qt::SortOrder order, const QString &c) const;

    QString m_text;
};

} // namespace tigerscope
