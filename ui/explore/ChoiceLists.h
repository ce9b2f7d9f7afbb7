#pragma once

#include "Language.h"

#include <QString>

class QComboBox;

namespace tigerscope {

class CompanyRepository;

/// Fills combo boxes with the dataset's companies, metrics and people, names in the language,
/// sorted the way its readers expect; item data is the id or key. Keeps the current choice.
class ChoiceLists
{
public:
    static void fillCompanies(QComboBox *combo, const CompanyRepository &repository, Language language,
                              const QString &allLabel = {});
    static void fillMetrics(QComboBox *combo, const CompanyRepository &repository, Language language);
    static void fillPeople(QComboBox *combo, const CompanyRepository &repository, Language language,
                           const QString &noneLabel);
    /// The unit of the metric chosen in a combo filled by fillMetrics().
    static QString metricUnit(const QComboBox *combo);
};

} // namespace tigerscope
