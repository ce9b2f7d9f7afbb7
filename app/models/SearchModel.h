#pragma once

#include "Language.h"

#include <QAbstractListModel>
#include <QSqlDatabase>

namespace tigerscope {

/// Companies and people whose name or any alias contains a text, in either script: "月之暗面",
/// "Moonshot" and "Kimi" all find the same company. Exact and leading matches come first.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "company" or "person"
        IdRole,                      ///< company or person id
        CompanyIdRole,               ///< the company to open: itself, or the person's company
        MatchedTextRole              ///< the name or alias that matched
    };

    explicit SearchModel(QSqlDatabase db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setLanguage(Language language);
    void setQuery(const QString &text);
    QString query() const { return m_query; }

private:
    struct Hit
    {
        QString kind;
        QString id;
        QString companyId;
        QString nameZh;
        QString nameEn;
        QString matched;
        int rank = 0; ///< 0 exact, 1 leading, 2 inside
    };
    QList<Hit> search(const QString &text) const;

    QSqlDatabase m_db;
    Language m_language = Language::English;
    QString m_query;
    QList<Hit> m_hits;
};

} // namespace tigerscope
