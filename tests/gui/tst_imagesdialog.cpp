// Deploy > Images as a user drives it: Alt+D, I opens the dialog; every key goes to whatever has
// the focus, and the focus is checked after each one; OK is one undo step.
#include "../unit/testsupport.h"
#include "keyboard.h"

#include "imagesdialog.h"
#include "mainwindow.h"

#include "model/topologydocument.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QUndoStack>

using namespace studio;
using test::press;

namespace {

// Types text key by key into whatever has the focus; false when the focus leaves `field`.
bool type(QWidget *field, const QString &text)
{
    for (const QChar ch : text) {
        if (QApplication::focusWidget() != field)
            return false;
        if (ch == QLatin1Char('\n'))
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        else
            QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
    }
    return QApplication::focusWidget() == field;
}

template<typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QLatin1String(name));
}

} // namespace

class TestImagesDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_window = std::make_unique<MainWindow>();
        QVERIFY(m_window->openFile(test::examplePath(QStringLiteral("seed-two-hosts.json"))));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup()
    {
        if (QWidget *modal = QApplication::activeModalWidget())
            modal->close();
        m_window->document()->setModified(false);
        m_window.reset();
    }

    void defineAnImageByKeyboard()
    {
        const ImageDefinitions before = m_window->topology().images;
        const int steps = m_window->undoStack()->count();
        ImagesDialog *dialog = open();
        QVERIFY(dialog);
        auto *list = child<QListWidget>(dialog, "imageList");
        auto *name = child<QLineEdit>(dialog, "newImageName");
        auto *source = child<QComboBox>(dialog, "imageSource");
        auto *dockerfile = child<QPlainTextEdit>(dialog, "dockerfile");
        auto *local = child<QLineEdit>(dialog, "localImage");
        auto *problem = child<QLabel>(dialog, "imageProblem");
        // The seed's image and its Dockerfile are there, the list has the focus.
        QTRY_COMPARE(QApplication::focusWidget(), list);
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("ubuntu:v1 (build)")));
        QCOMPARE(dockerfile->toPlainText(), ImageDefinition::guideDockerfile());
        const QPixmap buildPage = dialog->grab();

        // A bad name is refused with a message; nothing is added.
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), name);
        QVERIFY(type(name, QStringLiteral("Bad Name")));
        press(Qt::Key_Return);
        QVERIFY(dialog->isVisible()); // Return in the name field never presses OK
        QCOMPARE(list->count(), 1);
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("Bad Name")),
                 qPrintable(problem->text()));
        QCOMPARE(QApplication::focusWidget(), name);
        name->selectAll();

        // A new image, built from a Dockerfile typed in.
        QVERIFY(type(name, QStringLiteral("lab/tools:1")));
        press(Qt::Key_Return);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(QApplication::focusWidget(), source);
        QCOMPARE(source->currentIndex(), 1); // Build
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dockerfile);
        QVERIFY(type(dockerfile, QStringLiteral("RUN true\n")));
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("FROM")),
                 qPrintable(problem->text())); // explains while typing
        QTest::keyClick(dockerfile, Qt::Key_Home, Qt::ControlModifier);
        QVERIFY(type(dockerfile, QStringLiteral("FROM busybox\n")));
        QVERIFY(!problem->isVisible());

        // The seed's image: copied from this machine instead, from another local name.
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), source);
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_Tab, Qt::ShiftModifier); // remove, add, name, list
        QCOMPARE(QApplication::focusWidget(), list);
        press(Qt::Key_Up);
        QCOMPARE(list->currentRow(), 0);
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), source);
        press(Qt::Key_Down); // Copy
        QCOMPARE(source->currentIndex(), 2);
        press(Qt::Key_Tab); // the Dockerfile page is hidden now
        QCOMPARE(QApplication::focusWidget(), local);
        QVERIFY(type(local, QStringLiteral("ubuntu:saved")));
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("ubuntu:v1 (copy)")));
        m_shot = dialog->grab();
        press(Qt::Key_Return); // OK
        QTRY_VERIFY(!dialog->isVisible());

        const ImageDefinitions &after = m_window->topology().images;
        QCOMPARE(after.size(), std::size_t(2));
        QCOMPARE(after[0].name, QStringLiteral("ubuntu:v1"));
        QCOMPARE(after[0].source, ImageSource::Copy);
        QCOMPARE(after[0].localImage, QStringLiteral("ubuntu:saved"));
        QCOMPARE(after[1].name, QStringLiteral("lab/tools:1"));
        QCOMPARE(after[1].source, ImageSource::Build);
        QCOMPARE(after[1].dockerfile, QStringLiteral("FROM busybox\nRUN true\n"));
        QVERIFY(m_window->document()->isModified());
        // One undo step for the whole dialog.
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        m_window->undoStack()->undo();
        QCOMPARE(m_window->topology().images, before);
        m_window->undoStack()->redo();
        QCOMPARE(m_window->topology().images, after);

        const QString shot = qEnvironmentVariable("OVERLAYSTUDIO_SCREENSHOT_DIR");
        if (!shot.isEmpty()) {
            QVERIFY(m_shot.save(shot + QStringLiteral("/images-dialog.png")));
            QVERIFY(buildPage.save(shot + QStringLiteral("/images-dialog-build.png")));
        }
    }

    void cancelChangesNothing()
    {
        const int steps = m_window->undoStack()->count();
        ImagesDialog *dialog = open();
        QVERIFY(dialog);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // Add
        press(Qt::Key_Tab); // Remove
        press(Qt::Key_Space);
        QVERIFY(dialog->definitions().empty()); // still used: back to "pull, not defined"
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(m_window->undoStack()->count(), steps);
        QCOMPARE(m_window->topology().images.size(), std::size_t(1));
    }

private:
    ImagesDialog *open()
    {
        press(Qt::Key_D, Qt::AltModifier);
        if (!qobject_cast<QMenu *>(QApplication::activePopupWidget()))
            return nullptr;
        press(Qt::Key_I); // &Images…
        if (!QTest::qWaitFor(
                [] { return qobject_cast<ImagesDialog *>(QApplication::activeModalWidget()); },
                5000))
            return nullptr;
        return qobject_cast<ImagesDialog *>(QApplication::activeModalWidget());
    }

    std::unique_ptr<MainWindow> m_window;
    QPixmap m_shot;
};

QTEST_MAIN(TestImagesDialog)
#include "tst_imagesdialog.moc"
