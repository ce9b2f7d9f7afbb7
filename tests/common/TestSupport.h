#pragma once

#include <QString>

/// Helpers shared by the test suites.
namespace testsupport {

/// The folder of the source articles (../shared/seeds). Read from TIGERSCOPE_SEEDS_DIR when set:
/// then a missing folder is a failure, not a skip. Otherwise the sibling of the source tree.
QString seedsDir();

/// Path of a seed article by its file-name prefix ("000" or "003"); empty when absent.
QString seedPath(const QString &prefix);

/// The built tigerscope executable.
QString executablePath();

/// The source tree's root.
QString sourceDir();

} // namespace testsupport
