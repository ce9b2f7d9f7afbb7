#pragma once

// The fixture of the command-line suites: runs the built tigerscope in a private home and data
// folder and collects what it printed.

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

struct RunResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

std::ostream &operator<<(std::ostream &stream, const RunResult &run);

/// True when err is exactly one line "tigerscope: …".
bool isOneErrorLine(const QByteArray &err);

QByteArray readAll(const QString &path);

/// Runs the binary in a private home, data folder and output folder.
class CliBadInput : public ::testing::Test
{
protected:
    void SetUp() override;

    /// Runs tigerscope with args, its caches in a private home; as uid 65534 when unprivileged.
    RunResult run(const QStringList &args, bool unprivileged = false);
    QStringList dataDirArgs() const { return {QStringLiteral("--data-dir"), m_data.path()}; }

    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QTemporaryDir m_out;
    QStringList m_unsetEnvironment;          ///< variables the next run goes without
    QMap<QString, QString> m_setEnvironment; ///< variables the next run has, on top of the fixture's
    QString m_workingDirectory;
    QString m_stdoutFile; ///< where the next run's standard output goes, when set
};
