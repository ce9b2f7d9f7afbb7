#include "LandscapeRepository.h"

#include "DateFormatter.h"
#include "LatestFigures.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

struct LandscapeText
{
    Q_DECLARE_TR_FUNCTIONS(LandscapeRepository)
};

struct EventRow
{
    qint64 id = -1;
    QString companyId;
    QString kind;
    QString date;
    QString precision;
    QString summary;
    bool user = false;
};

QString figureText(const LatestFigure &figure, Language language)
{
    QString text = figure.display(language, true);
    if (!figure.asOf.isEmpty())
        text += u" ("_s + DateFormatter::format(figure.asOf, figure.precision, language) + u')';
    return text;
}

LandscapeCell figureCell(const LatestFigure &figure, Language language)
{
    LandscapeCell cell;
    cell.text = figureText(figure, language);
    cell.citationKey = u"obs:%1"_s.arg(figure.id);
    cell.sortValue = figure.value;
    cell.userFigure = figure.origin == "user"_L1;
    cell.derived = figure.status == "derived"_L1;
    return cell;
}

/// The later of two figures, by as-of date (an undated one loses to a dated one).
const LatestFigure *later(const LatestFigure *a, const LatestFigure *b)
{
    if (!a)
        return b;
    if (!b)
        return a;
    if (a->asOf.isEmpty() != b->asOf.isEmpty())
        return a->asOf.isEmpty() ? b : a;
    return b->asOf > a->asOf ? b : a;
}

/// A stance from a positioning figure: its sign says which side, never how far.
LandscapeCell stanceCell(const LatestFigure &figure, const QString &positive, const QString &negative,
                         const QString &balanced)
{
    LandscapeCell cell;
    cell.text = figure.value > 0 ? positive : figure.value < 0 ? negative : balanced;
    cell.citationKey = u"obs:%1"_s.arg(figure.id);
    cell.sortValue = figure.value;
    cell.userFigure = figure.origin == "user"_L1;
    cell.derived = figure.status == "derived"_L1;
    return cell;
}

LandscapeCell eventCell(const EventRow &event, Language language)
{
    LandscapeCell cell;
    cell.text = event.summary;
    if (!event.date.isEmpty())
        cell.text = DateFormatter::format(event.date, event.precision, language) + u": "_s + cell.text;
    cell.citationKey = u"event:%1"_s.arg(event.id);
    cell.sortValue = event.date.isEmpty() ? QVariant(event.summary) : QVariant(event.date);
    cell.userFigure = event.user;
    return cell;
}

/// Newest dated first, then the undated in dataset order.
void sortNewestFirst(QList<EventRow> &events)
{
    std::stable_sort(events.begin(), events.end(), [](const EventRow &a, const EventRow &b) {
        if (a.date.isEmpty() != b.date.isEmpty())
            return !a.date.isEmpty();
        return a.date > b.date;
    });
}

} // namespace

LandscapeRepository::LandscapeRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

const QStringList &LandscapeRepository::companyIds()
{
    // The mission's comparison: the six little tigers, the BAT giants, and ByteDance and DeepSeek.
    static const QStringList ids = {u"zhipu"_s, u"baichuan"_s, u"minimax"_s, u"moonshot"_s,  u"stepfun"_s, u"01ai"_s,
                                    u"baidu"_s, u"alibaba"_s,  u"tencent"_s, u"bytedance"_s, u"deepseek"_s};
    return ids;
}

QList<LandscapeRow> LandscapeRepository::load(Language language) const
{
    const bool chinese = language == Language::Chinese;
    QList<LandscapeRow> rows;
    QHash<QString, QString> ownerOf; // company or unit -> the landscape company it belongs to
    {
        QSqlQuery query(m_db);
        query.exec(u"SELECT id, grp, name_zh, name_en, parent_id FROM all_companies"_s);
        QHash<QString, LandscapeRow> byId;
        while (query.next()) {
            const QString id = query.value(0).toString();
            if (companyIds().contains(id))
                byId.insert(id,
                            {id, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                             QList<LandscapeCell>(LandscapeAspectCount)});
            const QString parent = query.value(4).toString();
            ownerOf.insert(id, companyIds().contains(parent) ? parent : id);
        }
        for (const QString &id : companyIds()) {
            if (byId.contains(id))
                rows.append(byId.value(id));
        }
    }

    const QHash<QString, LatestFigure> figures = LatestFigures::load(
        m_db, companyIds(),
        {u"financing_round"_s, u"funding_within_period"_s, u"valuation"_s, u"daily_active_users"_s,
         u"enterprise_developer_users"_s, u"positioning_customers"_s, u"positioning_open_source"_s});
    auto figure = [&](const QString &company, const QString &metric) -> const LatestFigure * {
        const auto it = figures.constFind(LatestFigures::key(company, metric));
        return it == figures.constEnd() ? nullptr : &it.value();
    };

    // Departures count over the year before the newest article; an undated one is reported by it.
    QString yearBefore;
    {
        QSqlQuery query(m_db);
        if (query.exec(u"SELECT max(published) FROM all_articles"_s) && query.next() && !query.value(0).isNull())
            yearBefore = QDate::fromString(query.value(0).toString(), Qt::ISODate).addYears(-1).toString(Qt::ISODate);
    }
    QHash<QString, QList<EventRow>> events; // owner + '\n' + kind
    const QString eventSql
        = u"SELECT id, company_id, kind, date, date_precision, summary_zh, summary_en, origin FROM all_events "
          "WHERE kind IN ('strategy', 'departure', 'integration') ORDER BY id"_s;
    forEachRow(m_db, eventSql, {}, [&events, &ownerOf, chinese](const QSqlQuery &query) {
        EventRow event;
        readColumns(query, 0, event, &EventRow::id, &EventRow::companyId, &EventRow::kind, &EventRow::date,
                    &EventRow::precision);
        event.summary = query.value(chinese ? 5 : 6).toString();
        if (event.summary.isEmpty())
            event.summary = query.value(chinese ? 6 : 5).toString();
        event.user = query.value(7).toString() == "user"_L1;
        const QString owner = ownerOf.value(event.companyId, event.companyId);
        // A strategic move is the company's own; adoption counts its units too.
        if (event.kind == "strategy"_L1 && owner != event.companyId)
            return;
        events[owner + u'\n' + event.kind].append(event);
    });

    for (LandscapeRow &row : rows) {
        const QString &id = row.companyId;
        auto set = [&](LandscapeAspect aspect, const LandscapeCell &cell) { row.cells[int(aspect)] = cell; };
        if (const LatestFigure *f = later(figure(id, u"financing_round"_s), figure(id, u"funding_within_period"_s)))
            set(LandscapeAspect::Financing, figureCell(*f, language));
        if (const LatestFigure *f = figure(id, u"valuation"_s))
            set(LandscapeAspect::Valuation, figureCell(*f, language));
        if (const LatestFigure *f = figure(id, u"daily_active_users"_s)) {
            LandscapeCell cell = figureCell(*f, language);
            cell.text = LandscapeText::tr("%1 daily active users").arg(cell.text);
            set(LandscapeAspect::Users, cell);
        } else if (const LatestFigure *users = figure(id, u"enterprise_developer_users"_s)) {
            LandscapeCell cell = figureCell(*users, language);
            cell.text = LandscapeText::tr("%1 enterprise and developer users").arg(cell.text);
            set(LandscapeAspect::Users, cell);
        }
        if (const LatestFigure *f = figure(id, u"positioning_customers"_s))
            set(LandscapeAspect::Customers,
                stanceCell(*f, LandscapeText::tr("leans B-end (business)"), LandscapeText::tr("leans C-end (consumer)"),
                           LandscapeText::tr("between B-end and C-end")));
        if (const LatestFigure *f = figure(id, u"positioning_open_source"_s))
            set(LandscapeAspect::OpenSource,
                stanceCell(*f, LandscapeText::tr("leans open source"), LandscapeText::tr("leans closed source"),
                           LandscapeText::tr("between open and closed source")));

        // The newest event of a kind in the cell, the others behind it.
        auto setNewest = [&](LandscapeAspect aspect, const QString &kind) {
            QList<EventRow> ofKind = events.value(id + u'\n' + kind);
            sortNewestFirst(ofKind);
            if (ofKind.isEmpty())
                return;
            LandscapeCell cell = eventCell(ofKind.first(), language);
            for (qsizetype i = 1; i < ofKind.size(); ++i)
                cell.more.append(eventCell(ofKind.at(i), language).text);
            set(aspect, cell);
        };
        setNewest(LandscapeAspect::StrategicMove, u"strategy"_s);

        QList<EventRow> departures;
        for (const EventRow &event : events.value(id + u"\ndeparture"_s)) {
            if (event.date.isEmpty() || yearBefore.isEmpty() || event.date >= yearBefore)
                departures.append(event);
        }
        sortNewestFirst(departures);
        if (!departures.isEmpty()) {
            LandscapeCell cell = eventCell(departures.first(), language);
            for (const EventRow &event : std::as_const(departures))
                cell.more.append(eventCell(event, language).text);
            cell.text = LandscapeText::tr("%n departure(s)", nullptr, int(departures.size()));
            cell.sortValue = int(departures.size());
            set(LandscapeAspect::Departures, cell);
        }

        setNewest(LandscapeAspect::DeepSeekAdoption, u"integration"_s);
    }
    return rows;
}

} // namespace tigerscope
