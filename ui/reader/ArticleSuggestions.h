#pragma once

#include "FigureSuggestion.h"

#include <QObject>
#include <QSet>

class QWidget;

namespace tigerscope {

class AppContext;

/// The suggested figures and events of the article open in the reader, and what a person does
/// with them: add one (through the figure or event dialog, or at once when a figure is complete),
/// or dismiss it for good.
/// Every addition goes through UserDataController, so it can be undone.
class ArticleSuggestions : public QObject
{
    Q_OBJECT
public:
    ArticleSuggestions(AppContext &context, QObject *parent = nullptr);

    /// Reads the suggestions of an imported article (-1: none).
    void load(qint64 importedArticleId);
    qint64 articleId() const { return m_articleId; }

    /// Every figure of the article, recorded or not.
    const QList<FigureSuggestion> &all() const { return m_all; }
    /// The figures the dataset does not record and the person has not dismissed.
    QList<FigureSuggestion> open() const;
    /// The suggestion printed at (lang, paragraph) overlapping [start, start + length), or null.
    const FigureSuggestion *at(const QString &lang, int paragraph, qsizetype start, qsizetype length = 1) const;
    /// The events the article states with the clearest cues, not dismissed.
    const QList<EventSuggestion> &events() const { return m_events; }

    /// Opens the figure dialog filled in with the suggestion; true once saved.
    bool edit(QWidget *parent, const FigureSuggestion &suggestion);
    /// Saves a complete suggestion (company and metric known) at once, else opens the dialog.
    bool accept(QWidget *parent, const FigureSuggestion &suggestion);
    void dismiss(const FigureSuggestion &suggestion);
    /// Opens the event dialog filled in with the event; true once saved.
    bool addEvent(QWidget *parent, const EventSuggestion &event);
    void dismiss(const EventSuggestion &event);

Q_SIGNALS:
    void changed();

private:
    void reload();
    ObservationRecord recordOf(const FigureSuggestion &suggestion) const;
    /// The key the article is cited by: the dataset's, else a user article made for the import.
    QString citedArticleKey(const QString &datasetKey) const;

    AppContext &m_context;
    qint64 m_articleId = -1;
    QList<FigureSuggestion> m_all;
    QList<EventSuggestion> m_events;
    QSet<QString> m_dismissed;
};

} // namespace tigerscope
