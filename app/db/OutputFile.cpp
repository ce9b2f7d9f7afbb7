#include "OutputFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace tigerscope {

namespace {

/// The file a path names once its symbolic links are followed (one still to be made, for a
/// dangling link).
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isSymLink())
        return path;
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.symLinkTarget() : canonical;
}

bool isSpecialFile(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() && !info.isFile() && !info.isDir();
}

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(path)
{}

OutputFile::~OutputFile() = default;

QString OutputFile::failure(const QString &reason) const
{
    const QString shown = isStandardOutput(m_path) ? tr("standard output") : QDir::toNativeSeparators(m_path);
    return tr("Cannot write %1: %2").arg(shown, reason);
}

bool OutputFile::open(QString *error)
{
    if (isStandardOutput(m_path)) {
        m_through = std::make_unique<QFile>();
        std::fflush(stdout);
        if (!m_through->open(stdout, QIODevice::WriteOnly)) {
            if (error)
                *error = failure(m_through->errorString());
            return false;
        }
        return true;
    }
    const QString target = resolvedPath(m_path);
    if (QFileInfo(target).isDir()) {
        if (error)
            *error = failure(tr("it is a folder"));
        return false;
    }
    if (isSpecialFile(target)) {
        m_through = std::make_unique<QFile>(target);
        // Unbuffered, so that a failed write says why rather than a later flush's "Unknown error".
        if (!m_through->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            if (error)
                *error = failure(m_through->errorString());
            return false;
        }
        return true;
    }
    m_replaced = std::make_unique<QSaveFile>(target);
    m_replaced->setDirectWriteFallback(false);
    if (!m_replaced->open(QIODevice::WriteOnly)) {
        if (error)
            *error = failure(m_replaced->errorString());
        return false;
    }
    return true;
}

QIODevice *OutputFile::device() const
{
    if (m_replaced)
        return m_replaced.get();
    return m_through.get();
}

bool OutputFile::commit(QString *error)
{
    if (m_replaced) {
        const bool committed = m_replaced->error() == QFileDevice::NoError && m_replaced->commit();
        if (!committed && error)
            *error = failure(m_replaced->errorString());
        m_replaced.reset();
        return committed;
    }
    if (!m_through)
        return false;
    const bool flushed = m_through->error() == QFileDevice::NoError && m_through->flush()
        && m_through->error() == QFileDevice::NoError;
    if (!flushed && error)
        *error = failure(m_through->errorString());
    m_through->close();
    m_through.reset();
    return flushed;
}

void OutputFile::cancel()
{
    if (m_replaced)
        m_replaced->cancelWriting();
    m_replaced.reset();
    m_through.reset();
}

QString OutputFile::writeFailure(const QFileDevice &file)
{
    if (file.error() != QFileDevice::NoError)
        return file.errorString();
    return QString::fromLocal8Bit(std::strerror(errno ? errno : EIO));
}

bool OutputFile::write(const QString &path, const QByteArray &content, QString *error)
{
    OutputFile output(path);
    if (!output.open(error))
        return false;
    if (output.device()->write(content) != content.size()) {
        const auto *file = qobject_cast<QFileDevice *>(output.device());
        const QString reason = file ? writeFailure(*file) : output.device()->errorString();
        output.cancel();
        if (error)
            *error = output.failure(reason);
        return false;
    }
    return output.commit(error);
}

} // namespace tigerscope
