#include "Labels.h"

using namespace Qt::StringLiterals;

namespace tigerscope {

QStringList Labels::groupKeys()
{
    return {u"tiger"_s, u"giant"_s, u"other"_s, u"comparator"_s, u"source"_s};
}

QStringList Labels::eventKindKeys()
{
    return {u"funding"_s, u"departure"_s, u"hire"_s, u"strategy"_s, u"product"_s, u"integration"_s};
}

QStringList Labels::organisationKindKeys()
{
    return {u"company"_s, u"government"_s, u"university"_s, u"association"_s, u"media_research"_s};
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
    if (key == "exact"_L1)
        return tr("exact");
    if (key == "approx"_L1)
        return tr("approximate");
    if (key == "at_least"_L1)
        return tr("at least");
    if (key == "at_most"_L1)
        return tr("at most");
    if (key == "range"_L1)
        return tr("range");
    return key;
}

QString Labels::status(const QString &key)
{
    if (key == "reported"_L1)
        return tr("reported");
    if (key == "estimated"_L1)
        return tr("estimated");
    if (key == "derived"_L1)
        return tr("derived");
    return key;
}

QString Labels::eventKind(const QString &key)
{
    if (key == "funding"_L1)
        return tr("Funding");
    if (key == "departure"_L1)
        return tr("Departure");
    if (key == "hire"_L1)
        return tr("Hire");
    if (key == "strategy"_L1)
        return tr("Strategy");
    if (key == "product"_L1)
        return tr("Product");
    if (key == "integration"_L1)
        return tr("DeepSeek integration");
    return key;
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
