#include "languageswitcher.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("OverlayStudio"));
    QApplication::setOrganizationName(QStringLiteral("OverlayStudio"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // The desktop entry's name: window managers match windows to their entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral("overlaystudio"));
    QIcon icon = QIcon::fromTheme(QStringLiteral("overlaystudio"));
    if (icon.isNull()) {
        icon.addFile(QStringLiteral(":/icons/overlaystudio-16.svg"), QSize(16, 16));
        icon.addFile(QStringLiteral(":/icons/overlaystudio.svg"));
    }
    QApplication::setWindowIcon(icon);
    // The language the user chose (View > Language), or the system's.
    studio::LanguageSwitcher::instance()->restore();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Design, deploy and watch container overlay networks."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "Topology to open."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to an image file and quit."),
        QApplication::translate("main", "png"));
    parser.addOption(screenshot);
    const QCommandLineOption apply(
        QStringLiteral("apply"),
        QApplication::translate("main", "Deploy the topology as soon as it is open."));
    parser.addOption(apply);
    parser.process(app);

    studio::MainWindow window;
    const QStringList files = parser.positionalArguments();
    // Work left unsaved by a crash: offer it back before anything else opens.
    if (QFile::exists(studio::MainWindow::recoveryFile()) && !parser.isSet(screenshot)) {
        const auto answer = QMessageBox::question(
            nullptr, QApplication::translate("main", "Recover unsaved work"),
            QApplication::translate(
                "main", "OverlayStudio stopped without saving your last changes. Restore them?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
        if (answer == QMessageBox::Yes && window.restoreRecovery()) {
            window.show();
            return app.exec();
        }
        QFile::remove(studio::MainWindow::recoveryFile());
    }
    // Without a file the canvas starts empty, under the welcome page.
    const bool opened = !files.isEmpty() && window.openFile(files.first());
    window.show();

    const auto grab = [&] {
        const bool saved = window.grab().save(parser.value(screenshot));
        QApplication::exit(saved ? 0 : 1);
    };
    if (opened && parser.isSet(apply)) {
        // Monitoring starts after a successful Apply: the picture waits for its first few
        // samples, so that it shows the network live rather than "waiting".
        if (parser.isSet(screenshot))
            QObject::connect(&window, &studio::MainWindow::deployFinished, &window,
                             [&] { QTimer::singleShot(4000, &window, grab); });
        QTimer::singleShot(0, &window, [&] { window.runDeploy(studio::DeployAction::Apply); });
    } else if (parser.isSet(screenshot)) {
        QTimer::singleShot(300, &window, grab);
    }
    return app.exec();
}
