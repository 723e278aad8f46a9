#include "examplesmenu.h"

#include "model/projectfile.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

#include <algorithm>

namespace studio {

QList<ExamplesMenu::Example> ExamplesMenu::examples()
{
    // Known examples get a translated title and description; any other file in :/examples is
    // listed with its own name and description.
    const struct
    {
        const char *file;
        QString title;
        QString description;
    } known[] = {
        {"seed-two-hosts.json", tr("Two Hosts, Two Segments (the Guide)"),
         tr("The manual guide's topology: two hosts, bridges br0 (VNI 100) and br1 (VNI 200) on "
            "each, two containers per host. Its addresses are examples: plan it, don't deploy "
            "it.")},
        {"lab-two-hosts.json", tr("Two Hosts on the Local Lab"),
         tr("The guide's topology on the two simulated hosts of a local lab: ready to deploy "
            "on this machine.")},
        {"three-hosts-mesh.json", tr("Three Hosts in a Mesh, with NAT"),
         tr("Three hosts joined in a full mesh on VNI 300 (split horizon on the tunnel ports); "
            "host1 masquerades the segment out.")},
    };
    QList<Example> list;
    for (const auto &k : known)
        list.append(
            {QStringLiteral(":/examples/") + QLatin1String(k.file), k.title, k.description});
    const QDir dir(QStringLiteral(":/examples"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        if (std::any_of(list.cbegin(), list.cend(),
                        [&](const Example &e) { return e.path == path; }))
            continue;
        const auto loaded = projectfile::load(path);
        list.append({path, QFileInfo(name).completeBaseName(),
                     loaded ? loaded.value().description : QString()});
    }
    // A listed example must exist: a renamed file drops out instead of failing to open.
    list.erase(std::remove_if(list.begin(), list.end(),
                              [](const Example &e) { return !QFileInfo::exists(e.path); }),
               list.end());
    return list;
}

ExamplesMenu::ExamplesMenu(QWidget *parent)
    : QMenu(parent)
{
    setToolTipsVisible(true);
    fill();
}

void ExamplesMenu::fill()
{
    clear();
    setTitle(tr("Open &Example"));
    for (const Example &e : examples()) {
        QAction *action
            = addAction(e.title, this, [this, path = e.path] { emit exampleChosen(path); });
        action->setToolTip(e.description);
        action->setStatusTip(e.description);
    }
}

void ExamplesMenu::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QMenu::changeEvent(event);
}

} // namespace studio
