#include "ChartSpec.h"

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

} // namespace tigerscope
