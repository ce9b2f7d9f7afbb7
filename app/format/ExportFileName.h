#pragma once

#include <QString>

namespace tigerscope {

/// A title made into a file name that every system accepts: no path or reserved characters
/// (a ':' in "Zhipu: the first tiger" would be refused on Windows and read as a drive on macOS),
/// whitespace collapsed, and at most maxLength characters, cut where a word ends (ICU word
/// boundaries, so Chinese titles are cut between words too) rather than mid-word.
class ExportFileName
{
public:
    static QString fromTitle(const QString &title, qsizetype maxLength = 60);
};

} // namespace tigerscope
