#pragma once

#include "Language.h"

#include <QStringList>
#include <QVariant>

class QComboBox;

namespace tigerscope {

class CompanyRepository;

/// Fills combo boxes with the dataset's companies, metrics and people, names in the language,
/// sorted the way its readers expect, or with a vocabulary's keys in their order; item data is the
/// id or key. Keeps the current choice.
class ChoiceLists
{
public:
    static void fillCompanies(QComboBox *combo, const CompanyRepository &repository, Language language,
                              const QString &allLabel = {});
    static void fillMetrics(QComboBox *combo, const CompanyRepository &repository, Language language);
    static void fillPeople(QComboBox *combo, const CompanyRepository &repository, Language language,
                           const QString &noneLabel);
    /// A vocabulary's keys in their own order (Labels' groups, kinds…), each shown by label(key),
    /// after an item for all of them.
    static void fillKeys(QComboBox *combo, const QStringList &keys, QString (*label)(const QString &key),
                         const QString &allLabel);
    /// Makes the item whose data is data current; the first one when none is.
    static void select(QComboBox *combo, const QVariant &data);
    /// The unit of the metric chosen in a combo filled by fillMetrics().
    static QString metricUnit(const QComboBox *combo);
};

} // namespace tigerscope
