#pragma once

#include <QString>

namespace tigerscope {

/// What the command line prints: every line made safe for a terminal, every write to standard
/// output checked, and Qt's own messages kept out of the one-line promise unless asked for.
namespace ConsoleOutput {

/// text with the control characters a file may carry (ESC sequences, BEL, backspace, C1 codes)
/// replaced by U+FFFD; line breaks and tabs stay.
QString printable(const QString &text);

/// False once a write to standard output failed; why in lastWriteError().
bool standardOutputOk();
QString lastWriteError();

/// Writes bytes to standard output as they are (exports); false when the write or flush failed.
bool writeRaw(const QByteArray &bytes);

/// Sends Qt's messages (qWarning, the platform's warnings) to stderr as "tigerscope: qt: …" when
/// verbose, else nowhere: a command's errors are its own single lines.
void installMessageHandler(bool verbose);

/// While the window's application object starts: a fatal Qt message (no display to connect to,
/// no platform plugin) ends the process with one line and exit code 1 instead of an abort, and
/// the platform's warnings on the way are held back. endWindowStartup() restores Qt's handler.
void beginWindowStartup();
void endWindowStartup();

} // namespace ConsoleOutput

} // namespace tigerscope
