#include "LandscapeTableModel.h"

#include "ChartCatalogue.h"
#include "Labels.h"
#include "NameCollation.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

namespace tigerscope {

LandscapeTableModel::LandscapeTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
    reload();
}

void LandscapeTableModel::setLanguage(Language language)
{
    m_language = language;
    reload();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void LandscapeTableModel::reload()
{
    beginResetModel();
    m_rows = LandscapeRepository(m_db).load(m_language);
    endResetModel();
}

QString LandscapeTableModel::companyId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).companyId : QString();
}

QString LandscapeTableModel::rowSources(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    QStringList sources;
    for (const LandscapeCell &cell : m_rows.at(row).cells) {
        const QString text = cell.isEmpty() ? QString() : source(cell.citationKey);
        if (!text.isEmpty() && !sources.contains(text))
            sources.append(text);
    }
    return sources.join(u"; "_s);
}

int LandscapeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LandscapeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const LandscapeCell *LandscapeTableModel::cell(const QModelIndex &index) const
{
    if (index.column() < FirstAspectColumn)
        return nullptr;
    return &m_rows.at(index.row()).cells.at(index.column() - FirstAspectColumn);
}

QString LandscapeTableModel::source(const QString &citationKey) const
{
    const ChartCatalogue catalogue(m_db);
    return catalogue.reference(catalogue.citation(citationKey, m_language), m_language);
}

QVariant LandscapeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LandscapeRow &row = m_rows.at(index.row());
    if (role == CompanyIdRole)
        return row.companyId;
    if (index.column() == CompanyColumn || index.column() == GroupColumn) {
        const bool chinese = m_language == Language::Chinese;
        const QString name = chinese ? row.nameZh : row.nameEn;
        switch (role) {
        case Qt::DisplayRole: return index.column() == CompanyColumn ? name : Labels::group(row.group);
        case SortRole: return NameCollation::sortKey(index.column() == CompanyColumn ? name : Labels::group(row.group));
        case Qt::ToolTipRole:
            return index.column() == CompanyColumn
                ? tr("%1 (%2): click to open its page").arg(name, chinese ? row.nameEn : row.nameZh)
                : QVariant();
        default: return {};
        }
    }
    const LandscapeCell *c = cell(index);
    switch (role) {
    case Qt::DisplayRole:
        if (c->isEmpty())
            return tr("not given");
        return c->userFigure ? tr("%1 (your figure)").arg(c->text) : c->text;
    case SortRole:
        // "Not given" sorts after every value whichever way the column is sorted by the text.
        return c->isEmpty() ? QVariant() : c->sortValue;
    case CitationKeyRole: return c->citationKey;
    case UserFigureRole: return c->userFigure;
    case Qt::ForegroundRole: return c->isEmpty() ? QVariant(QColor(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (c->derived || c->userFigure) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole: {
        if (c->isEmpty())
            return tr("The sources say nothing on this.");
        QStringList lines{c->text.toHtmlEscaped()};
        if (c->derived)
            lines << tr("Derived (calculated) from the cited figures.");
        if (c->userFigure)
            lines << tr("Your own figure.");
        for (const QString &more : c->more) {
            if (more != c->text)
                lines << u"• "_s + more.toHtmlEscaped();
        }
        lines << tr("Source: %1").arg(source(c->citationKey).toHtmlEscaped());
        lines << tr("Click to read the source.");
        return u"<p>"_s + lines.join(u"<br>"_s) + u"</p>"_s;
    }
    default: return {};
    }
}

QVariant LandscapeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CompanyColumn: return tr("Company");
    case GroupColumn: return tr("Group");
    default: break;
    }
    switch (LandscapeAspect(section - FirstAspectColumn)) {
    case LandscapeAspect::Financing: return tr("Latest financing");
    case LandscapeAspect::Valuation: return tr("Valuation");
    case LandscapeAspect::Users: return tr("Users / DAU");
    case LandscapeAspect::Customers: return tr("B-end / C-end");
    case LandscapeAspect::OpenSource: return tr("Open / closed");
    case LandscapeAspect::StrategicMove: return tr("Strategic move");
    case LandscapeAspect::Departures: return tr("Executive departures (last year)");
    case LandscapeAspect::DeepSeekAdoption: return tr("DeepSeek adoption");
    }
    return {};
}

} // namespace tigerscope
