#pragma once

#include "Citation.h"
#include "Language.h"
#include "ObservationRow.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace tigerscope {

/// A citation of a chart point (the domain's citation).
using ChartCitation = CitationRecord;

/// An observation row of all_observations with its date's precision, its company's and metric's names, its notes.
struct ChartObservation : ObservationRow
{
    QString asOfPrecision;
    QString companyEn;
    QString companyZh;
    QString companyGroup;
    QString metricUnit;
    QString metricEn;
    QString metricZh;
    QString derivation;
    QString noteEn;
    QString noteZh;
};

/// An event row of all_events with its company and person.
struct ChartEvent
{
    qint64 id = 0;
    QString companyId;
    QString companyEn;
    QString companyZh;
    QString companyGroup;
    bool companyIsParent = false; ///< another company names it as its parent
    QString personEn;
    QString personZh;
    QString date;
    QString datePrecision;
    QString kind;
    QString summaryEn;
    QString summaryZh;
};

/// An article of all_articles, for the Sources footer and references (the domain's article).
using ChartArticle = ArticleRecord;

/// A company's id and names, for notes naming who has no figures.
struct ChartCompany
{
    QString id;
    QString nameEn;
    QString nameZh;
};

/// Reads what the chart catalogue plots from the database views (all_observations, all_events,
/// all_citations, all_articles), shipped and user rows alike. No figure lives in chart code.
class ChartDataSource
{
public:
    explicit ChartDataSource(QSqlDatabase db);

    QList<ChartObservation> observations(const QStringList &metricKeys) const;
    QList<ChartEvent> events(const QString &kind) const;
    /// Every citation of "obs:<id>" or "event:<id>", those in `language` first, in id order.
    QList<ChartCitation> citations(const QString &citationKey, Language language) const;
    ChartArticle article(const QString &key) const;
    /// Every company of a group ("tiger", "giant", …), once each.
    QList<ChartCompany> companiesInGroup(const QString &group) const;
    QSqlDatabase database() const { return m_db; }

private:
    QSqlDatabase m_db;
};

/// The name in a language, falling back to the other when empty.
QString pickText(Language language, const QString &en, const QString &zh);

} // namespace tigerscope
