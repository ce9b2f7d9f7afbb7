#include "AlignedParagraphModel.h"

#include "AlignmentStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

AlignedParagraphModel::AlignedParagraphModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString AlignedParagraphModel::otherLanguage(const QString &lang)
{
    return lang == "zh"_L1 ? u"en"_s : u"zh"_s;
}

void AlignedParagraphModel::load(qint64 articleId, Database &database)
{
    const QList<StoredParagraph> zh = ArticleStore::paragraphs(articleId, u"zh"_s, database);
    const QList<StoredParagraph> en = ArticleStore::paragraphs(articleId, u"en"_s, database);
    setContent(zh, en, AlignmentStore::load(articleId, database));
    m_articleId = articleId;
}

void AlignedParagraphModel::clear()
{
    setContent({}, {}, {});
}

void AlignedParagraphModel::buildRows(const Alignment &alignment)
{
    m_rows.clear();
    const auto zhCount = int(m_zh.size());
    const auto enCount = int(m_en.size());
    if (alignment.covers(zhCount, enCount)) {
        for (const AlignmentBead &bead : alignment.beads)
            m_rows.append({bead.zh, bead.en, bead.confidence, bead.confirmed});
    } else {
        // No usable alignment: each paragraph alone, the two languages merged by relative position.
        int zh = 0;
        int en = 0;
        while (zh < zhCount || en < enCount) {
            const bool takeZh = en >= enCount || (zh < zhCount && double(zh) / zhCount <= double(en) / enCount);
            if (takeZh)
                m_rows.append({{zh++}, {}, 0.0, false});
            else
                m_rows.append({{}, {en++}, 0.0, false});
        }
    }
    m_zhRow = QList<int>(zhCount, -1);
    m_enRow = QList<int>(enCount, -1);
    for (int r = 0; r < m_rows.size(); ++r) {
        for (int i : std::as_const(m_rows.at(r).zh))
            m_zhRow[i] = r;
        for (int i : std::as_const(m_rows.at(r).en))
            m_enRow[i] = r;
    }
}

void AlignedParagraphModel::setContent(const QList<StoredParagraph> &zh, const QList<StoredParagraph> &en,
                                       const Alignment &alignment)
{
    beginResetModel();
    m_articleId = -1;
    m_zh = zh;
    m_en = en;
    buildRows(alignment);
    endResetModel();
}

int AlignedParagraphModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlignedParagraphModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlignedParagraphModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReaderRow &r = m_rows.at(index.row());
    const bool chinese = index.column() == ChineseColumn;
    const QList<int> &indexes = chinese ? r.zh : r.en;
    const QList<StoredParagraph> &paragraphs = chinese ? m_zh : m_en;
    switch (role) {
    case Qt::DisplayRole: {
        QStringList texts;
        for (int i : indexes)
            texts << paragraphs.at(i).text;
        return texts.join(u"\n\n"_s);
    }
    case Qt::ToolTipRole:
        if (!r.isPair())
            return tr("Present in one language only");
        return r.confirmed ? tr("Aligned, confirmed by hand") : confidenceText(r.confidence);
    case ParagraphIndexesRole: return QVariant::fromValue(indexes);
    case KindsRole: {
        QStringList kinds;
        for (int i : indexes)
            kinds << toString(paragraphs.at(i).kind);
        return kinds;
    }
    case ConfidenceRole: return r.confidence;
    case PairedRole: return r.isPair();
    case LanguageRole: return chinese ? u"zh"_s : u"en"_s;
    case UncertainRole: return r.isUncertain();
    default: return {};
    }
}

QVariant AlignedParagraphModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ChineseColumn: return tr("Chinese");
    case EnglishColumn: return tr("English");
    default: return {};
    }
}

const QList<StoredParagraph> &AlignedParagraphModel::paragraphs(const QString &lang) const
{
    return lang == "zh"_L1 ? m_zh : m_en;
}

StoredParagraph AlignedParagraphModel::paragraph(const QString &lang, int index) const
{
    const QList<StoredParagraph> &list = paragraphs(lang);
    if (index < 0 || index >= list.size())
        return {lang, -1, ParagraphKind::Body, {}};
    return list.at(index);
}

int AlignedParagraphModel::rowOf(const QString &lang, int index) const
{
    const QList<int> &rows = lang == "zh"_L1 ? m_zhRow : m_enRow;
    return index >= 0 && index < rows.size() ? rows.at(index) : -1;
}

QList<int> AlignedParagraphModel::counterparts(const QString &lang, int index) const
{
    const int r = rowOf(lang, index);
    if (r < 0)
        return {};
    return lang == "zh"_L1 ? m_rows.at(r).en : m_rows.at(r).zh;
}

int AlignedParagraphModel::pairedCount(const QString &lang) const
{
    int count = 0;
    for (const ReaderRow &r : m_rows) {
        if (r.isPair())
            count += int(lang == "zh"_L1 ? r.zh.size() : r.en.size());
    }
    return count;
}

QString AlignedParagraphModel::coverageLanguage() const
{
    if (m_zh.isEmpty())
        return u"en"_s;
    if (m_en.isEmpty())
        return u"zh"_s;
    return m_zh.size() <= m_en.size() ? u"zh"_s : u"en"_s;
}

int AlignedParagraphModel::uncertainCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const ReaderRow &r) { return r.isUncertain(); }));
}

QString AlignedParagraphModel::coverageText() const
{
    const QString lang = coverageLanguage();
    const QString aligned = tr("%1/%2 ¶ aligned").arg(pairedCount(lang)).arg(paragraphs(lang).size());
    const int uncertain = uncertainCount();
    return uncertain == 0 ? aligned : tr("%1 · %n uncertain", nullptr, uncertain).arg(aligned);
}

QString AlignedParagraphModel::confidenceText(double confidence)
{
    return tr("Aligned, confidence %1%").arg(qRound(confidence * 100));
}

Alignment AlignedParagraphModel::alignment() const
{
    Alignment alignment;
    for (const ReaderRow &r : m_rows)
        alignment.beads.append({r.zh, r.en, r.confidence, r.confirmed});
    return alignment;
}

} // namespace tigerscope
