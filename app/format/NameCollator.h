#pragma once

#include "Language.h"

#include <QCollator>
#include <QString>
#include <QStringList>

namespace tigerscope {

/// Orders names the way a reader of the language expects: Chinese by pinyin (阿里巴巴, 百度, 腾讯,
/// 智谱), English alphabetically; case-insensitive, digits by value ("R1" before "R10"). Usable as
/// the comparison of std::sort and in a proxy model's lessThan.
class NameCollator
{
public:
    explicit NameCollator(Language language);

    Language language() const { return m_language; }

    /// Negative, zero or positive as left sorts before, with or after right.
    int compare(const QString &left, const QString &right) const;
    bool operator()(const QString &left, const QString &right) const { return compare(left, right) < 0; }

    void sort(QStringList &names) const;

private:
    Language m_language;
    QCollator m_collator;
};

} // namespace tigerscope
