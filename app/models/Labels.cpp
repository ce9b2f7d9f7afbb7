#include "Labels.h"

#include "Vocabulary.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QStringList Labels::groupKeys()
{
    return {u"tiger"_s, u"giant"_s, u"other"_s, u"comparator"_s, u"source"_s};
}

QStringList Labels::eventKindKeys()
{
    return Vocabulary::keys<EventKind>();
}

QStringList Labels::organisationKindKeys()
{
    return {u"company"_s, u"government"_s, u"university"_s, u"association"_s, u"media_research"_s, u"sector"_s};
}

QString Labels::organisationKind(const QString &key)
{
    if (key == "company"_L1)
        return tr("Company");
    if (key == "government"_L1)
        return tr("Government body");
    if (key == "university"_L1)
        return tr("University");
    if (key == "association"_L1)
        return tr("Association");
    if (key == "media_research"_L1)
        return tr("Media or research firm");
    if (key == "sector"_L1)
        return tr("Industry or profession");
    return key;
}

QString Labels::group(const QString &key)
{
    if (key == "tiger"_L1)
        return tr("Six little tigers");
    if (key == "giant"_L1)
        return tr("Giants");
    if (key == "other"_L1)
        return tr("Other players");
    if (key == "comparator"_L1)
        return tr("Comparators");
    if (key == "source"_L1)
        return tr("Data sources");
    return key;
}

QString Labels::qualifier(const QString &key)
{
    const auto qualifier = Vocabulary::fromKey<Qualifier>(key);
    return qualifier ? Vocabulary::label(*qualifier) : key;
}

QString Labels::status(const QString &key)
{
    const auto status = Vocabulary::fromKey<ValueStatus>(key);
    return status ? Vocabulary::label(*status) : key;
}

QString Labels::eventKind(const QString &key)
{
    const auto kind = Vocabulary::fromKey<EventKind>(key);
    return kind ? Vocabulary::label(*kind) : key;
}

QString Labels::origin(const QString &key)
{
    if (key == "shipped"_L1)
        return tr("Dataset");
    if (key == "user"_L1)
        return tr("Yours");
    return key;
}

QString Labels::language(const QString &code)
{
    if (code == "zh"_L1)
        return tr("Chinese");
    if (code == "en"_L1)
        return tr("English");
    return code;
}

} // namespace tigerscope
