// The lead's screening settings dialog: "screening stopped early" is saved for the PRISMA
// diagram, and only the lead can change it.
#include "project/project.h"
#include "project/reviewers.h"
#include "screening/screeningsettings.h"
#include "screening/screeningsettingsdialog.h"

#include <QCheckBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace evimap;

class ScreeningSettingsDialogTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void stoppedEarly_savedByTheLead_readOnlyForOthers()
    {
        QTemporaryDir dir;
        Result<std::unique_ptr<Project>> created =
            Project::create(dir.filePath(QStringLiteral("s.evimap")));
        QVERIFY(created.ok());
        Project &project = *created.value();
        const qint64 lead =
            Reviewers(project).add(QStringLiteral("Lena Lead"), QStringLiteral("LL"))->id;
        const qint64 ben =
            Reviewers(project).add(QStringLiteral("Ben Best"), QStringLiteral("BB"))->id;
        QVERIFY(!ScreeningSettings::read(project).stoppedEarly);

        {
            ui::ScreeningSettingsDialog dialog(project, lead);
            auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("stoppedEarly"));
            QVERIFY(box);
            QVERIFY(box->isEnabled());
            QVERIFY(!box->isChecked());
            QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(6, box->height() / 2));
            QVERIFY(box->isChecked());
            QVERIFY(dialog.save());
        }
        QVERIFY(ScreeningSettings::read(project).stoppedEarly);

        ui::ScreeningSettingsDialog dialog(project, ben);
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("stoppedEarly"));
        QVERIFY(box);
        QVERIFY(box->isChecked()); // shown as it is
        QVERIFY(!box->isEnabled());
    }
};

QTEST_MAIN(ScreeningSettingsDialogTest)
#include "tst_screeningsettingsdialog.moc"
