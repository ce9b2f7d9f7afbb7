#include "SyntheticDataset.h"

#include "BigramIndex.h"
#include "Database.h"
#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <array>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

// Common characters, in no meaningful order; generated text samples from them.
const QString &chineseCharacters()
{
    static const QString characters
        = u"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理世车"_s;
    return characters;
}

const QStringList &chineseSuffixes()
{
    static const QStringList suffixes = {u"智能"_s, u"科技"_s, u"模型"_s, u"计算"_s, u"数据"_s};
    return suffixes;
}

const QStringList &englishSuffixes()
{
    static const QStringList suffixes = {u"AI"_s, u"Labs"_s, u"Intelligence"_s, u"Models"_s, u"Compute"_s};
    return suffixes;
}

struct Metric
{
    const char *key;
    const char *unit;
    const char16_t *labelZh;
    const char *labelEn;
};

constexpr std::array metrics = {
    Metric{"synth_funding", "money", u"合成融资额", "Synthetic funding"},
    Metric{"synth_valuation", "money", u"合成估值", "Synthetic valuation"},
    Metric{"synth_revenue", "money", u"合成收入", "Synthetic revenue"},
    Metric{"synth_staff", "people", u"合成员工数", "Synthetic staff"},
    Metric{"synth_users", "users", u"合成用户数", "Synthetic users"},
    Metric{"synth_share", "percent", u"合成市场份额", "Synthetic market share"},
    Metric{"synth_parameters", "parameters", u"合成参数量", "Synthetic parameters"},
    Metric{"synth_days", "days", u"合成天数", "Synthetic days"},
};

const std::array<const char *, 4> precisions = {"day", "month", "quarter", "year"};
const std::array<const char *, 5> qualifiers = {"exact", "exact", "approx", "at_least", "range"};
const std::array<const char *, 3> statuses = {"reported", "estimated", "derived"};
const std::array<const char *, 5> groups = {"tiger", "giant", "other", "comparator", "source"};

QString articleKey(int article)
{
    return u"synth-article-%1"_s.arg(article, 4, 10, QLatin1Char('0'));
}

/// A deterministic source of the generated data.
class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}

    int below(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_random); }
    double unit() { return std::uniform_real_distribution<double>(0.0, 1.0)(m_random); }

    QString chineseText(int length)
    {
        const QString &characters = chineseCharacters();
        QString text;
        text.reserve(length + 8);
        for (int i = 0; i < length; ++i) {
            text.append(characters.at(below(int(characters.size()))));
            if (i % 17 == 16)
                text.append(i % 3 ? u'，' : u'。');
        }
        return text;
    }

    /// Word frequencies fall off steeply, so some words are common and most are rare.
    QString englishText(int words)
    {
        QStringList list;
        list.reserve(words);
        for (int i = 0; i < words; ++i) {
            const double r = unit();
            list.append(SyntheticDataset::englishWord(int(5000 * r * r * r)));
        }
        return list.join(u' ') + u'.';
    }

    QString isoDate(const char **precision)
    {
        *precision = precisions[size_t(below(int(precisions.size())))];
        const int year = 2018 + below(8);
        const int month = 1 + below(12);
        const int day = 1 + below(28);
        const QString p = QString::fromLatin1(*precision);
        if (p == "year"_L1)
            return u"%1-01-01"_s.arg(year);
        if (p == "quarter"_L1)
            return u"%1-%2-01"_s.arg(year).arg((month - 1) / 3 * 3 + 1, 2, 10, QLatin1Char('0'));
        if (p == "month"_L1)
            return u"%1-%2-01"_s.arg(year).arg(month, 2, 10, QLatin1Char('0'));
        return u"%1-%2-%3"_s.arg(year).arg(month, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0'));
    }

private:
    std::mt19937 m_random;
};

bool fail(QString *error, const QSqlQuery &query, const QString &what)
{
    if (error)
        *error = u"%1: %2"_s.arg(what, query.lastError().text());
    return false;
}

/// A named connection to a file, closed and removed when it goes.
class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &path)
        : m_name(u"synth-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~ScopedConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

SyntheticDataset::SyntheticDataset(SyntheticSize size)
    : m_size(size)
{}

QString SyntheticDataset::englishWord(int index)
{
    static const char *const consonants[]
        = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "tr"};
    static const char *const vowels[] = {"a", "e", "i", "o", "u", "ai", "ou", "ee"};
    // Two or three syllables chosen by the digits of a scrambled index.
    quint32 h = quint32(index) * 2654435761u + 12345u;
    QString word;
    const int syllables = 2 + int(h % 2);
    h /= 2;
    for (int i = 0; i < syllables; ++i) {
        word += QLatin1StringView(consonants[h % 16]);
        h /= 16;
        word += QLatin1StringView(vowels[h % 8]);
        h /= 8;
    }
    return word;
}

QString SyntheticDataset::chineseName(int company)
{
    const QString &characters = chineseCharacters();
    const qsizetype n = characters.size();
    return QString(characters.at(company % n)) + characters.at((company / n + company * 7) % n)
        + chineseSuffixes().at(company % chineseSuffixes().size()) + QString::number(company);
}

QString SyntheticDataset::englishName(int company)
{
    QString first = englishWord(company * 3 + 1);
    first[0] = first.at(0).toUpper();
    return first + u' ' + englishSuffixes().at(company % englishSuffixes().size()) + u' ' + QString::number(company);
}

QString SyntheticDataset::companyId(int company)
{
    return u"synth-%1"_s.arg(company, 5, 10, QLatin1Char('0'));
}

bool SyntheticDataset::writeShipped(const QString &path, QString *error) const
{
    QFile::remove(path);
    ScopedConnection connection(path);
    QSqlDatabase db = connection.db();
    if (!db.isOpen()) {
        if (error)
            *error = tr("Cannot create %1.").arg(path);
        return false;
    }
    if (!Schema::create(db, error))
        return false;
    QSqlQuery query(db);
    query.exec(u"PRAGMA journal_mode = OFF"_s);
    query.exec(u"PRAGMA synchronous = OFF"_s);
    // The indexes take random inserts: keep them in memory rather than spilling pages.
    query.exec(u"PRAGMA cache_size = -400000"_s);
    db.transaction();
    Generator generator(m_size.seed);

    query.prepare(u"INSERT INTO metrics (key, unit, label_zh, label_en) VALUES (?, ?, ?, ?)"_s);
    for (const Metric &metric : metrics) {
        query.addBindValue(QString::fromLatin1(metric.key));
        query.addBindValue(QString::fromLatin1(metric.unit));
        query.addBindValue(QString::fromUtf16(metric.labelZh));
        query.addBindValue(QString::fromLatin1(metric.labelEn));
        if (!query.exec())
            return fail(error, query, u"metrics"_s);
    }

    QSqlQuery alias(db);
    alias.prepare(u"INSERT INTO aliases (company_id, text, lang, kind) VALUES (?, ?, ?, 'short')"_s);
    query.prepare(u"INSERT INTO companies (id, name_zh, name_en, grp, description_zh, description_en, sort_order) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (int c = 0; c < m_size.companies; ++c) {
        query.addBindValue(companyId(c));
        query.addBindValue(chineseName(c));
        query.addBindValue(englishName(c));
        query.addBindValue(QString::fromLatin1(groups[size_t(c % int(groups.size()))]));
        query.addBindValue(generator.chineseText(30));
        query.addBindValue(generator.englishText(12));
        query.addBindValue(c);
        if (!query.exec())
            return fail(error, query, u"companies"_s);
        alias.addBindValue(companyId(c));
        alias.addBindValue(englishWord(c * 5 + 2));
        alias.addBindValue(u"en"_s);
        if (!alias.exec())
            return fail(error, alias, u"aliases"_s);
    }

    query.prepare(
        u"INSERT INTO articles (key, title_zh, title_en, outlet_en, published, languages) VALUES (?, ?, ?, ?, ?, 'en,zh')"_s);
    for (int a = 0; a < m_size.articles; ++a) {
        const char *precision = nullptr;
        query.addBindValue(articleKey(a));
        query.addBindValue(generator.chineseText(14));
        query.addBindValue(generator.englishText(8));
        query.addBindValue(u"Synthetic Outlet"_s);
        query.addBindValue(generator.isoDate(&precision));
        if (!query.exec())
            return fail(error, query, u"articles"_s);
    }

    QSqlQuery citation(db);
    citation.prepare(
        u"INSERT INTO citations (observation_id, article_key, lang, paragraph, printed) VALUES (?, ?, ?, ?, ?)"_s);
    query.prepare(
        u"INSERT INTO observations (id, company_id, metric_key, value, value_high, currency, as_of, as_of_precision, "
        "qualifier, status, derivation, note_zh, note_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''))"_s);
    for (int o = 1; o <= m_size.observations; ++o) {
        const Metric &metric = metrics[size_t(generator.below(int(metrics.size())))];
        const QString qualifier = QString::fromLatin1(qualifiers[size_t(generator.below(int(qualifiers.size())))]);
        const QString status = QString::fromLatin1(statuses[size_t(generator.below(int(statuses.size())))]);
        const double value = std::round(std::pow(10.0, 1.0 + 9.0 * generator.unit()));
        const char *precision = nullptr;
        const QString asOf = generator.isoDate(&precision);
        const bool noted = generator.below(10) == 0;
        query.addBindValue(o);
        query.addBindValue(companyId(generator.below(m_size.companies)));
        query.addBindValue(QString::fromLatin1(metric.key));
        query.addBindValue(value);
        query.addBindValue(qualifier == "range"_L1 ? QVariant(value * 1.5) : QVariant(QMetaType::fromType<double>()));
        query.addBindValue(qstrcmp(metric.unit, "money") == 0 ? QVariant(o % 2 ? u"CNY"_s : u"USD"_s)
                                                              : QVariant(QMetaType::fromType<QString>()));
        query.addBindValue(asOf);
        query.addBindValue(QString::fromLatin1(precision));
        query.addBindValue(qualifier);
        query.addBindValue(status);
        query.addBindValue(status == "derived"_L1 ? u"sum of two cited rounds"_s : QString());
        query.addBindValue(noted ? generator.chineseText(20) : QString());
        query.addBindValue(noted ? generator.englishText(10) : QString());
        if (!query.exec())
            return fail(error, query, u"observations"_s);
        citation.addBindValue(o);
        citation.addBindValue(articleKey(generator.below(m_size.articles)));
        citation.addBindValue(o % 2 ? u"zh"_s : u"en"_s);
        citation.addBindValue(generator.below(m_size.paragraphsPerLanguage));
        citation.addBindValue(QString::number(value));
        if (!citation.exec())
            return fail(error, citation, u"citations"_s);
    }
    if (!BigramIndex::observationNotes().rebuild(db, error))
        return false;
    if (!db.commit())
        return fail(error, query, u"commit"_s);
    query.exec(u"VACUUM"_s);
    return true;
}

bool SyntheticDataset::writeUserArticles(const QString &dataDir, const QString &shippedPath, QString *error) const
{
    if (QFile::exists(QDir(dataDir).filePath(u"user.sqlite"_s))) {
        if (error)
            *error = tr("%1 already holds a user database.").arg(dataDir);
        return false;
    }
    const auto database = Database::open({dataDir, shippedPath, true}, error);
    if (!database)
        return false;
    QSqlDatabase db = database->connection();
    QSqlQuery query(db);
    query.exec(u"PRAGMA cache_size = -400000"_s);
    db.transaction();
    Generator generator(m_size.seed + 1);
    QSqlQuery paragraph(db);
    paragraph.prepare(u"INSERT INTO main.paragraphs (article_id, lang, idx, kind, text) VALUES (?, ?, ?, ?, ?)"_s);
    QSqlQuery bead(db);
    bead.prepare(u"INSERT INTO main.alignments (article_id, bead, zh_first, zh_count, en_first, en_count, confidence) "
                 "VALUES (?, ?, ?, 1, ?, 1, 0.99)"_s);
    query.prepare(
        u"INSERT INTO main.imported_articles (id, article_key, title, title_zh, title_en, languages, fingerprint, "
        "source_path, encoding) VALUES (?, ?, ?, ?, ?, 'en,zh', ?, ?, 'UTF-8')"_s);
    for (int a = 0; a < m_size.articles; ++a) {
        const QString titleZh = generator.chineseText(14);
        const QString titleEn = generator.englishText(8);
        query.addBindValue(a + 1);
        query.addBindValue(articleKey(a));
        query.addBindValue(titleEn);
        query.addBindValue(titleZh);
        query.addBindValue(titleEn);
        query.addBindValue(u"%1"_s.arg(a, 64, 16, QLatin1Char('0')));
        query.addBindValue(u"/synthetic/%1.txt"_s.arg(articleKey(a)));
        if (!query.exec())
            return fail(error, query, u"imported_articles"_s);
        for (int i = 0; i < m_size.paragraphsPerLanguage; ++i) {
            // Paragraphs name companies, as articles do: searches for a name find a few.
            const int company = generator.below(m_size.companies);
            const QString kind = i == 0 ? u"title"_s : u"body"_s;
            const QString zh = i == 0
                ? titleZh
                : generator.chineseText(40 + generator.below(110)) + chineseName(company) + generator.chineseText(20);
            const QString en = i == 0 ? titleEn
                                      : generator.englishText(20 + generator.below(60)) + u' ' + englishName(company)
                    + u' ' + generator.englishText(10);
            for (const auto &[lang, text] : {std::pair{u"zh"_s, zh}, std::pair{u"en"_s, en}}) {
                paragraph.addBindValue(a + 1);
                paragraph.addBindValue(lang);
                paragraph.addBindValue(i);
                paragraph.addBindValue(kind);
                paragraph.addBindValue(text);
                if (!paragraph.exec())
                    return fail(error, paragraph, u"paragraphs"_s);
                if (!BigramIndex::paragraphs().add(db, paragraph.lastInsertId().toLongLong(), text, error))
                    return false;
            }
            bead.addBindValue(a + 1);
            bead.addBindValue(i);
            bead.addBindValue(i);
            bead.addBindValue(i);
            if (!bead.exec())
                return fail(error, bead, u"alignments"_s);
        }
    }
    if (!db.commit())
        return fail(error, query, u"commit"_s);
    return true;
}

} // namespace tigerscope
