#pragma once

#include <QString>

namespace tigerscope {

/// Maps full-width ASCII forms (１５, ％, ．, ，) and the ideographic space to their ASCII
/// counterparts, one code unit for one, so positions in the result are positions in the input.
QString foldWidth(const QString &text);

} // namespace tigerscope
