#include "ChartSpec.h"

#include "LanguageCatalogue.h"

#include <QCoreApplication>

namespace tigerscope {

int ChartSeries::indexOf(const QString &categoryId) const
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        if (points.at(i).categoryId == categoryId)
            return int(i);
    }
    return -1;
}

int ChartSpec::categoryIndex(const QString &categoryId) const
{
    for (qsizetype i = 0; i < categories.size(); ++i) {
        if (categories.at(i).id == categoryId)
            return int(i);
    }
    return -1;
}

void ChartSpec::setProvenanceMarks(Language language)
{
    conflictMark
        = LanguageCatalogue::translate(language, "ChartSpec", QT_TRANSLATE_NOOP("ChartSpec", "(sources differ)"));
    usersOwnMark = LanguageCatalogue::translate(language, "ChartSpec", QT_TRANSLATE_NOOP("ChartSpec", "(yours)"));
}

} // namespace tigerscope
