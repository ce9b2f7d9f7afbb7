#pragma once

#include "Language.h"
#include "UserRecords.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace tigerscope {

/// Who a company is: names in both scripts and aliases, group, description, parent, and the
/// people with their roles and moves, each role with its citations.
struct CompanyProfile
{
    struct Alias
    {
        QString text;
        QString lang;
        QString kind;
    };
    struct Role
    {
        QString personId;
        QString nameZh;
        QString nameEn;
        QString titleZh;
        QString titleEn;
        QString status; ///< current / former / leaving
        PartialDate start;
        PartialDate end;
        QList<CitationRecord> citations;
    };

    QString id;
    QString nameZh;
    QString nameEn;
    QString group;
    QString descriptionZh;
    QString descriptionEn;
    QString parentId;
    QString origin;
    QList<Alias> aliases;
    QList<Role> people;

    QString name(Language language) const { return language == Language::Chinese ? nameZh : nameEn; }
    QString description(Language language) const
    {
        return language == Language::Chinese ? descriptionZh : descriptionEn;
    }
    /// Every name and alias, longest first, without duplicates: what mentions are searched for.
    QStringList searchTerms() const;

    static std::optional<CompanyProfile> load(QSqlDatabase db, const QString &companyId);
};

/// A paragraph of an imported article that names a company.
struct CompanyMention
{
    qint64 articleId = -1;
    QString articleKey; ///< empty when the imported article is not a known one
    QString title;
    QString lang;
    int paragraph = 0;
    QString term;    ///< the name that was found
    QString snippet; ///< the paragraph around the name
};

/// Finds a company's names in the imported articles' paragraphs. Latin names must stand as words
/// and match case ("Step" is not "steps"); Chinese names match anywhere.
class CompanyMentions
{
public:
    static QList<CompanyMention> find(QSqlDatabase db, const QStringList &terms, int limit = 500);
};

} // namespace tigerscope
