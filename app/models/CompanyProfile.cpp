#include "CompanyProfile.h"

#include "CitationRepository.h"
#include "SqlSupport.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

bool hasLatin(const QString &text)
{
    for (QChar c : text) {
        if (c.script() == QChar::Script_Latin)
            return true;
    }
    return false;
}

constexpr int SnippetContext = 60;

} // namespace

QStringList CompanyProfile::searchTerms() const
{
    QStringList terms;
    auto add = [&terms](const QString &text) {
        const QString trimmed = text.trimmed();
        if (trimmed.size() >= 2 && !terms.contains(trimmed))
            terms.append(trimmed);
    };
    add(nameZh);
    add(nameEn);
    for (const Alias &alias : aliases)
        add(alias.text);
    std::stable_sort(terms.begin(), terms.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
    return terms;
}

std::optional<CompanyProfile> CompanyProfile::load(QSqlDatabase db, const QString &companyId)
{
    const QString company = u"SELECT name_zh, name_en, grp, description_zh, description_en, parent_id, origin "
                            "FROM all_companies WHERE id = ?"_s;
    std::optional<CompanyProfile> profile = readFirstRow(db, company, {companyId}, [](const QSqlQuery &query) {
        CompanyProfile row;
        readColumns(query, 0, row, &CompanyProfile::nameZh, &CompanyProfile::nameEn, &CompanyProfile::group,
                    &CompanyProfile::descriptionZh, &CompanyProfile::descriptionEn, &CompanyProfile::parentId,
                    &CompanyProfile::origin);
        return row;
    });
    if (!profile)
        return profile;
    profile->id = companyId;

    profile->aliases = readRows<Alias>(
        db, u"SELECT text, lang, kind FROM all_aliases WHERE company_id = ? ORDER BY lang, kind, text"_s, {companyId},
        [](const QSqlQuery &query) {
            return Alias{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
        });

    const QString roles
        = u"SELECT r.id, r.person_id, p.name_zh, p.name_en, r.title_zh, r.title_en, r.status, r.start_date, "
          "r.start_precision, r.end_date, r.end_precision FROM all_roles r "
          "JOIN all_people p ON p.id = r.person_id WHERE r.company_id = ? "
          "ORDER BY r.status = 'current' DESC, r.start_date IS NULL, r.start_date, p.name_en"_s;
    const CitationRepository citations(db);
    profile->people = readRows<Role>(db, roles, {companyId}, [&citations](const QSqlQuery &query) {
        Role role;
        readColumns(query, 1, role, &Role::personId, &Role::nameZh, &Role::nameEn, &Role::titleZh, &Role::titleEn,
                    &Role::status);
        if (!query.value(7).isNull())
            role.start = PartialDate::fromColumns(query.value(7).toString(), query.value(8).toString());
        if (!query.value(9).isNull())
            role.end = PartialDate::fromColumns(query.value(9).toString(), query.value(10).toString());
        role.citations = citations.citationsOf(u"role_id"_s, query.value(0).toLongLong(), u"lang, id"_s);
        return role;
    });
    return profile;
}

QList<CompanyMention> CompanyMentions::find(QSqlDatabase db, const QStringList &terms, int limit)
{
    QList<CompanyMention> mentions;
    if (terms.isEmpty())
        return mentions;
    QStringList likes;
    for (qsizetype i = 0; i < terms.size(); ++i)
        likes.append(u"p.text LIKE ? ESCAPE '\\'"_s);
    QVariantList values;
    QList<QRegularExpression> patterns;
    for (const QString &term : terms) {
        values.append(likeContains(term));
        patterns.append(hasLatin(term) ? QRegularExpression(u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(term)
                                                            + u"(?![\\p{L}\\p{N}])"_s)
                                       : QRegularExpression(QRegularExpression::escape(term)));
    }
    QSqlQuery query(db);
    if (!runPrepared(query,
                     u"SELECT p.article_id, a.article_key, a.title, p.lang, p.idx, p.text FROM main.paragraphs p "
                     "JOIN main.imported_articles a ON a.id = p.article_id "
                     "WHERE p.kind IN ('title', 'heading', 'body') AND (%1) ORDER BY a.id, p.lang, p.idx"_s.arg(
                         likes.join(u" OR "_s)),
                     values))
        return mentions;
    while (query.next() && mentions.size() < limit) {
        const QString text = query.value(5).toString();
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const QRegularExpressionMatch match = patterns.at(i).match(text);
            if (!match.hasMatch())
                continue;
            CompanyMention mention;
            readColumns(query, 0, mention, &CompanyMention::articleId, &CompanyMention::articleKey,
                        &CompanyMention::title, &CompanyMention::lang, &CompanyMention::paragraph);
            mention.term = terms.at(i);
            const qsizetype from = std::max<qsizetype>(0, match.capturedStart() - SnippetContext);
            const qsizetype to = std::min(text.size(), match.capturedEnd() + SnippetContext);
            mention.snippet
                = (from > 0 ? u"…"_s : QString()) + text.mid(from, to - from) + (to < text.size() ? u"…"_s : QString());
            mentions.append(mention);
            break;
        }
    }
    return mentions;
}

} // namespace tigerscope
