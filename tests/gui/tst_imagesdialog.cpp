// Deploy > Images as a user drives it: Alt+D, I opens the dialog; every key goes to whatever has
// the focus, and the focus is checked after each one; OK is one undo step.
#include "../unit/testsupport.h"
#include "keyboard.h"

#include "imagesdialog.h"
#include "mainwindow.h"

#include "model/projectfile.h"
#include "model/topologydocument.h"

#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
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
        // Deleted once closed (WA_DeleteOnClose): a guarded pointer, never a dangling one.
        const QPointer<ImagesDialog> dialog = open();
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
        QTRY_VERIFY(!dialog || !dialog->isVisible());

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

    void addContextFilesByKeyboard()
    {
        // A project saved beside the files its image builds with.
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("hello.json"));
        QVERIFY(m_window->saveTo(file));
        for (const char *name : {"hello.txt", "motd"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("hello\n");
        }
        const int steps = m_window->undoStack()->count();
        // Deleted once closed (WA_DeleteOnClose): a guarded pointer, never a dangling one.
        const QPointer<ImagesDialog> dialog = open();
        QVERIFY(dialog);
        auto *list = child<QListWidget>(dialog, "imageList");
        auto *source = child<QComboBox>(dialog, "imageSource");
        auto *dockerfile = child<QPlainTextEdit>(dialog, "dockerfile");
        auto *files = child<QListWidget>(dialog, "contextFiles");
        auto *path = child<QLineEdit>(dialog, "contextFilePath");
        auto *browse = child<QPushButton>(dialog, "browseContextFiles");
        auto *removeFile = child<QPushButton>(dialog, "removeContextFile");
        auto *problem = child<QLabel>(dialog, "imageProblem");
        QVERIFY(files && path && browse && removeFile);
        QCOMPARE(files->accessibleName(), QStringLiteral("Context files"));
        QCOMPARE(path->accessibleName(), QStringLiteral("Context file path"));
        QTRY_COMPARE(QApplication::focusWidget(), list);

        // Down to the path field: source, Dockerfile, the guide's button, the files, Browse
        // (Remove File is off while no file is chosen).
        for (int i = 0; i < 4; ++i)
            press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), source);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), dockerfile);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), files);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), browse);
        QVERIFY(!removeFile->isEnabled());
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), path);

        QVERIFY(type(path, QStringLiteral("hello.txt\n")));
        QCOMPARE(files->count(), 1);
        QCOMPARE(files->item(0)->text(), QStringLiteral("hello.txt"));
        QVERIFY(dialog->isVisible()); // Return there adds the file and never presses OK
        // A path out of the project's folder is refused and kept to be corrected.
        QVERIFY(type(path, QStringLiteral("../secret\n")));
        QCOMPARE(files->count(), 1);
        QVERIFY2(problem->isVisible() && problem->text().contains(QStringLiteral("leaves")),
                 qPrintable(problem->text()));
        QCOMPARE(path->text(), QStringLiteral("../secret"));
        press(Qt::Key_A, Qt::ControlModifier);
        QVERIFY(type(path, QStringLiteral("missing.txt\n")));
        QCOMPARE(files->count(), 2);
        QCOMPARE(files->item(1)->text(),
                 QStringLiteral("missing.txt (not found beside the project file)"));

        // Remove File takes the chosen one (the one just added) and leaves the focus on the list.
        press(Qt::Key_Tab, Qt::ShiftModifier);
        QCOMPARE(QApplication::focusWidget(), removeFile);
        press(Qt::Key_Space);
        QCOMPARE(files->count(), 1);
        QCOMPARE(QApplication::focusWidget(), files);

        // Browse: the file picker opens in the project's folder; a name typed there and Return.
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), browse);
        bool picked = false;
        QString pickerProblem;
        QTimer::singleShot(0, this, [&] {
            if (!QTest::qWaitFor(
                    [] { return qobject_cast<QFileDialog *>(QApplication::activeModalWidget()); },
                    5000)) {
                pickerProblem = QStringLiteral("no file picker opened");
                return;
            }
            auto *picker = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            // The picker opens with its file name field focused, once it is the active window.
            const bool focused = QTest::qWaitForWindowActive(picker) && QTest::qWaitFor([picker] {
                                     auto *f
                                         = qobject_cast<QLineEdit *>(QApplication::focusWidget());
                                     return f && f->window() == picker;
                                 });
            auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            if (QDir(picker->directory()).canonicalPath() != QDir(dir.path()).canonicalPath())
                pickerProblem
                    = QStringLiteral("the picker opened in ") + picker->directory().path();
            else if (!focused || !name || name->window() != picker)
                pickerProblem = QStringLiteral("the picker's name field has no focus, %1 has")
                                    .arg(QApplication::focusWidget() ? QLatin1String(
                                             QApplication::focusWidget()->metaObject()->className())
                                                                     : QLatin1String("nothing"));
            if (!pickerProblem.isEmpty()) {
                picker->reject(); // never leave the test waiting in the picker's loop
                return;
            }
            for (const QChar ch : QStringLiteral("motd"))
                QTest::keyClick(QApplication::focusWidget(), ch.toLatin1());
            picked = QApplication::focusWidget() == name;
            press(Qt::Key_Return);
            if (QApplication::activeModalWidget() == picker)
                picker->reject();
        });
        press(Qt::Key_Space); // the picker runs its own loop until the timer's keys close it
        QVERIFY2(picked, qPrintable(pickerProblem));
        QTRY_COMPARE(QApplication::activeModalWidget(), dialog);
        QCOMPARE(files->count(), 2);
        QCOMPARE(files->item(1)->text(), QStringLiteral("motd"));
        QTRY_COMPARE(QApplication::focusWidget(), files); // once the dialog is active again
        QVERIFY(!problem->isVisible());
        m_contextShot = dialog->grab();

        // OK from the empty path field: Return there is the dialog's.
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), path);
        press(Qt::Key_Return);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(m_window->undoStack()->count(), steps + 1);
        const QStringList expected{QStringLiteral("hello.txt"), QStringLiteral("motd")};
        QCOMPARE(m_window->topology().images.at(0).contextFiles, expected);

        // Saved in the project file, read back the same.
        QVERIFY(m_window->saveTo(file));
        auto loaded = projectfile::load(file);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().images.at(0).contextFiles, expected);

        const QString shot = qEnvironmentVariable("OVERLAYSTUDIO_SCREENSHOT_DIR");
        if (!shot.isEmpty())
            QVERIFY(m_contextShot.save(shot + QStringLiteral("/images-dialog-context.png")));
    }

    void cancelChangesNothing()
    {
        const int steps = m_window->undoStack()->count();
        // Deleted once closed (WA_DeleteOnClose): a guarded pointer, never a dangling one.
        const QPointer<ImagesDialog> dialog = open();
        QVERIFY(dialog);
        press(Qt::Key_Tab);
        press(Qt::Key_Tab); // Add
        press(Qt::Key_Tab); // Remove
        press(Qt::Key_Space);
        QVERIFY(dialog->definitions().empty()); // still used: back to "pull, not defined"
        press(Qt::Key_Escape);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
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
    QPixmap m_contextShot;
};

QTEST_MAIN(TestImagesDialog)
#include "tst_imagesdialog.moc"
