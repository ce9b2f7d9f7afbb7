#include "EntityLexicon.h"

#include "FoldedText.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.script() != QChar::Script_Han;
}

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

} // namespace

QString EntityLexicon::entityKey(Entity::Kind kind, const QString &id)
{
    return (kind == Entity::Kind::Company ? u"c:"_s : u"p:"_s) + id;
}

int EntityLexicon::indexOf(Entity::Kind kind, const QString &id) const
{
    return m_entityIndex.value(entityKey(kind, id), -1);
}

int EntityLexicon::entityNamed(const QString &name) const
{
    const FoldedText folded(name);
    if (folded.isEmpty())
        return -1;
    for (const Term &term : m_terms) {
        if (term.folded == folded.text())
            return term.entity;
    }
    return -1;
}

QStringList EntityLexicon::namesOf(int entity) const
{
    QStringList names;
    for (const Term &term : m_terms) {
        if (term.entity == entity)
            names << term.text;
    }
    return names;
}

void EntityLexicon::addName(const Entity &entity, const QString &name)
{
    appendName(entity, name);
    sortTerms();
}

void EntityLexicon::appendName(const Entity &entity, const QString &name)
{
    int index = indexOf(entity.kind, entity.id);
    if (index < 0) {
        m_entities.append(entity);
        index = int(m_entities.size() - 1);
        m_entityIndex.insert(entityKey(entity.kind, entity.id), index);
    }
    const QString text = name.trimmed();
    // One Latin letter or one ideograph names nothing reliably.
    if (text.size() < 2)
        return;
    if (m_termTexts.contains(text))
        return; // the first entity to claim a name keeps it
    m_termTexts.insert(text);
    m_terms.append({text, FoldedText(text).text(), index, !hasHan(text)});
}

void EntityLexicon::sortTerms()
{
    std::stable_sort(m_terms.begin(), m_terms.end(),
                     [](const Term &a, const Term &b) { return a.text.size() > b.text.size(); });
}

EntityLexicon EntityLexicon::load(QSqlDatabase db)
{
    EntityLexicon lexicon;
    QSqlQuery query(db);
    for (const auto &[kind, sql] :
         {std::pair{Entity::Kind::Company, u"SELECT id, name_zh, name_en FROM all_companies ORDER BY sort_order, id"_s},
          std::pair{Entity::Kind::Person, u"SELECT id, name_zh, name_en FROM all_people ORDER BY id"_s}}) {
        if (!query.exec(sql))
            continue;
        while (query.next()) {
            const Entity entity{kind, query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
            lexicon.appendName(entity, entity.nameZh);
            lexicon.appendName(entity, entity.nameEn);
        }
    }
    if (query.exec(u"SELECT company_id, person_id, text FROM all_aliases ORDER BY origin, id"_s)) {
        while (query.next()) {
            const bool company = !query.value(0).isNull();
            const int index = lexicon.indexOf(company ? Entity::Kind::Company : Entity::Kind::Person,
                                              query.value(company ? 0 : 1).toString());
            if (index >= 0)
                lexicon.appendName(lexicon.m_entities.at(index), query.value(2).toString());
        }
    }
    // Sorted once: sorting after each of ten thousand companies' names took seconds.
    lexicon.sortTerms();
    return lexicon;
}

QList<EntityMention> EntityLexicon::find(const QString &text) const
{
    QList<bool> taken(text.size(), false);
    QList<EntityMention> mentions;
    for (const Term &term : m_terms) {
        for (qsizetype at = text.indexOf(term.text); at >= 0; at = text.indexOf(term.text, at + 1)) {
            const qsizetype end = at + term.text.size();
            if (term.latin
                && ((at > 0 && isWordChar(text.at(at - 1))) || (end < text.size() && isWordChar(text.at(end)))))
                continue;
            if (std::any_of(taken.cbegin() + at, taken.cbegin() + end, [](bool t) { return t; }))
                continue;
            std::fill(taken.begin() + at, taken.begin() + end, true);
            mentions.append({at, term.text.size(), term.entity});
        }
    }
    std::sort(mentions.begin(), mentions.end(),
              [](const EntityMention &a, const EntityMention &b) { return a.start < b.start; });
    return mentions;
}

} // namespace tigerscope
