#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// A company or a person of the dataset, with its names in both languages.
struct Entity
{
    enum class Kind { Company, Person };
    Kind kind = Kind::Company;
    QString id;
    QString nameZh; ///< may be empty for a person no source names in Chinese
    QString nameEn;
};

/// Where a text names an entity.
struct EntityMention
{
    qsizetype start = 0;
    qsizetype length = 0;
    int entity = -1; ///< index into EntityLexicon::entities()
};

/// Every name by which the dataset knows its companies and people — official names, short forms,
/// products and the machine-translated "rendering" forms of the English articles — and where a
/// text mentions them. Latin-script names match whole words only and keep their case, so "Meta"
/// is not found in "metaverse" nor "Byte" in "ByteDance".
class EntityLexicon
{
public:
    /// Reads all_companies, all_people and all_aliases.
    static EntityLexicon load(QSqlDatabase db);

    /// Adds a name of an entity (added when new); for building a lexicon without a database.
    void addName(const Entity &entity, const QString &name);

    /// The mentions in text, in order, not overlapping; a longer name wins over one inside it.
    QList<EntityMention> find(const QString &text) const;

    /// The entity one of whose names the text is, compared folded (case, width, dashes); -1 when none.
    int entityNamed(const QString &name) const;
    /// Every name find() recognises an entity by.
    QStringList namesOf(int entity) const;

    const QList<Entity> &entities() const { return m_entities; }
    int indexOf(Entity::Kind kind, const QString &id) const;

private:
    struct Term
    {
        QString text;
        QString folded; ///< FoldedText of text, for entityNamed()
        int entity = -1;
        bool latin = false;
    };
    static QString entityKey(Entity::Kind kind, const QString &id);
    /// Adds a name without putting the terms back in order (load() sorts once at the end).
    void appendName(const Entity &entity, const QString &name);
    void sortTerms();

    QList<Entity> m_entities;
    QHash<QString, int> m_entityIndex; ///< entityKey() → index into m_entities
    QSet<QString> m_termTexts;
    QList<Term> m_terms; ///< longest first
};

} // namespace tigerscope
