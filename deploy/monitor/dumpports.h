#pragma once

#include "monitortypes.h"

#include "model/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace studio {

// Reads the text `ovs-ofctl -O OpenFlow13 --names dump-ports BRIDGE` prints (OVS 3.1):
//   port  vxlan0: rx pkts=5, bytes=426, drop=?, errs=?, frame=?, over=?, crc=?
//            tx pkts=11, bytes=1192, drop=?, errs=?, coll=?
//            duration=2.410s
// Names that need it are quoted ("0d148365ae154_l"); "?" is a counter the datapath does not
// keep (-1 here). Output that is not a port-stats reply is an error quoting it.
class DumpPorts
{
    Q_DECLARE_TR_FUNCTIONS(studio::DumpPorts)

public:
    static Result<QList<PortCounters>> parse(const QByteArray &text, const QString &bridge);
};

} // namespace studio
