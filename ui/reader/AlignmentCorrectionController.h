#pragma once

#include "Alignment.h"

#include <QHash>
#include <QObject>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace tigerscope {

class AlignedParagraphModel;
class Database;
class ParagraphView;

/// Hand correction of the reader's alignment: the bead of the selected paragraph is merged with the
/// next, split back, has a paragraph shifted to its neighbour, is marked as having no counterpart
/// or confirmed; the rest is aligned again around the confirmed beads; "next uncertain bead"
/// selects the next bead to check. Each correction is a command on the reader's own undo stack
/// (Ctrl+Z, Ctrl+Shift+Z in the text, and the menu), is stored at once
/// (AlignmentStore::saveCorrected) and has a shortcut, so a wrong bead is fixed in two keystrokes:
/// F8 to reach it, then the correction's key.
class AlignmentCorrectionController : public QObject
{
    Q_OBJECT

public:
    enum class Correction {
        MergeWithNext,
        SplitFirst,
        ShiftChineseUp,
        ShiftChineseDown,
        ShiftEnglishUp,
        ShiftEnglishDown,
        NoCounterpart,
        Confirm,
        AlignRest
    };

    /// The actions' shortcuts work while the focus is inside shortcutScope.
    AlignmentCorrectionController(Database &database, AlignedParagraphModel &model, ParagraphView &view,
                                  QWidget &shortcutScope);

    /// The menu of every correction, "next uncertain bead", undo and redo.
    QMenu *menu() const { return m_menu; }
    QAction *action(Correction correction) const { return m_actions.value(correction); }
    QAction *nextUncertainAction() const { return m_nextUncertain; }
    QUndoStack *undoStack() const { return m_undoStack; }

    /// Enables the corrections (a bilingual article shown in both languages) or not.
    void setAvailable(bool available);
    /// The bead of the selected paragraph; -1 when none is selected.
    int currentBead() const;
    /// Applies a correction to the current bead; false when it does not apply.
    bool correct(Correction correction);
    /// Selects the next uncertain bead after the current one; false when there is none.
    bool goToNextUncertain();

    /// Stores alignment as article's and shows it when the article is shown, the paragraph
    /// (lang, index) selected: what the undo commands do.
    void apply(qint64 articleId, const Alignment &alignment, const QString &lang, int index);

    void retranslate();

Q_SIGNALS:
    /// The shown article's alignment changed: the reader lays it out again.
    void alignmentChanged();
    /// A correction could not be stored.
    void failed(const QString &message);

protected:
    /// Ctrl+Z and Ctrl+Shift+Z in the text undo and redo corrections, ahead of the window's Edit
    /// menu, whose stack holds the user's own figures (as a line edit keeps Ctrl+Z for its text).
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString commandText(Correction correction) const;

    Database &m_database;
    QUndoStack *m_undoStack;
    AlignedParagraphModel &m_model;
    ParagraphView &m_view;
    QMenu *m_menu;
    QHash<Correction, QAction *> m_actions;
    QAction *m_nextUncertain;
    QAction *m_undo;
    QAction *m_redo;
    bool m_available = false;
};

} // namespace tigerscope
