#include "SearchModel.h"

#include "Labels.h"
#include "SqlSupport.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr int MaxHits = 50;

} // namespace

SearchModel::SearchModel(QSqlDatabase db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(std::move(db))
{}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QList<SearchModel::Hit> SearchModel::search(const QString &text) const
{
    // Every name a company or person goes by, with whom it names.
    const QString sql
        = u"SELECT 'company', c.id, c.id, c.name_zh, c.name_en, n.text FROM all_companies c JOIN ("
          "  SELECT id AS owner, name_zh AS text FROM all_companies UNION ALL "
          "  SELECT id, name_en FROM all_companies UNION ALL "
          "  SELECT company_id, text FROM all_aliases WHERE company_id IS NOT NULL"
          ") n ON n.owner = c.id WHERE n.text LIKE ? ESCAPE '\\' "
          "UNION ALL "
          "SELECT 'person', p.id, (SELECT r.company_id FROM all_roles r WHERE r.person_id = p.id "
          "  ORDER BY r.status = 'current' DESC, r.start_date DESC LIMIT 1), p.name_zh, p.name_en, n.text "
          "FROM all_people p JOIN ("
          "  SELECT id AS owner, name_zh AS text FROM all_people WHERE name_zh IS NOT NULL UNION ALL "
          "  SELECT id, name_en FROM all_people UNION ALL "
          "  SELECT person_id, text FROM all_aliases WHERE person_id IS NOT NULL"
          ") n ON n.owner = p.id WHERE n.text LIKE ? ESCAPE '\\'"_s;
    QList<Hit> hits;
    const QString folded = text.toCaseFolded();
    forEachRow(m_db, sql, {likeContains(text), likeContains(text)}, [&hits, &folded](const QSqlQuery &query) {
        Hit hit;
        readColumns(query, 0, hit, &Hit::kind, &Hit::id, &Hit::companyId, &Hit::nameZh, &Hit::nameEn, &Hit::matched);
        const QString matched = hit.matched.toCaseFolded();
        hit.rank = matched == folded ? 0 : matched.startsWith(folded) ? 1 : 2;
        // One row per company or person: keep its best-matching name.
        auto same = std::find_if(hits.begin(), hits.end(),
                                 [&](const Hit &other) { return other.kind == hit.kind && other.id == hit.id; });
        if (same == hits.end())
            hits.append(hit);
        else if (hit.rank < same->rank)
            *same = hit;
    });
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) {
        if (a.rank != b.rank)
            return a.rank < b.rank;
        if (a.kind != b.kind)
            return a.kind == "company"_L1;
        return a.nameEn.compare(b.nameEn, Qt::CaseInsensitive) < 0;
    });
    if (hits.size() > MaxHits)
        hits.resize(MaxHits);
    return hits;
}

void SearchModel::setQuery(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_query && !m_hits.isEmpty())
        return;
    m_query = trimmed;
    beginResetModel();
    m_hits = trimmed.isEmpty() ? QList<Hit>() : search(trimmed);
    endResetModel();
}

void SearchModel::setLanguage(Language language)
{
    m_language = language;
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Hit &hit = m_hits.at(index.row());
    const bool chinese = m_language == Language::Chinese;
    switch (role) {
    case Qt::DisplayRole: {
        const QString first = chinese && !hit.nameZh.isEmpty() ? hit.nameZh : hit.nameEn;
        const QString second = chinese ? hit.nameEn : hit.nameZh;
        QString text = first;
        if (!second.isEmpty() && second != first)
            text += u" · "_s + second;
        if (hit.matched != hit.nameZh && hit.matched != hit.nameEn && hit.matched != hit.id)
            text += u" (“%1”)"_s.arg(hit.matched);
        return text;
    }
    case Qt::ToolTipRole: return hit.kind == "company"_L1 ? tr("Company") : tr("Person");
    case KindRole: return hit.kind;
    case IdRole: return hit.id;
    case CompanyIdRole: return hit.companyId;
    case MatchedTextRole: return hit.matched;
    }
    return {};
}

} // namespace tigerscope
