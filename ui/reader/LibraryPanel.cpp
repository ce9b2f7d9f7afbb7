#include "LibraryPanel.h"

#include "ArticleLibraryModel.h"
#include "ButtonRow.h"
#include "TextAndToolTip.h"

#include <QApplication>
#include <QItemSelectionModel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

/// Two lines per article: the title in bold, then what the library's other columns say, muted.
class LibraryItemDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {option.rect.width(), 2 * option.fontMetrics.height() + 3 * Padding};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem background = option;
        initStyleOption(&background, index);
        background.text.clear();
        QStyle *style = option.widget ? option.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

        const bool selected = option.state & QStyle::State_Selected;
        const QPalette::ColorRole role = selected ? QPalette::HighlightedText : QPalette::Text;
        const QRect area = option.rect.adjusted(Padding * 2, Padding, -Padding * 2, -Padding);
        const int line = option.fontMetrics.height();
        painter->save();
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(option.palette.color(QPalette::Active, role));
        const QString title = index.data(Qt::DisplayRole).toString();
        painter->drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(bold).elidedText(title, Qt::ElideRight, area.width()));
        painter->setFont(option.font);
        QColor muted = option.palette.color(QPalette::Active, role);
        if (!selected)
            muted.setAlphaF(0.65f);
        painter->setPen(muted);
        const QString summary = index.data(ArticleLibraryModel::SummaryRole).toString();
        painter->drawText(QRect(area.left(), area.top() + line + Padding, area.width(), line),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(summary, Qt::ElideRight, area.width()));
        painter->restore();
    }

private:
    static constexpr int Padding = 3;
};

} // namespace

LibraryPanel::LibraryPanel(ArticleLibraryModel &model, QWidget *parent)
    : Retranslating(parent)
    , m_model(model)
    , m_view(new QListView(this))
{
    m_view->setObjectName(u"articleLibrary"_s);
    m_view->setModel(&model);
    m_view->setModelColumn(ArticleLibraryModel::TitleColumn);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegate(new LibraryItemDelegate(m_view));
    m_view->setUniformItemSizes(true);

    auto *buttons = new ButtonRow;
    m_import = buttons->add(this, &LibraryPanel::importRequested);
    m_remove = buttons->add(
        this,
        [this] {
            if (selectedArticle() >= 0)
                Q_EMIT removeRequested(selectedArticle());
        },
        u"removeArticle"_s);
    m_remove->setEnabled(false);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_remove->setEnabled(current.isValid());
                if (current.isValid())
                    Q_EMIT articleActivated(m_model.article(current.row()).id);
            });
    connect(&model, &QAbstractItemModel::modelReset, this, [this] { m_remove->setEnabled(selectedArticle() >= 0); });
    retranslate();
}

void LibraryPanel::selectArticle(qint64 articleId)
{
    const QSignalBlocker blocker(m_view->selectionModel());
    const int row = m_model.rowOf(articleId);
    if (row < 0) {
        m_view->clearSelection();
    } else {
        m_view->selectionModel()->setCurrentIndex(m_model.index(row, 0),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_remove->setEnabled(row >= 0);
}

qint64 LibraryPanel::selectedArticle() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model.article(current.row()).id : -1;
}

void LibraryPanel::retranslate()
{
    setTextAndToolTip(m_import, tr("Import…"), tr("Import article files (Ctrl+I)"));
    setTextAndToolTip(m_remove, tr("Remove"), tr("Remove the selected article from your library"));
}

} // namespace tigerscope
