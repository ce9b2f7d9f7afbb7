#include "SortKeyProxyModel.h"

namespace tigerscope {

SortKeyProxyModel::SortKeyProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
}

bool SortKeyProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant leftValue = left.data(sortRole());
    const QVariant rightValue = right.data(sortRole());
    if (leftValue.typeId() == QMetaType::QByteArray && rightValue.typeId() == QMetaType::QByteArray)
        return leftValue.toByteArray() < rightValue.toByteArray();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace tigerscope
