#include "SettingKeys.h"
#include "Settings.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace tigerscope;

namespace {

class SettingsTest : public ::testing::Test
{
protected:
    QString iniFile() const { return m_dir.filePath(u"settings.ini"_s); }

    QTemporaryDir m_dir;
};

TEST_F(SettingsTest, ReadsWhatEarlierVersionsSavedUnderTheSameKeys)
{
    {
        QSettings old(iniFile(), QSettings::IniFormat);
        old.setValue(u"language"_s, u"zh_CN"_s);
        old.setValue(u"window/section"_s, 3);
        old.setValue(u"window/geometry"_s, QByteArray("\x01\x02\xff", 3));
        old.setValue(u"companies/filter"_s, u"月之暗面"_s);
        old.setValue(u"compare/companies"_s, QStringList{u"baichuan"_s, u"stepfun"_s});
        old.setValue(u"reader/pointSize"_s, 14.5);
        old.setValue(u"reader/importFolder"_s, u"/data/articles"_s);
    }
    const Settings settings(iniFile());
    EXPECT_EQ(settings.value(SettingKeys::InterfaceLanguage), Language::Chinese);
    EXPECT_EQ(settings.value(SettingKeys::WindowSection), 3);
    EXPECT_EQ(settings.value(SettingKeys::WindowGeometry), QByteArray("\x01\x02\xff", 3));
    EXPECT_EQ(settings.value(SettingKeys::CompaniesFilter), u"月之暗面"_s);
    EXPECT_EQ(settings.value(SettingKeys::CompareCompanies), (QStringList{u"baichuan"_s, u"stepfun"_s}));
    EXPECT_DOUBLE_EQ(settings.value(SettingKeys::ReaderPointSize), 14.5);
    EXPECT_EQ(settings.value(SettingKeys::ReaderImportFolder), u"/data/articles"_s);
    EXPECT_TRUE(settings.contains(SettingKeys::WindowGeometry));
}

TEST_F(SettingsTest, TheApplicationsInstanceReadsTheUsersSettingsFile)
{
    // The test process's user settings live in a temporary folder (the shared test main).
    QSettings().setValue(u"language"_s, u"zh_CN"_s);
    QSettings().setValue(u"timeline/kind"_s, u"funding"_s);
    const Settings settings;
    EXPECT_EQ(settings.value(SettingKeys::InterfaceLanguage), Language::Chinese);
    EXPECT_EQ(settings.value(SettingKeys::TimelineKind), u"funding"_s);
    QSettings().clear();
}

TEST_F(SettingsTest, WritesUnderTheKeysEarlierVersionsRead)
{
    {
        Settings settings(iniFile());
        settings.setValue(SettingKeys::InterfaceLanguage, Language::English);
        settings.setValue(SettingKeys::WindowSection, 2);
        settings.setValue(SettingKeys::LandscapeExportFormat, u"pdf"_s);
    }
    QFile file(iniFile());
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    EXPECT_TRUE(written.contains("language=en")) << written.toStdString();
    EXPECT_TRUE(written.contains("[window]\nsection=2")) << written.toStdString();
    EXPECT_TRUE(written.contains("[dashboard]\nexportFormat=pdf")) << written.toStdString();
}

TEST_F(SettingsTest, UnsetSettingsHaveTheirDefaults)
{
    const Settings settings(iniFile());
    EXPECT_EQ(settings.value(SettingKeys::InterfaceLanguage), systemDefaultLanguage());
    EXPECT_EQ(settings.value(SettingKeys::WindowSection), 0);
    EXPECT_TRUE(settings.value(SettingKeys::WindowGeometry).isEmpty());
    EXPECT_FALSE(settings.contains(SettingKeys::WindowGeometry));
    EXPECT_EQ(settings.value(SettingKeys::ReaderLanguage), u"zh"_s);
    EXPECT_DOUBLE_EQ(settings.value(SettingKeys::ReaderPointSize), 12.0);
    EXPECT_EQ(settings.value(SettingKeys::ReaderImportFolder), QDir::homePath());
    EXPECT_EQ(settings.value(SettingKeys::TableExportFolder), QDir::homePath());
    EXPECT_TRUE(settings.value(SettingKeys::CsvImportFolder).isEmpty());
    EXPECT_EQ(settings.value(SettingKeys::LandscapeExportFormat), u"csv"_s);
    EXPECT_EQ(settings.value(SettingKeys::CompareCompanies), (QStringList{u"zhipu"_s, u"moonshot"_s, u"minimax"_s}));
    EXPECT_FALSE(QFile::exists(iniFile())) << "reading wrote a file";
}

TEST_F(SettingsTest, AnEmptyLanguageIsNoChoice)
{
    QSettings(iniFile(), QSettings::IniFormat).setValue(u"language"_s, QString());
    EXPECT_EQ(Settings(iniFile()).value(SettingKeys::InterfaceLanguage), systemDefaultLanguage());
}

TEST_F(SettingsTest, SaysWhenAValueChangesAndOnlyThen)
{
    Settings settings(iniFile());
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(SettingKeys::TimelineCompany, u"zhipu"_s);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).toString(), u"timeline/company"_s);
    settings.setValue(SettingKeys::TimelineCompany, u"zhipu"_s);
    EXPECT_EQ(changed.count(), 1);
    settings.setValue(SettingKeys::TimelineCompany, u"moonshot"_s);
    settings.setValue(SettingKeys::CompanyTab, 2);
    ASSERT_EQ(changed.count(), 3);
    EXPECT_EQ(changed.at(2).at(0).toString(), u"company/tab"_s);
    EXPECT_EQ(settings.value(SettingKeys::TimelineCompany), u"moonshot"_s);
}

TEST_F(SettingsTest, ValuesReadFromTheFileAreComparedByType)
{
    QSettings(iniFile(), QSettings::IniFormat).setValue(u"window/section"_s, 4);
    Settings settings(iniFile());
    QSignalSpy changed(&settings, &Settings::changed);
    settings.setValue(SettingKeys::WindowSection, 4); // stored as the text "4"
    EXPECT_EQ(changed.count(), 0);
}

TEST_F(SettingsTest, EachInstanceKeepsToItsFile)
{
    QTemporaryDir other;
    Settings first(iniFile());
    Settings second(other.filePath(u"settings.ini"_s));
    first.setValue(SettingKeys::CompaniesCurrent, u"stepfun"_s);
    EXPECT_TRUE(second.value(SettingKeys::CompaniesCurrent).isEmpty());
    EXPECT_EQ(Settings(iniFile()).value(SettingKeys::CompaniesCurrent), u"stepfun"_s);
}

TEST_F(SettingsTest, RemembersTheFolderOfAChosenFile)
{
    Settings settings(iniFile());
    settings.rememberFolderOf(SettingKeys::ReaderExportFolder, m_dir.filePath(u"out/article.pdf"_s));
    EXPECT_EQ(settings.value(SettingKeys::ReaderExportFolder), m_dir.filePath(u"out"_s));
}

TEST(SettingsSources, NoQSettingsInTheAppOrTheWidgetsButBehindSettings)
{
    const QDir source(testsupport::sourceDir());
    int read = 0;
    QStringList offenders;
    for (const QString &folder : {u"app"_s, u"ui"_s}) {
        QDirIterator it(source.filePath(folder), {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = source.relativeFilePath(path);
            QFile file(path);
            ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << relative.toStdString();
            ++read;
            if (file.readAll().contains("QSettings") && !relative.startsWith("app/settings/"_L1))
                offenders << relative;
        }
    }
    EXPECT_GT(read, 100) << "the sources were not found under " << source.path().toStdString();
    EXPECT_TRUE(offenders.isEmpty()) << "use Settings and SettingKeys.h instead: "
                                     << offenders.join(u", "_s).toStdString();
}

} // namespace
