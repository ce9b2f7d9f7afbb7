#include "ColumnHeadings.h"

#include <QMetaObject>

namespace tigerscope {

QVariant columnHeading(const QObject &model, std::span<const char *const> titles, int section,
                       Qt::Orientation orientation, int role)
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(titles.size()))
        return {};
    return model.metaObject()->tr(titles[section], nullptr);
}

} // namespace tigerscope
