#include "ArticleLibraryModel.h"

#include "ArticleRepository.h"
#include "ColumnHeadings.h"
#include "Database.h"
#include "DateFormatter.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

ArticleLibraryModel::ArticleLibraryModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
{
    reload();
}

void ArticleLibraryModel::reload()
{
    beginResetModel();
    m_articles = ArticleStore::listArticles(m_database);
    m_outlets.clear();
    const ArticleRepository repository(m_database.connection());
    for (const StoredArticle &article : std::as_const(m_articles)) {
        if (article.articleKey.isEmpty())
            continue;
        const ArticleRecord record = repository.article(article.articleKey);
        m_outlets.insert(article.articleKey, {record.outletZh, record.outletEn});
    }
    endResetModel();
}

void ArticleLibraryModel::setLanguage(Language language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_articles.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ArticleLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_articles.size());
}

int ArticleLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ArticleLibraryModel::rowOf(qint64 articleId) const
{
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        if (m_articles.at(i).id == articleId)
            return int(i);
    }
    return -1;
}

QString ArticleLibraryModel::title(const StoredArticle &article) const
{
    const QString preferred = m_language == Language::Chinese ? article.titleZh : article.titleEn;
    return preferred.isEmpty() ? article.title : preferred;
}

QString ArticleLibraryModel::outlet(const StoredArticle &article) const
{
    const auto known = m_outlets.value(article.articleKey);
    const QString preferred = m_language == Language::Chinese ? known.first : known.second;
    if (!preferred.isEmpty())
        return preferred;
    return article.outlet.isEmpty() ? (known.first.isEmpty() ? known.second : known.first) : article.outlet;
}

QVariant ArticleLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredArticle &article = m_articles.at(index.row());
    if (role == ArticleIdRole)
        return article.id;
    if (role == ArticleKeyRole)
        return article.articleKey;
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return article.sourcePath;
    if (role == SummaryRole) {
        QStringList parts;
        for (int column : {OutletColumn, PublishedColumn, LanguagesColumn}) {
            const QString text = data(this->index(index.row(), column)).toString();
            if (!text.isEmpty())
                parts << text;
        }
        parts << tr("imported %1").arg(data(this->index(index.row(), ImportedColumn)).toString());
        return parts.join(u" · "_s);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn: return title(article);
    case OutletColumn: return outlet(article);
    case PublishedColumn:
        return article.published.isValid() ? DateFormatter::format(article.published, DatePrecision::Day, m_language)
                                           : DateFormatter::notGiven(m_language);
    case LanguagesColumn: {
        QStringList names;
        if (article.languages.contains(u"zh"_s))
            names << tr("Chinese");
        if (article.languages.contains(u"en"_s))
            names << tr("English");
        return names.join(u" · "_s);
    }
    case ImportedColumn: return DateFormatter::format(article.importedAt, u"day"_s, m_language);
    default: return {};
    }
}

QVariant ArticleLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr const char *Titles[ColumnCount]
        = {QT_TR_NOOP("Title"), QT_TR_NOOP("Outlet"), QT_TR_NOOP("Published"), QT_TR_NOOP("Languages"),
           QT_TR_NOOP("Imported")};
    return columnHeading(*this, Titles, section, orientation, role);
}

} // namespace tigerscope
