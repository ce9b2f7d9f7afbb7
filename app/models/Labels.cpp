#include "Labels.h"

#include "Vocabulary.h"

#include <array>

using namespace Qt::StringLiterals;

namespace tigerscope {

namespace {

struct KeyedLabel
{
    QStringView key;
    const char *label;
};

// In display order.
constexpr std::array<KeyedLabel, 5> Groups{{
    {u"tiger", QT_TRANSLATE_NOOP("Labels", "Six little tigers")},
    {u"giant", QT_TRANSLATE_NOOP("Labels", "Giants")},
    {u"other", QT_TRANSLATE_NOOP("Labels", "Other players")},
    {u"comparator", QT_TRANSLATE_NOOP("Labels", "Comparators")},
    {u"source", QT_TRANSLATE_NOOP("Labels", "Data sources")},
}};

constexpr std::array<KeyedLabel, 6> OrganisationKinds{{
    {u"company", QT_TRANSLATE_NOOP("Labels", "Company")},
    {u"government", QT_TRANSLATE_NOOP("Labels", "Government body")},
    {u"university", QT_TRANSLATE_NOOP("Labels", "University")},
    {u"association", QT_TRANSLATE_NOOP("Labels", "Association")},
    {u"media_research", QT_TRANSLATE_NOOP("Labels", "Media or research firm")},
    {u"sector", QT_TRANSLATE_NOOP("Labels", "Industry or profession")},
}};

constexpr std::array<KeyedLabel, 2> Origins{{
    {u"shipped", QT_TRANSLATE_NOOP("Labels", "Dataset")},
    {u"user", QT_TRANSLATE_NOOP("Labels", "Yours")},
}};

constexpr std::array<KeyedLabel, 2> Languages{{
    {u"zh", QT_TRANSLATE_NOOP("Labels", "Chinese")},
    {u"en", QT_TRANSLATE_NOOP("Labels", "English")},
}};

/// The translated label of a key; the key itself when the table does not know it.
template<std::size_t N>
QString labelOf(const std::array<KeyedLabel, N> &table, const QString &key)
{
    const KeyedLabel *entry = Vocabulary::findKey(table, key);
    return entry ? Labels::tr(entry->label) : key;
}

/// The label of a domain word (Vocabulary); the key itself when it names none.
template<typename E>
QString vocabularyLabel(const QString &key)
{
    const auto value = Vocabulary::fromKey<E>(key);
    return value ? Vocabulary::label(*value) : key;
}

} // namespace

QStringList Labels::groupKeys()
{
    return Vocabulary::keysOf(Groups);
}

QStringList Labels::eventKindKeys()
{
    return Vocabulary::keys<EventKind>();
}

QStringList Labels::organisationKindKeys()
{
    return Vocabulary::keysOf(OrganisationKinds);
}

QString Labels::organisationKind(const QString &key)
{
    return labelOf(OrganisationKinds, key);
}

QString Labels::group(const QString &key)
{
    return labelOf(Groups, key);
}

QString Labels::qualifier(const QString &key)
{
    return vocabularyLabel<Qualifier>(key);
}

QString Labels::status(const QString &key)
{
    return vocabularyLabel<ValueStatus>(key);
}

QString Labels::eventKind(const QString &key)
{
    return vocabularyLabel<EventKind>(key);
}

QString Labels::origin(const QString &key)
{
    return labelOf(Origins, key);
}

QString Labels::language(const QString &code)
{
    return labelOf(Languages, code);
}

} // namespace tigerscope
