#pragma once

#include <QObject>
#include <QVariant>

#include <span>

namespace tigerscope {

/// The heading of a table model's column from a list of titles marked with QT_TR_NOOP in the
/// model's class, translated in that class's context; null for anything but the display heading
/// of a listed horizontal section. For models whose headings are fixed words.
QVariant columnHeading(const QObject &model, std::span<const char *const> titles, int section,
                       Qt::Orientation orientation, int role);

} // namespace tigerscope
