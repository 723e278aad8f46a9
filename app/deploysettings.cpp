#include "deploysettings.h"

#include <QSettings>

namespace studio {

namespace {
const char kStyleKey[] = "deploy/style";
const char kHostsKey[] = "deploy/maxParallelHosts";
} // namespace

DeploySettings DeploySettings::load()
{
    const QSettings settings;
    DeploySettings s;
    // An unknown value (edited by hand, or from a newer version) falls back to the default.
    s.style = parsePlanStyle(settings.value(QLatin1String(kStyleKey)).toString())
                  .value_or(PlanStyle::Fast);
    bool ok = false;
    const int hosts = settings.value(QLatin1String(kHostsKey)).toInt(&ok);
    if (ok && hosts >= 0)
        s.maxParallelHosts = hosts;
    return s;
}

void DeploySettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kStyleKey), planStyleName(style));
    settings.setValue(QLatin1String(kHostsKey), maxParallelHosts);
}

} // namespace studio
