#include "RecordValidator.h"

#include "Vocabulary.h"

#include <QSqlQuery>

#include <cmath>

using namespace Qt::StringLiterals;

namespace tigerscope {

RecordValidator::RecordValidator(QSqlDatabase db, Scope scope)
    : m_db(std::move(db))
    , m_scope(scope)
{}

bool RecordValidator::exists(const char *table, const char *column, const QString &value) const
{
    const QString prefix = m_scope == Scope::UserViews ? u"all_"_s : QString();
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT 1 FROM %1%2 WHERE %3 = ?"_s.arg(prefix, QLatin1StringView(table), QLatin1StringView(column)));
    query.addBindValue(value);
    return query.exec() && query.next();
}

QString RecordValidator::metricUnit(const QString &metricKey) const
{
    QSqlQuery query(m_db);
    query.prepare(
        u"SELECT unit FROM %1metrics WHERE key = ?"_s.arg(m_scope == Scope::UserViews ? u"all_"_s : QString()));
    query.addBindValue(metricKey);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool RecordValidator::unitCountsThings(const QString &unit)
{
    const Unit parsed = Vocabulary::fromKey(unit, Unit::Ratio);
    // Money may be negative (a loss); a share or a ratio may fall.
    return parsed == Unit::People || parsed == Unit::Users || parsed == Unit::Count || parsed == Unit::Days
        || parsed == Unit::Parameters;
}

bool RecordValidator::validate(const QList<CitationRecord> &citations, QString *error) const
{
    if (citations.isEmpty()) {
        *error = tr("Give a source: an article paragraph, or a URL or reference.");
        return false;
    }
    for (const CitationRecord &citation : citations) {
        if (citation.isArticle()) {
            if (!exists("articles", "key", citation.articleKey)) {
                *error = tr("The article “%1” is not known.").arg(citation.articleKey);
                return false;
            }
            if ((citation.lang != "zh"_L1 && citation.lang != "en"_L1) || citation.paragraph < 0) {
                *error = tr("An article citation needs a language (zh or en) and a paragraph number.");
                return false;
            }
        } else if (citation.reference.trimmed().isEmpty()) {
            *error = tr("A citation needs an article paragraph or a reference text.");
            return false;
        }
    }
    return true;
}

bool RecordValidator::validate(const ObservationRecord &record, QString *error) const
{
    if (!exists("companies", "id", record.companyId)) {
        *error = tr("Unknown company “%1”.").arg(record.companyId);
        return false;
    }
    const QString unit = metricUnit(record.metricKey);
    if (unit.isEmpty()) {
        *error = tr("Unknown metric “%1”.").arg(record.metricKey);
        return false;
    }
    if (!std::isfinite(record.value) || (record.hasHigh() && !std::isfinite(record.valueHigh))) {
        *error = tr("The value must be a finite number.");
        return false;
    }
    if (unitCountsThings(unit) && (record.value < 0 || (record.hasHigh() && record.valueHigh < 0))) {
        *error = tr("“%1” counts things: the value cannot be negative.").arg(record.metricKey);
        return false;
    }
    if (!Vocabulary::fromKey<Qualifier>(record.qualifier)) {
        *error = tr("Unknown qualifier “%1” (one of: %2).")
                     .arg(record.qualifier, Vocabulary::keys<Qualifier>().join(u", "));
        return false;
    }
    if ((record.qualifier == Vocabulary::key(Qualifier::Range)) != record.hasHigh()) {
        *error = tr("A range needs an upper value, and only a range has one.");
        return false;
    }
    if (record.hasHigh() && record.valueHigh < record.value) {
        *error = tr("The upper value of a range must not be below the lower one.");
        return false;
    }
    if (!Vocabulary::fromKey<ValueStatus>(record.status)) {
        *error
            = tr("Unknown status “%1” (one of: %2).").arg(record.status, Vocabulary::keys<ValueStatus>().join(u", "));
        return false;
    }
    const bool isMoney = unit == Vocabulary::key(Unit::Money);
    if (isMoney && !Vocabulary::fromKey<Currency>(record.currency)) {
        *error = tr("“%1” is an amount of money: give its currency (one of: %2).")
                     .arg(record.metricKey, Vocabulary::keys<Currency>().join(u", "));
        return false;
    }
    if (!isMoney && !record.currency.isEmpty()) {
        *error = tr("“%1” is not an amount of money: leave the currency empty.").arg(record.metricKey);
        return false;
    }
    return validate(record.citations, error);
}

bool RecordValidator::validate(const EventRecord &record, QString *error) const
{
    if (!exists("companies", "id", record.companyId)) {
        *error = tr("Unknown company “%1”.").arg(record.companyId);
        return false;
    }
    if (!record.personId.isEmpty() && !exists("people", "id", record.personId)) {
        *error = tr("Unknown person “%1”.").arg(record.personId);
        return false;
    }
    if (!Vocabulary::fromKey<EventKind>(record.kind)) {
        *error = tr("Unknown kind of event “%1” (one of: %2).")
                     .arg(record.kind, Vocabulary::keys<EventKind>().join(u", "));
        return false;
    }
    if (record.summaryZh.trimmed().isEmpty() && record.summaryEn.trimmed().isEmpty()) {
        *error = tr("Describe the event in at least one language.");
        return false;
    }
    return validate(record.citations, error);
}

} // namespace tigerscope
