#pragma once

#include "LandscapeRepository.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QSqlDatabase>

namespace tigerscope {

/// The landscape as a table: one row per company of LandscapeRepository, its name and group, then
/// one column per LandscapeAspect. Every filled cell knows the record it comes from (CitationKeyRole)
/// and shows its source as tooltip; an empty one says "not given"; the user's figures are marked.
class LandscapeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CompanyColumn,
        GroupColumn,
        FirstAspectColumn,
        ColumnCount = FirstAspectColumn + LandscapeAspectCount
    };
    enum Role {
        CitationKeyRole = Qt::UserRole, ///< "obs:<id>" / "event:<id>", empty where nothing is given
        SortRole,                       ///< numbers as numbers, "not given" last
        CompanyIdRole,
        UserFigureRole,
    };

    explicit LandscapeTableModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Reloads in the language; headers and texts follow it.
    void setLanguage(Language language);
    Language language() const { return m_language; }
    void reload();

    QString companyId(int row) const;
    /// The sources of every filled cell of a row, one reference each, for exports.
    QString rowSources(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const LandscapeCell *cell(const QModelIndex &index) const;
    QString source(const QString &citationKey) const;

    QSqlDatabase m_db;
    Language m_language = Language::English;
    QList<LandscapeRow> m_rows;
};

} // namespace tigerscope
