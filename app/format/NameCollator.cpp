#include "NameCollator.h"

#include <algorithm>

namespace tigerscope {

NameCollator::NameCollator(Language language)
    : m_language(language)
    , m_collator(localeFor(language))
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

int NameCollator::compare(const QString &left, const QString &right) const
{
    return m_collator.compare(left, right);
}

void NameCollator::sort(QStringList &names) const
{
    std::stable_sort(names.begin(), names.end(), *this);
}

} // namespace tigerscope
