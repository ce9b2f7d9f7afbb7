#include "ChoiceLists.h"

#include "CompanyRepository.h"
#include "NameCollator.h"

#include <QComboBox>

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

void fillInOrder(QComboBox *combo, const QList<Choice> &choices, const QString &firstLabel)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!firstLabel.isEmpty())
        combo->addItem(firstLabel, QString());
    for (const Choice &choice : std::as_const(choices)) {
        combo->addItem(choice.label, choice.id);
        combo->setItemData(combo->count() - 1, choice.unit, UnitRole);
    }
    ChoiceLists::select(combo, current);
}

void fill(QComboBox *combo, QList<Choice> choices, Language language, const QString &firstLabel)
{
    const NameCollator collator(language);
    std::sort(choices.begin(), choices.end(),
              [&](const Choice &a, const Choice &b) { return collator(a.label, b.label); });
    fillInOrder(combo, choices, firstLabel);
}

/// Companies or people, each shown by both its names.
QList<Choice> namedChoices(const QList<NamedEntry> &entries, Language language)
{
    QList<Choice> choices;
    for (const NamedEntry &entry : entries)
        choices.append({entry.id, entry.bothNames(language), {}});
    return choices;
}

} // namespace

void ChoiceLists::fillCompanies(QComboBox *combo, const CompanyRepository &repository, Language language,
                                const QString &allLabel)
{
    fill(combo, namedChoices(repository.companies(), language), language, allLabel);
}

void ChoiceLists::fillMetrics(QComboBox *combo, const CompanyRepository &repository, Language language)
{
    QList<Choice> choices;
    for (const MetricEntry &metric : repository.metrics())
        choices.append({metric.key, metric.label(language), metric.unit});
    fill(combo, choices, language, {});
}

void ChoiceLists::fillPeople(QComboBox *combo, const CompanyRepository &repository, Language language,
                             const QString &noneLabel)
{
    fill(combo, namedChoices(repository.people(), language), language, noneLabel);
}

void ChoiceLists::fillKeys(QComboBox *combo, const QStringList &keys, QString (*label)(const QString &key),
                           const QString &allLabel)
{
    QList<Choice> choices;
    for (const QString &key : keys)
        choices.append({key, label(key), {}});
    fillInOrder(combo, choices, allLabel);
}

void ChoiceLists::select(QComboBox *combo, const QVariant &data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

QString ChoiceLists::metricUnit(const QComboBox *combo)
{
    return combo->currentData(UnitRole).toString();
}

} // namespace tigerscope
