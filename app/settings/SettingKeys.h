#pragma once

#include "Language.h"
#include "Setting.h"

#include <QByteArray>
#include <QDir>
#include <QString>
#include <QStringList>

/// Every setting the application keeps: its key as stored, its type and its default, in one
/// table. The keys are the ones earlier versions wrote, so a user's saved settings still load;
/// renaming one forgets what users saved under it. Geometry and splitter states are Qt's own
/// opaque bytes; an empty one means "lay out as new".
namespace tigerscope::SettingKeys {

// The interface language the user chose in the Language menu; the system's until then.
inline constexpr Setting<Language> InterfaceLanguage{"language", &systemDefaultLanguage};

// The main window.
inline constexpr Setting<QByteArray> WindowGeometry{"window/geometry"};
inline constexpr Setting<QByteArray> WindowState{"window/state"};
/// The section shown last, as MainWindow::Section; 0 is the dashboard.
inline constexpr Setting<int> WindowSection{"window/section"};

// The company explorer.
inline constexpr Setting<QByteArray> CompaniesSplitter{"companies/splitter"};
inline constexpr Setting<QString> CompaniesGroup{"companies/group"};
inline constexpr Setting<QString> CompaniesKind{"companies/kind"};
inline constexpr Setting<QString> CompaniesFilter{"companies/filter"};
inline constexpr Setting<QString> CompaniesCurrent{"companies/current"};
/// The tab of a company's page shown last (figures, events, people, mentions, charts), by index.
inline constexpr Setting<int> CompanyTab{"company/tab"};
inline constexpr Setting<QByteArray> CompanyChartSplitter{"company/chartSplitter"};

// Compare Companies.
inline constexpr Setting<QStringList> CompareCompanies{
    "compare/companies", [] {
        return QStringList{QStringLiteral("zhipu"), QStringLiteral("moonshot"), QStringLiteral("minimax")};
    }};
inline constexpr Setting<QByteArray> CompareGeometry{"compare/geometry"};
inline constexpr Setting<QByteArray> CompareSplitter{"compare/splitter"};
inline constexpr Setting<QByteArray> CompareRightSplitter{"compare/rightSplitter"};

// The timeline's filters and layout.
inline constexpr Setting<QByteArray> TimelineSplitter{"timeline/splitter"};
inline constexpr Setting<QString> TimelineCompany{"timeline/company"};
inline constexpr Setting<QString> TimelineKind{"timeline/kind"};

// The reader.
/// The reading mode: "side-by-side", "interleaved" or "one-language"; empty for side by side.
inline constexpr Setting<QString> ReaderMode{"reader/mode"};
/// The language of a single-language reading: "zh" or "en".
inline constexpr Setting<QString> ReaderLanguage{"reader/language", [] { return QStringLiteral("zh"); }};
/// The reader's text size in points, as zoomed.
inline constexpr Setting<qreal> ReaderPointSize{"reader/pointSize", [] { return 12.0; }};
/// Whether the page's furniture (counters, bylines, share lines the importer marked) is hidden.
inline constexpr Setting<bool> ReaderHideChrome{"reader/hideChrome"};
inline constexpr Setting<QString> ReaderImportFolder{"reader/importFolder", &QDir::homePath};
inline constexpr Setting<QString> ReaderExportFolder{"reader/exportFolder", &QDir::homePath};

// Where the explorer's files go and come from.
inline constexpr Setting<QString> TableExportFolder{"explore/exportFolder", &QDir::homePath};
/// Empty: the file dialog's own starting folder.
inline constexpr Setting<QString> CsvImportFolder{"explore/csvFolder"};
inline constexpr Setting<QString> LandscapeExportFolder{"dashboard/exportFolder", &QDir::homePath};
/// The landscape export's last format: "csv", "png" or "pdf".
inline constexpr Setting<QString> LandscapeExportFormat{"dashboard/exportFormat", [] { return QStringLiteral("csv"); }};

} // namespace tigerscope::SettingKeys
