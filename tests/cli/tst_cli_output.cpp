// Where exports go, through the real binary: devices are written through and never replaced, a
// symbolic link keeps pointing at its file, "-" is standard output, a CSV set on a full disk
// leaves the previous set as it was, and no cell reaches a spreadsheet as a formula.
//
// Device nodes and the small file system need root: those cases skip cleanly without it.

#include "CliFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

bool isCharacterDevice(const QString &path)
{
    struct stat info
    {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 && S_ISCHR(info.st_mode);
}

bool makeDevice(const QString &path, unsigned minor)
{
    return ::mknod(QFile::encodeName(path).constData(), S_IFCHR | 0666, makedev(1, minor)) == 0;
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

/// A small tmpfs mounted for the scope of a test.
class SmallFileSystem
{
public:
    SmallFileSystem(const QString &folder, qint64 bytes)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted
            = QProcess::execute(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=%1"_s.arg(bytes), u"tmpfs"_s, folder})
            == 0;
    }
    ~SmallFileSystem()
    {
        if (m_mounted)
            QProcess::execute(u"umount"_s, {m_folder});
    }
    SmallFileSystem(const SmallFileSystem &) = delete;
    SmallFileSystem &operator=(const SmallFileSystem &) = delete;
    bool isMounted() const { return m_mounted; }
    qint64 freeBytes() const
    {
        struct statvfs info
        {};
        if (::statvfs(QFile::encodeName(m_folder).constData(), &info) != 0)
            return -1;
        return qint64(info.f_bavail) * qint64(info.f_frsize);
    }

private:
    QString m_folder;
    bool m_mounted = false;
};

} // namespace

TEST_F(CliBadInput, ExportToADeviceWritesThroughIt)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "mknod needs root";
    const QString full = m_out.filePath(u"full"_s);
    const QString null = m_out.filePath(u"null"_s);
    const QString link = m_out.filePath(u"link-to-full"_s);
    ASSERT_TRUE(makeDevice(full, 7));
    ASSERT_TRUE(makeDevice(null, 3));
    ASSERT_TRUE(QFile::link(full, link));

    for (const QString &target : {full, link}) {
        const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, target});
        EXPECT_EQ(result.exitCode, 1) << result;
        EXPECT_TRUE(isOneErrorLine(result.err)) << result;
        EXPECT_TRUE(result.err.contains("No space left on device")) << result;
    }
    const RunResult toNull = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, null});
    EXPECT_EQ(toNull.exitCode, 0) << toNull;
    EXPECT_TRUE(isCharacterDevice(full)) << "the device node is still there";
    EXPECT_TRUE(isCharacterDevice(null));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    EXPECT_EQ(QDir(m_out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).size(), 3)
        << "no temporary file left";
}

TEST_F(CliBadInput, ExportThroughASymlinkReplacesItsTarget)
{
    const QString real = m_out.filePath(u"real.json"_s);
    const QString link = m_out.filePath(u"latest.json"_s);
    ASSERT_TRUE(writeFile(real, "previous export"));
    ASSERT_TRUE(QFile::link(real, link));
    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, link});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_TRUE(QFileInfo(link).isSymLink()) << "the link is kept";
    EXPECT_EQ(QFileInfo(link).symLinkTarget(), real);
    EXPECT_EQ(QJsonDocument::fromJson(readAll(real)).object().value("format"_L1).toString(), u"tigerscope-export"_s);
}

TEST_F(CliBadInput, DashIsStandardOutput)
{
    const RunResult result = run(dataDirArgs() + QStringList{u"export-data"_s, u"--out"_s, u"-"_s});
    EXPECT_EQ(result.exitCode, 0) << result;
    EXPECT_EQ(QJsonDocument::fromJson(result.out).object().value("format"_L1).toString(), u"tigerscope-export"_s);
    EXPECT_FALSE(QFileInfo::exists(u"-"_s));
}

TEST_F(CliBadInput, CsvSetOnAFullDiskLeavesThePreviousSet)
{
    if (geteuid() != 0)
        GTEST_SKIP() << "mounting a small file system needs root";
    const QString reference = m_out.filePath(u"reference"_s);
    ASSERT_EQ(
        run(dataDirArgs() + QStringList{u"export-data"_s, u"--format"_s, u"csv"_s, u"--out"_s, reference}).exitCode, 0);
    qint64 setSize = 0;
    const QStringList tables = QDir(reference).entryList(QDir::Files);
    for (const QString &table : tables)
        setSize += QFileInfo(QDir(reference).filePath(table)).size();
    ASSERT_GT(setSize, 4096);

    const SmallFileSystem disk(m_out.filePath(u"disk"_s), (setSize * 3 / 4096 + 16) * 4096);
    if (!disk.isMounted())
        GTEST_SKIP() << "cannot mount a tmpfs here";
    const QString target = m_out.filePath(u"disk/set"_s);
    ASSERT_TRUE(QDir().mkpath(target));
    for (const QString &table : tables)
        ASSERT_TRUE(writeFile(QDir(target).filePath(table), "previous " + table.toUtf8()));
    // Leave room for about half of a new set.
    const qint64 filler = disk.freeBytes() - setSize / 2;
    ASSERT_GT(filler, 0);
    ASSERT_TRUE(writeFile(m_out.filePath(u"disk/filler"_s), QByteArray(filler, 'f')));

    const RunResult result
        = run(dataDirArgs() + QStringList{u"export-data"_s, u"--format"_s, u"csv"_s, u"--out"_s, target});
    EXPECT_EQ(result.exitCode, 1) << result;
    EXPECT_TRUE(isOneErrorLine(result.err)) << result;
    EXPECT_TRUE(result.err.contains("No space left on device")) << result;
    for (const QString &table : tables)
        EXPECT_EQ(readAll(QDir(target).filePath(table)), "previous " + table.toUtf8()) << table.toStdString();
    EXPECT_EQ(QDir(m_out.filePath(u"disk"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
              (QStringList{u"filler"_s, u"set"_s}))
        << "the partial set is removed";
}

TEST_F(CliBadInput, CsvCellsNeverStartAFormula)
{
    const QString article = m_out.filePath(u"formulas.txt"_s);
    ASSERT_TRUE(writeFile(article,
                          "A title for the formulas\n\n=HYPERLINK(\"http://example.invalid\") opens a page\n\n"
                          "@SUM(1+1) adds up\n\n+1+1 is two\n\n-2+3 is one\n"));
    ASSERT_EQ(run(dataDirArgs() + QStringList{u"import-article"_s, article}).exitCode, 0);
    const QString folder = m_out.filePath(u"csv"_s);
    const RunResult result
        = run(dataDirArgs() + QStringList{u"export-data"_s, u"--format"_s, u"csv"_s, u"--out"_s, folder});
    ASSERT_EQ(result.exitCode, 0) << result;
    const QByteArray paragraphs = readAll(QDir(folder).filePath(u"paragraphs.csv"_s));
    for (const QByteArray &formula :
         {QByteArray("=HYPERLINK"), QByteArray("@SUM(1+1)"), QByteArray("+1+1 is"), QByteArray("-2+3 is")}) {
        EXPECT_TRUE(paragraphs.contains("'" + formula)) << formula.toStdString() << " in " << paragraphs.toStdString();
        EXPECT_FALSE(paragraphs.contains("," + formula)) << formula.toStdString();
        EXPECT_FALSE(paragraphs.contains(",\"" + formula)) << formula.toStdString();
    }
}
