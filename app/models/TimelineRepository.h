#pragma once

#include "Language.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// One event as the timeline draws it.
struct TimelineEvent
{
    qint64 id = -1;
    QString companyId;
    QString companyName;
    QDate start;       ///< first day of the period; invalid: the sources give no date
    QDate end;         ///< last day drawn (= start for a day): the period's, or the reporting article's date if earlier
    QString precision; ///< day / month / quarter / year; empty when undated
    QString kind;
    QString summary;
    QString dateText; ///< the date at its precision, in the language, or "date not given"

    bool isDated() const { return start.isValid(); }
};

/// What the timeline reads from the database views.
class TimelineRepository
{
public:
    explicit TimelineRepository(QSqlDatabase db);

    /// The events of a company and of a kind (every one when empty), dated and undated.
    QList<TimelineEvent> events(const QString &companyId, const QString &kind, Language language) const;
    /// A company's name in the language; the id when unknown.
    QString companyName(const QString &companyId, Language language) const;
    /// A person's name in the language (the English one where no Chinese is given); empty when unknown.
    QString personName(const QString &personId, Language language) const;

private:
    QSqlDatabase m_db;
};

} // namespace tigerscope
