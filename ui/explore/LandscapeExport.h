#pragma once

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;
class QWidget;

namespace tigerscope {

class LandscapeTableModel;
class Settings;

/// Exports the landscape table as the view shows it (its sort order): CSV with a sources column,
/// or PNG / PDF drawn like a chart. The file dialog remembers its folder and the last format.
class LandscapeExport
{
    Q_DECLARE_TR_FUNCTIONS(LandscapeExport)
public:
    /// Asks for a file and writes it; returns what the status bar should say (empty: cancelled).
    static QString exportInteractively(Settings &settings, QWidget *parent, QAbstractItemModel &shown,
                                       const LandscapeTableModel &landscape);

    /// Writes the file whose suffix (.csv, .png, .pdf) says the format; false with error set on failure.
    static bool write(const QString &path, QAbstractItemModel &shown, const LandscapeTableModel &landscape,
                      QString *error);

    static QString title();
};

} // namespace tigerscope
