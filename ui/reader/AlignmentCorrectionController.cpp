#include "AlignmentCorrectionController.h"

#include "AlignedParagraphModel.h"
#include "AlignmentCorrector.h"
#include "AlignmentStore.h"
#include "Database.h"
#include "ParagraphView.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QUndoCommand>
#include <QUndoStack>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

using Correction = AlignmentCorrectionController::Correction;

/// A paragraph to select after a command: the bead holding it is the one being worked on.
struct Focus
{
    QString lang;
    int index = -1;
};

Focus firstParagraphOf(const AlignmentBead &bead)
{
    if (!bead.zh.isEmpty())
        return {u"zh"_s, bead.zh.constFirst()};
    if (!bead.en.isEmpty())
        return {u"en"_s, bead.en.constFirst()};
    return {};
}

/// One correction of one article's alignment, from before to after.
class CorrectionCommand : public QUndoCommand
{
public:
    CorrectionCommand(AlignmentCorrectionController &controller, qint64 articleId, Alignment before, Alignment after,
                      Focus beforeFocus, Focus afterFocus, const QString &text)
        : QUndoCommand(text)
        , m_controller(controller)
        , m_articleId(articleId)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_beforeFocus(std::move(beforeFocus))
        , m_afterFocus(std::move(afterFocus))
    {}

    void redo() override { m_controller.apply(m_articleId, m_after, m_afterFocus.lang, m_afterFocus.index); }
    void undo() override { m_controller.apply(m_articleId, m_before, m_beforeFocus.lang, m_beforeFocus.index); }

private:
    AlignmentCorrectionController &m_controller;
    qint64 m_articleId;
    Alignment m_before;
    Alignment m_after;
    Focus m_beforeFocus;
    Focus m_afterFocus;
};

} // namespace

AlignmentCorrectionController::AlignmentCorrectionController(Database &database, AlignedParagraphModel &model,
                                                             ParagraphView &view, QWidget &shortcutScope)
    : QObject(&shortcutScope)
    , m_database(database)
    , m_undoStack(new QUndoStack(this))
    , m_model(model)
    , m_view(view)
    , m_menu(new QMenu(&shortcutScope))
{
    m_menu->setObjectName(u"alignmentMenu"_s);
    auto add = [&](const QKeySequence &shortcut, auto slot) {
        QAction *action = m_menu->addAction(QString());
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        shortcutScope.addAction(action);
        return action;
    };
    auto addCorrection = [&](Correction correction, const QKeySequence &shortcut) {
        m_actions.insert(correction, add(shortcut, [this, correction] { correct(correction); }));
    };
    m_nextUncertain = add(QKeySequence(Qt::Key_F8), [this] { goToNextUncertain(); });
    addCorrection(Correction::Confirm, QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_menu->addSeparator();
    addCorrection(Correction::MergeWithNext, QKeySequence(Qt::CTRL | Qt::Key_M));
    addCorrection(Correction::SplitFirst, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_M));
    addCorrection(Correction::ShiftChineseUp, QKeySequence(Qt::ALT | Qt::Key_Up));
    addCorrection(Correction::ShiftChineseDown, QKeySequence(Qt::ALT | Qt::Key_Down));
    addCorrection(Correction::ShiftEnglishUp, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Up));
    addCorrection(Correction::ShiftEnglishDown, QKeySequence(Qt::ALT | Qt::SHIFT | Qt::Key_Down));
    addCorrection(Correction::NoCounterpart, QKeySequence(Qt::CTRL | Qt::Key_Backspace));
    m_menu->addSeparator();
    addCorrection(Correction::AlignRest, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_R));
    m_menu->addSeparator();
    m_undo = m_undoStack->createUndoAction(m_menu);
    m_redo = m_undoStack->createRedoAction(m_menu);
    m_menu->addActions({m_undo, m_redo});
    m_view.installEventFilter(this);
    retranslate();
    setAvailable(false);
}

bool AlignmentCorrectionController::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo) && m_undoStack->canUndo();
        const bool redo = key->matches(QKeySequence::Redo) && m_undoStack->canRedo();
        if (undo || redo) {
            event->accept();
            if (event->type() == QEvent::KeyPress)
                undo ? m_undoStack->undo() : m_undoStack->redo();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

void AlignmentCorrectionController::retranslate()
{
    m_menu->setTitle(tr("Alignment"));
    m_nextUncertain->setText(tr("Next Uncertain Bead"));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setText(commandText(it.key()));
}

QString AlignmentCorrectionController::commandText(Correction correction) const
{
    switch (correction) {
    case Correction::MergeWithNext: return tr("Merge with Next Bead");
    case Correction::SplitFirst: return tr("Split Bead");
    case Correction::ShiftChineseUp: return tr("Move Chinese Paragraph to Bead Above");
    case Correction::ShiftChineseDown: return tr("Move Chinese Paragraph to Bead Below");
    case Correction::ShiftEnglishUp: return tr("Move English Paragraph to Bead Above");
    case Correction::ShiftEnglishDown: return tr("Move English Paragraph to Bead Below");
    case Correction::NoCounterpart: return tr("No Counterpart");
    case Correction::Confirm: return tr("Confirm Bead");
    case Correction::AlignRest: return tr("Re-align the Rest");
    }
    return {};
}

void AlignmentCorrectionController::setAvailable(bool available)
{
    m_available = available;
    m_nextUncertain->setEnabled(available);
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(available);
}

int AlignmentCorrectionController::currentBead() const
{
    const ParagraphRange selected = m_view.selectedParagraph();
    return selected.index < 0 ? -1 : m_model.rowOf(selected.lang, selected.index);
}

bool AlignmentCorrectionController::correct(Correction correction)
{
    const qint64 articleId = m_model.articleId();
    const int bead = currentBead();
    if (articleId < 0 || !m_available || (bead < 0 && correction != Correction::AlignRest))
        return false;
    const Alignment before = m_model.alignment();
    const ParagraphRange selected = m_view.selectedParagraph();
    const Focus beforeFocus{selected.lang, selected.index};
    Focus afterFocus = beforeFocus;
    bool applied = false;
    Alignment after;
    using Side = AlignmentCorrector::Side;
    auto shift = [&](bool up, Side side) {
        const AlignmentBead &from = before.beads.at(bead);
        const QList<int> &paragraphs = side == Side::Chinese ? from.zh : from.en;
        if (!paragraphs.isEmpty())
            afterFocus
                = {side == Side::Chinese ? u"zh"_s : u"en"_s, up ? paragraphs.constFirst() : paragraphs.constLast()};
        return up ? AlignmentCorrector::shiftUp(before, bead, side, &applied)
                  : AlignmentCorrector::shiftDown(before, bead, side, &applied);
    };
    switch (correction) {
    case Correction::MergeWithNext:
        after = AlignmentCorrector::mergeWithNext(before, bead, &applied);
        afterFocus = firstParagraphOf(before.beads.at(bead));
        break;
    case Correction::SplitFirst:
        after = AlignmentCorrector::splitFirst(before, bead, &applied);
        afterFocus = firstParagraphOf(before.beads.at(bead));
        break;
    case Correction::ShiftChineseUp: after = shift(true, Side::Chinese); break;
    case Correction::ShiftChineseDown: after = shift(false, Side::Chinese); break;
    case Correction::ShiftEnglishUp: after = shift(true, Side::English); break;
    case Correction::ShiftEnglishDown: after = shift(false, Side::English); break;
    case Correction::NoCounterpart: after = AlignmentCorrector::markNoCounterpart(before, bead, &applied); break;
    case Correction::Confirm: after = AlignmentCorrector::confirm(before, bead, &applied); break;
    case Correction::AlignRest:
        after = AlignmentStore::alignRest(articleId, before, m_database);
        applied = true;
        break;
    }
    if (!applied)
        return false;
    m_undoStack->push(
        new CorrectionCommand(*this, articleId, before, after, beforeFocus, afterFocus, commandText(correction)));
    return true;
}

bool AlignmentCorrectionController::goToNextUncertain()
{
    const Alignment alignment = m_model.alignment();
    const int bead = AlignmentCorrector::nextUncertain(alignment, currentBead(), AlignmentBead::UncertainBelow);
    if (bead < 0 || !m_available)
        return false;
    const Focus focus = firstParagraphOf(alignment.beads.at(bead));
    m_view.scrollToParagraph(focus.lang, focus.index);
    return true;
}

void AlignmentCorrectionController::apply(qint64 articleId, const Alignment &alignment, const QString &lang, int index)
{
    QString error;
    if (!AlignmentStore::saveCorrected(articleId, alignment, m_database, &error)) {
        Q_EMIT failed(error);
        return;
    }
    if (m_model.articleId() != articleId)
        return;
    m_model.load(articleId, m_database);
    Q_EMIT alignmentChanged();
    if (index >= 0)
        m_view.scrollToParagraph(lang, index);
}

} // namespace tigerscope
