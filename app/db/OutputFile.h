#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace tigerscope {

/// Where an export is written, the one home of that logic: "-" is standard output; a regular file
/// (or one still to be made) is replaced atomically, only once every byte is written; a symbolic
/// link is followed and its target replaced, the link kept; a device, pipe or socket is written
/// through, never replaced by a file.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    static bool isStandardOutput(const QString &path) { return path == QLatin1String("-"); }

    /// Opens for writing; false with *error ("Cannot write PATH: reason").
    bool open(QString *error);
    /// The device to write to while open.
    QIODevice *device() const;
    /// Makes what was written the output; false with *error when any write failed. A replaced file
    /// is left as it was on failure.
    bool commit(QString *error);
    /// Drops what was written (a replaced file stays as it was).
    void cancel();

    /// Why the last write to file failed: its error, or after a short write (which Qt does not count
    /// as an error) what the system said, such as "No space left on device".
    static QString writeFailure(const QFileDevice &file);

    /// Writes content as the whole output at path.
    static bool write(const QString &path, const QByteArray &content, QString *error);

private:
    QString failure(const QString &reason) const;

    QString m_path;
    std::unique_ptr<QSaveFile> m_replaced;
    std::unique_ptr<QFile> m_through;
};

} // namespace tigerscope
