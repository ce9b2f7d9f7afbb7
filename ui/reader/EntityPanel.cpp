#include "EntityPanel.h"

#include "AlignedParagraphModel.h"
#include "EntityLexicon.h"

#include <QHeaderView>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {
constexpr int EntityRole = Qt::UserRole + 1;
}

EntityPanel::EntityPanel(const EntityLexicon &lexicon, QWidget *parent)
    : QTreeWidget(parent)
    , m_lexicon(lexicon)
{
    setObjectName(u"entityPanel"_s);
    setRootIsDecorated(false);
    setColumnCount(3);
    setSortingEnabled(false);
    // Chinese and Latin names have different line heights.
    setUniformRowHeights(false);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const int entity = item->data(0, EntityRole).toInt();
        if (entity >= 0 && entity < m_lexicon.entities().size()
            && m_lexicon.entities().at(entity).kind == Entity::Kind::Company)
            Q_EMIT companyActivated(m_lexicon.entities().at(entity).id);
    });
    retranslate();
}

void EntityPanel::retranslate()
{
    // Short headers leave the width to the names; the tooltips say what the counts are.
    setHeaderLabels({tr("Mentioned"), tr("中"), tr("EN")});
    headerItem()->setToolTip(1, tr("Mentions in the Chinese text"));
    headerItem()->setToolTip(2, tr("Mentions in the English text"));
    setToolTip(tr("Companies and people the article names, with how often in each language. "
                  "Activate a company to open its page."));
}

void EntityPanel::count(const AlignedParagraphModel &model, Language language)
{
    clear();
    QMap<int, std::pair<int, int>> counts; // entity → (Chinese, English)
    for (const QString &lang : {u"zh"_s, u"en"_s}) {
        for (const StoredParagraph &paragraph : model.paragraphs(lang)) {
            for (const EntityMention &mention : m_lexicon.find(paragraph.text)) {
                auto &pair = counts[mention.entity];
                (lang == "zh"_L1 ? pair.first : pair.second) += 1;
            }
        }
    }
    QList<QTreeWidgetItem *> items;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const Entity &entity = m_lexicon.entities().at(it.key());
        const QString primary
            = language == Language::Chinese && !entity.nameZh.isEmpty() ? entity.nameZh : entity.nameEn;
        const QString secondary = primary == entity.nameZh ? entity.nameEn : entity.nameZh;
        auto *item = new QTreeWidgetItem;
        item->setText(0, primary);
        item->setText(1, QString::number(it.value().first));
        item->setText(2, QString::number(it.value().second));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, EntityRole, it.key());
        const QString names
            = secondary.isEmpty() || secondary == primary ? primary : u"%1 · %2"_s.arg(primary, secondary);
        item->setToolTip(
            0,
            names + u'\n'
                + (entity.kind == Entity::Kind::Company ? tr("Company — activate to open its page") : tr("Person")));
        if (entity.kind == Entity::Kind::Person) {
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
        }
        items << item;
    }
    std::stable_sort(items.begin(), items.end(), [](QTreeWidgetItem *a, QTreeWidgetItem *b) {
        return a->text(1).toInt() + a->text(2).toInt() > b->text(1).toInt() + b->text(2).toInt();
    });
    addTopLevelItems(items);
}

} // namespace tigerscope
