#pragma once

#include "Language.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tigerscope {

/// A company or a person by id, with its names in both scripts.
struct NamedEntry
{
    QString id;
    QString nameZh;
    QString nameEn;
    QString group; ///< companies: "tiger", "giant", …; empty for people

    /// The name in language, else the other one.
    QString name(Language language) const;
    /// "智谱 · Zhipu": the name in language, then the other when it differs.
    QString bothNames(Language language) const;
};

/// A metric by key, with its labels and unit key.
struct MetricEntry
{
    QString key;
    QString labelZh;
    QString labelEn;
    QString unit;

    QString label(Language language) const { return language == Language::Chinese ? labelZh : labelEn; }
};

/// How much the databases hold, for the status bar.
struct DataCounts
{
    int organisations = 0; ///< every kind: companies, government bodies, universities, ...
    int companies = 0;     ///< organisations of kind 'company'
    int observations = 0;
    int events = 0;
    int importedArticles = 0;
};

/// Reads the companies, people and metrics (shipped and the user's, through the all_* views)
/// that widgets list and name: the one place their SQL is written. Widgets ask here rather than
/// query the database.
class CompanyRepository
{
public:
    explicit CompanyRepository(QSqlDatabase db);

    QList<NamedEntry> companies() const;
    std::optional<NamedEntry> company(const QString &id) const;
    QList<NamedEntry> people() const;
    QList<MetricEntry> metrics() const;
    std::optional<MetricEntry> metric(const QString &key) const;
    DataCounts counts() const;

private:
    QSqlDatabase m_db;
};

} // namespace tigerscope
