#pragma once

#include <QSortFilterProxyModel>

namespace tigerscope {

/// A sorting proxy that compares byte-array sort values byte by byte — the sort keys
/// NameCollation::sortKey gives names, so that Chinese names sort by pinyin — and every other
/// value as QSortFilterProxyModel does (numbers as numbers, text locale-aware).
class SortKeyProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SortKeyProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace tigerscope
