#pragma once

#include "ArticleStore.h"
#include "Language.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace tigerscope {

class Database;

/// The imported articles as a table for the reader's library: title, outlet, publication date,
/// languages present and when each was imported, in the interface language.
class ArticleLibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, LanguagesColumn, ImportedColumn, ColumnCount };
    enum Role {
        ArticleIdRole = Qt::UserRole + 1,
        ArticleKeyRole,
        SummaryRole ///< "Outlet · date · Chinese · English · imported 23 Nov 2025", on any column
    };

    explicit ArticleLibraryModel(Database &database, QObject *parent = nullptr);

    /// Reads the imported articles again.
    void reload();
    void setLanguage(Language language);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const StoredArticle &article(int row) const { return m_articles.at(row); }
    /// The row of an imported article; -1 when it is not listed.
    int rowOf(qint64 articleId) const;

private:
    QString title(const StoredArticle &article) const;
    QString outlet(const StoredArticle &article) const;

    Database &m_database;
    Language m_language = Language::English;
    QList<StoredArticle> m_articles;
    QHash<QString, QPair<QString, QString>> m_outlets; ///< shipped article key → (zh, en) outlet
};

} // namespace tigerscope
