#include "ChoiceLists.h"

#include "NameCollator.h"

#include <QComboBox>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

constexpr int UnitRole = Qt::UserRole + 1;

struct Choice
{
    QString id;
    QString label;
    QString unit;
};

void fill(QComboBox *combo, QList<Choice> choices, Language language, const QString &firstLabel)
{
    const NameCollator collator(language);
    std::sort(choices.begin(), choices.end(),
              [&](const Choice &a, const Choice &b) { return collator(a.label, b.label); });
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!firstLabel.isEmpty())
        combo->addItem(firstLabel, QString());
    for (const Choice &choice : std::as_const(choices)) {
        combo->addItem(choice.label, choice.id);
        combo->setItemData(combo->count() - 1, choice.unit, UnitRole);
    }
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

void ChoiceLists::fillCompanies(QComboBox *combo, QSqlDatabase db, Language language, const QString &allLabel)
{
    const bool chinese = language == Language::Chinese;
    QList<Choice> choices;
    QSqlQuery query(db);
    query.exec(u"SELECT id, name_zh, name_en FROM all_companies"_s);
    while (query.next()) {
        const QString first = query.value(chinese ? 1 : 2).toString();
        const QString second = query.value(chinese ? 2 : 1).toString();
        choices.append(
            {query.value(0).toString(), second.isEmpty() || second == first ? first : first + u" · "_s + second, {}});
    }
    fill(combo, choices, language, allLabel);
}

void ChoiceLists::fillMetrics(QComboBox *combo, QSqlDatabase db, Language language)
{
    QList<Choice> choices;
    QSqlQuery query(db);
    query.exec(u"SELECT key, label_zh, label_en, unit FROM all_metrics"_s);
    while (query.next())
        choices.append({query.value(0).toString(), query.value(language == Language::Chinese ? 1 : 2).toString(),
                        query.value(3).toString()});
    fill(combo, choices, language, {});
}

void ChoiceLists::fillPeople(QComboBox *combo, QSqlDatabase db, Language language, const QString &noneLabel)
{
    QList<Choice> choices;
    QSqlQuery query(db);
    query.exec(u"SELECT id, name_zh, name_en FROM all_people"_s);
    while (query.next()) {
        const QString zh = query.value(1).toString();
        const QString en = query.value(2).toString();
        const QString first = language == Language::Chinese && !zh.isEmpty() ? zh : en;
        const QString second = language == Language::Chinese ? en : zh;
        choices.append(
            {query.value(0).toString(), second.isEmpty() || second == first ? first : first + u" · "_s + second, {}});
    }
    fill(combo, choices, language, noneLabel);
}

QString ChoiceLists::metricUnit(const QComboBox *combo)
{
    return combo->currentData(UnitRole).toString();
}

} // namespace tigerscope
