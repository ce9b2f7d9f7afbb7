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
    QSqlQuery query(db);
    if (!runPrepared(query,
                     u"SELECT name_zh, name_en, grp, description_zh, description_en, parent_id, origin "
                     "FROM all_companies WHERE id = ?"_s,
                     {companyId})
        || !query.next())
        return std::nullopt;
    CompanyProfile profile;
    profile.id = companyId;
    profile.nameZh = query.value(0).toString();
    profile.nameEn = query.value(1).toString();
    profile.group = query.value(2).toString();
    profile.descriptionZh = query.value(3).toString();
    profile.descriptionEn = query.value(4).toString();
    profile.parentId = query.value(5).toString();
    profile.origin = query.value(6).toString();

    query.prepare(u"SELECT text, lang, kind FROM all_aliases WHERE company_id = ? ORDER BY lang, kind, text"_s);
    query.addBindValue(companyId);
    query.exec();
    while (query.next())
        profile.aliases.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});

    query.prepare(u"SELECT r.id, r.person_id, p.name_zh, p.name_en, r.title_zh, r.title_en, r.status, r.start_date, "
                  "r.start_precision, r.end_date, r.end_precision FROM all_roles r "
                  "JOIN all_people p ON p.id = r.person_id WHERE r.company_id = ? "
                  "ORDER BY r.status = 'current' DESC, r.start_date IS NULL, r.start_date, p.name_en"_s);
    query.addBindValue(companyId);
    query.exec();
    const CitationRepository citations(db);
    while (query.next()) {
        Role role;
        role.personId = query.value(1).toString();
        role.nameZh = query.value(2).toString();
        role.nameEn = query.value(3).toString();
        role.titleZh = query.value(4).toString();
        role.titleEn = query.value(5).toString();
        role.status = query.value(6).toString();
        if (!query.value(7).isNull())
            role.start = PartialDate::fromColumns(query.value(7).toString(), query.value(8).toString());
        if (!query.value(9).isNull())
            role.end = PartialDate::fromColumns(query.value(9).toString(), query.value(10).toString());
        role.citations = citations.citationsOf(u"role_id"_s, query.value(0).toLongLong(), u"lang, id"_s);
        profile.people.append(role);
    }
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
    QSqlQuery query(db);
    query.prepare(u"SELECT p.article_id, a.article_key, a.title, p.lang, p.idx, p.text FROM main.paragraphs p "
                  "JOIN main.imported_articles a ON a.id = p.article_id "
                  "WHERE p.kind IN ('title', 'heading', 'body') AND (%1) ORDER BY a.id, p.lang, p.idx"_s.arg(
                      likes.join(u" OR "_s)));
    QList<QRegularExpression> patterns;
    for (const QString &term : terms) {
        query.addBindValue(likeContains(term));
        patterns.append(hasLatin(term) ? QRegularExpression(u"(?<![\\p{L}\\p{N}])"_s + QRegularExpression::escape(term)
                                                            + u"(?![\\p{L}\\p{N}])"_s)
                                       : QRegularExpression(QRegularExpression::escape(term)));
    }
    if (!query.exec())
        return mentions;
    while (query.next() && mentions.size() < limit) {
        const QString text = query.value(5).toString();
        for (qsizetype i = 0; i < terms.size(); ++i) {
            const QRegularExpressionMatch match = patterns.at(i).match(text);
            if (!match.hasMatch())
                continue;
            CompanyMention mention;
            mention.articleId = query.value(0).toLongLong();
            mention.articleKey = query.value(1).toString();
            mention.title = query.value(2).toString();
            mention.lang = query.value(3).toString();
            mention.paragraph = query.value(4).toInt();
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
