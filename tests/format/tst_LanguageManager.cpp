#include "LanguageManager.h"
#include "NumberFormatter.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using tigerscope::Language;
using tigerscope::LanguageManager;

namespace {

/// A string Qt ships in qtbase_zh_CN.qm.
QString qtCancel()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

/// A string of the suite's app catalogue (:/i18n/tigerscope_zh_CN.qm).
QString appNotGiven()
{
    return QCoreApplication::translate("NumberFormatter", "not given");
}

class LanguageChangeCounter : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

class LanguageManagerTest : public ::testing::Test
{
protected:
    void SetUp() override { m_savedLocale = QLocale(); }
    void TearDown() override { QLocale::setDefault(m_savedLocale); }

private:
    QLocale m_savedLocale;
};

} // namespace

TEST_F(LanguageManagerTest, StartsInEnglishWithNothingInstalled)
{
    const LanguageManager manager;
    EXPECT_EQ(manager.current(), Language::English);
    EXPECT_TRUE(manager.installedCatalogues().isEmpty());
    EXPECT_EQ(qtCancel(), u"Cancel"_s);
}

TEST_F(LanguageManagerTest, SwitchesToChineseAndBack)
{
    ASSERT_TRUE(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_zh_CN.qm"_s))
        << "Qt's Chinese catalogue is missing: install qt6-translations-l10n";

    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    LanguageChangeCounter counter;
    QCoreApplication::instance()->installEventFilter(&counter);

    manager.setLanguage(Language::Chinese);
    EXPECT_EQ(manager.current(), Language::Chinese);
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(changed.at(0).at(0).value<Language>(), Language::Chinese);
    EXPECT_GT(counter.count, 0);
    EXPECT_EQ(qtCancel(), u"取消"_s);
    EXPECT_EQ(appNotGiven(), u"未注明"_s);
    EXPECT_EQ(QLocale().name(), u"zh_CN"_s);
    const QStringList catalogues = manager.installedCatalogues();
    ASSERT_EQ(catalogues.size(), 2) << catalogues.join(u' ').toStdString();
    EXPECT_EQ(catalogues.at(0), u":/i18n/tigerscope_zh_CN.qm"_s);
    EXPECT_TRUE(catalogues.at(1).endsWith(u"qtbase_zh_CN.qm"_s)) << catalogues.at(1).toStdString();

    // Setting the same language again changes nothing.
    counter.count = 0;
    manager.setLanguage(Language::Chinese);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(counter.count, 0);

    manager.setLanguage(Language::English);
    EXPECT_EQ(manager.current(), Language::English);
    ASSERT_EQ(changed.count(), 2);
    EXPECT_EQ(changed.at(1).at(0).value<Language>(), Language::English);
    EXPECT_GT(counter.count, 0);
    EXPECT_EQ(qtCancel(), u"Cancel"_s);
    EXPECT_EQ(appNotGiven(), u"not given"_s);
    EXPECT_EQ(QLocale().name(), u"en_001"_s);
    // The suite has no English app catalogue, and English needs none.
    EXPECT_TRUE(manager.installedCatalogues().isEmpty());

    QCoreApplication::instance()->removeEventFilter(&counter);
}

TEST_F(LanguageManagerTest, FirstCallAppliesEvenForEnglish)
{
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    manager.setLanguage(Language::English);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(QLocale().name(), u"en_001"_s);
}

TEST_F(LanguageManagerTest, DestroyingTheManagerRemovesItsTranslators)
{
    {
        LanguageManager manager;
        manager.setLanguage(Language::Chinese);
        EXPECT_EQ(qtCancel(), u"取消"_s);
    }
    EXPECT_EQ(qtCancel(), u"Cancel"_s);
    EXPECT_EQ(appNotGiven(), u"not given"_s);
}

TEST_F(LanguageManagerTest, FormattersFollowTheirLanguageArgumentNotTheInstalledOne)
{
    LanguageManager manager;
    manager.setLanguage(Language::Chinese);
    EXPECT_EQ(tigerscope::NumberFormatter::notGiven(Language::English), u"not given"_s);
    manager.setLanguage(Language::English);
    EXPECT_EQ(tigerscope::NumberFormatter::notGiven(Language::Chinese), u"未注明"_s);
}

TEST_F(LanguageManagerTest, FallsBackToTheMergedQtCatalogue)
{
    // A deployed folder as windeployqt leaves it: Qt's strings merged into qt_zh_CN.qm, no qtbase_zh_CN.qm.
    // Any valid catalogue serves as the file; the suite's own is at hand.
    QTemporaryDir deployed;
    QTemporaryDir empty;
    ASSERT_TRUE(deployed.isValid() && empty.isValid());
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QTranslator translator;
    EXPECT_FALSE(LanguageManager::loadQtCatalogue(translator, chinese, {empty.path(), deployed.path()}));

    ASSERT_TRUE(QFile::copy(u":/i18n/tigerscope_zh_CN.qm"_s, deployed.filePath(u"qt_zh_CN.qm"_s)));
    ASSERT_TRUE(LanguageManager::loadQtCatalogue(translator, chinese, {empty.path(), deployed.path()}));
    EXPECT_EQ(QDir::cleanPath(translator.filePath()), QDir::cleanPath(deployed.filePath(u"qt_zh_CN.qm"_s)));
    EXPECT_EQ(translator.translate("NumberFormatter", "not given"), u"未注明"_s);

    // qtbase_<code>.qm wins wherever it is, as Qt's translations folder has both.
    ASSERT_TRUE(QFile::copy(u":/i18n/tigerscope_zh_CN.qm"_s, empty.filePath(u"qtbase_zh_CN.qm"_s)));
    ASSERT_TRUE(LanguageManager::loadQtCatalogue(translator, chinese, {deployed.path(), empty.path()}));
    EXPECT_EQ(QDir::cleanPath(translator.filePath()), QDir::cleanPath(empty.filePath(u"qtbase_zh_CN.qm"_s)));
}
