#include "labguide.h"

#include "packetpath.h"

#include "plan/planner.h"

#include "model/validation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <map>

namespace studio {

class LabGuideText
{
    Q_DECLARE_TR_FUNCTIONS(studio::LabGuide)
};
using Purpose = GuideBlock::Purpose;

namespace {

constexpr int kMaxPingRows = 60;

class Writer
{
public:
    Writer(const Topology &t, const LabGuideImages &images)
        : m_t(t)
        , m_images(images)
    {}

    Result<LabGuide> write()
    {
        auto apply = planApply(m_t, PlanStyle::Guide);
        if (!apply)
            return apply.error();
        auto teardown = planTeardown(m_t, PlanStyle::Guide);
        if (!teardown)
            return teardown.error();
        m_guide.title
            = LabGuideText::tr("%1: a multi-host container overlay with Open vSwitch, VXLAN and "
                               "Docker")
                  .arg(m_t.name);
        introduction();
        whatItBuilds();
        prerequisites();
        int step = 0;
        for (const HostPlan &h : apply.value().hosts)
            build(++step, h);
        test(++step);
        onTheWire(++step);
        remove(++step, teardown.value());
        return m_guide;
    }

private:
    void heading(const QString &text, int level = 2)
    {
        GuideBlock b;
        b.kind = GuideBlock::Kind::Heading;
        b.level = level;
        b.text = text;
        m_guide.blocks.push_back(b);
    }
    void paragraph(const QString &text)
    {
        GuideBlock b;
        b.kind = GuideBlock::Kind::Paragraph;
        b.text = text;
        m_guide.blocks.push_back(b);
    }
    void bullets(const QStringList &items)
    {
        if (items.isEmpty())
            return;
        GuideBlock b;
        b.kind = GuideBlock::Kind::Bullets;
        b.items = items;
        m_guide.blocks.push_back(b);
    }
    void code(const QString &text, Purpose purpose = Purpose::Other, const QString &host = {})
    {
        GuideBlock b;
        b.kind = GuideBlock::Kind::Code;
        b.text = text;
        b.purpose = purpose;
        b.host = host;
        m_guide.blocks.push_back(b);
    }
    void table(const QStringList &header, const QList<QStringList> &rows)
    {
        GuideBlock b;
        b.kind = GuideBlock::Kind::Table;
        b.items = header;
        b.rows = rows;
        m_guide.blocks.push_back(b);
    }

    static QString c(const QString &text) { return QLatin1Char('`') + text + QLatin1Char('`'); }

    QString hostLabel(const Host &h) const
    {
        const QString underlay = h.effectiveUnderlayAddress();
        return underlay == h.managementAddress
                   ? LabGuideText::tr("%1 (%2)").arg(h.name, h.managementAddress)
                   : LabGuideText::tr("%1 (%2, underlay %3)")
                         .arg(h.name, h.managementAddress, underlay);
    }

    void introduction()
    {
        heading(m_guide.title, 1);
        paragraph(LabGuideText::tr(
            "Open vSwitch (OVS) is a virtual switch for software-defined networks. VXLAN (Virtual "
            "Extensible LAN) carries Ethernet frames inside UDP packets over an IP network, so a "
            "layer-2 network can span several hosts. Together they let Docker containers on "
            "different hosts talk as if they shared one switch, each network isolated by its own "
            "VXLAN network identifier (VNI)."));
        QSet<quint32> vnis;
        for (const VxlanLink &l : m_t.links())
            vnis.insert(l.vni);
        paragraph(
            LabGuideText::tr("This guide builds topology **%1** by hand: %n host(s), ", nullptr,
                             int(m_t.hosts().size()))
                .arg(m_t.name)
            + LabGuideText::tr("%n bridge(s), ", nullptr, int(m_t.bridges().size()))
            + LabGuideText::tr("%n container(s) ", nullptr, int(m_t.containers().size()))
            + LabGuideText::tr("and %n VXLAN tunnel(s)", nullptr, int(m_t.links().size()))
            + (vnis.isEmpty()
                   ? QStringLiteral(".")
                   : LabGuideText::tr(" carrying %n network(s) (VNIs).", nullptr, int(vnis.size())))
            + QLatin1Char(' ')
            + LabGuideText::tr("Every command below is the one OverlayStudio runs; each is safe to "
                               "run again."));
        if (!m_t.description.isEmpty())
            paragraph(m_t.description);
    }

    void whatItBuilds()
    {
        heading(LabGuideText::tr("Topology"));
        if (!m_images.png.isEmpty()) {
            GuideBlock b;
            b.kind = GuideBlock::Kind::Image;
            b.path = m_images.png;
            b.text = LabGuideText::tr("Topology %1").arg(m_t.name);
            m_guide.blocks.push_back(b);
        }
        if (!m_images.svg.isEmpty())
            paragraph(LabGuideText::tr("The diagram as a drawing: [%1](%2).")
                          .arg(m_images.svg, m_images.svg));

        QList<QStringList> hosts;
        for (const Host &h : m_t.hosts()) {
            QStringList bridges, containers;
            for (const Bridge *b : m_t.bridgesOf(h.id))
                bridges << LabGuideText::tr("%1 (gateway %2 on %3)")
                               .arg(b->name, b->gatewayAddress, b->gatewayPort);
            for (const Container *ct : m_t.containersOf(h.id))
                containers << LabGuideText::tr("%1 %2").arg(ct->name, ct->address);
            hosts << QStringList{h.name, h.managementAddress, h.effectiveUnderlayAddress(),
                                 bridges.join(QStringLiteral(", ")),
                                 containers.join(QStringLiteral(", "))};
        }
        table({LabGuideText::tr("Host"), LabGuideText::tr("Address"),
               LabGuideText::tr("Underlay (VTEP)"), LabGuideText::tr("Bridges"),
               LabGuideText::tr("Containers")},
              hosts);

        QList<QStringList> networks;
        for (const Segment &s : segments(m_t)) {
            QStringList bridges, containers;
            QSet<quint32> vnis;
            for (ObjectId l : s.links)
                vnis.insert(m_t.link(l)->vni);
            for (ObjectId b : s.bridges) {
                bridges << m_t.displayName(b);
                for (const Container *ct : m_t.containersOnBridge(b))
                    containers << ct->name;
            }
            QList<quint32> sorted(vnis.begin(), vnis.end());
            std::sort(sorted.begin(), sorted.end());
            QStringList vniText;
            for (quint32 v : sorted)
                vniText << QString::number(v);
            const Bridge *first = m_t.bridge(s.bridges.front());
            networks << QStringList{vniText.isEmpty() ? LabGuideText::tr("(this host only)")
                                                      : vniText.join(QStringLiteral(", ")),
                                    subnetOf(*first), bridges.join(QStringLiteral(", ")),
                                    containers.join(QStringLiteral(", "))};
        }
        if (!networks.isEmpty()) {
            paragraph(
                LabGuideText::tr("The networks: bridges joined by VXLAN tunnels form one layer-2 "
                                 "network, named by its VNI. Networks are isolated from each other "
                                 "unless the design routes between them."));
            table({QStringLiteral("VNI"), LabGuideText::tr("Subnet"), LabGuideText::tr("Bridges"),
                   LabGuideText::tr("Containers")},
                  networks);
        }
    }

    void prerequisites()
    {
        heading(LabGuideText::tr("Prerequisites"));
        QStringList images;
        for (const Container &ct : m_t.containers()) {
            if (!images.contains(ct.image))
                images << ct.image;
        }
        QStringList addresses;
        for (const Host &h : m_t.hosts())
            addresses << LabGuideText::tr("%1 at %2").arg(h.name, h.effectiveUnderlayAddress());
        QSet<int> ports;
        for (const VxlanLink &l : m_t.links())
            ports.insert(l.udpPort);
        QStringList portText;
        for (int p : ports)
            portText << QString::number(p);
        std::sort(portText.begin(), portText.end());
        QStringList items{
            LabGuideText::tr("Linux hosts that reach each other over IP: %1%2.")
                .arg(addresses.join(QStringLiteral(", ")),
                     portText.isEmpty() ? QString()
                                        : LabGuideText::tr(", with UDP port %1 open between them")
                                              .arg(portText.join(QStringLiteral(", ")))),
            LabGuideText::tr(
                "On every host: Docker (%1), Open vSwitch (%2, which brings %3 and %4), %5 and "
                "%6.")
                .arg(c(QStringLiteral("docker.io")), c(QStringLiteral("openvswitch-switch")),
                     c(QStringLiteral("ovs-vsctl")), c(QStringLiteral("ovs-docker")),
                     c(QStringLiteral("iproute2")), c(QStringLiteral("iptables"))),
            LabGuideText::tr("A shell as root on each host (%1): every command below runs as root.")
                .arg(c(QStringLiteral("sudo -i")))};
        if (!images.isEmpty())
            items << LabGuideText::tr(
                         "The container image(s) %1 on the hosts that run containers (%2, or "
                         "build them).")
                         .arg(images.join(QStringLiteral(", ")),
                              c(QStringLiteral("docker pull IMAGE")));
        bool netdev = false;
        for (const Host &h : m_t.hosts())
            netdev = netdev || h.datapath == Datapath::Netdev;
        if (netdev)
            items << LabGuideText::tr(
                         "Hosts without the Open vSwitch kernel module use its userspace "
                         "datapath (%1), as the design says for them; their underlay address "
                         "must sit on an OVS bridge holding the NIC.")
                         .arg(c(QStringLiteral("datapath_type=netdev")));
        bullets(items);
        code(QStringLiteral("apt update -y\napt install -y docker.io openvswitch-switch iproute2 "
                            "iptables iputils-ping"));
    }

    void build(int number, const HostPlan &h)
    {
        const Host *host = m_t.host(h.host);
        heading(LabGuideText::tr("Step %1: build %2").arg(number).arg(hostLabel(*host)));
        if (h.steps.empty()) {
            paragraph(LabGuideText::tr("Nothing to do on %1: it has no bridges or containers.")
                          .arg(h.hostName));
            return;
        }
        paragraph(LabGuideText::tr("On %1, as root, in this order:").arg(h.hostName));
        int n = 0;
        for (const PlanStep &s : h.steps) {
            paragraph(QStringLiteral("%1. %2").arg(++n).arg(s.explanation));
            bullets(s.details);
            code(s.command.toShell(true), Purpose::Build, h.hostName);
        }
    }

    struct PingRow
    {
        const Container *from;
        const Container *to;
        bool works;
        QString why;
    };

    static QString ping(const Container &from, const QString &to)
    {
        return QStringLiteral("docker exec %1 ping -c 3 -W 2 %2").arg(from.name, to);
    }

    QString address(const Container &c) const { return c.address.section(QLatin1Char('/'), 0, 0); }

    void test(int number)
    {
        heading(LabGuideText::tr("Step %1: test it").arg(number));
        std::vector<PingRow> rows;
        const auto &all = m_t.containers();
        // Pairs across hosts first: those are the ones that go through tunnels.
        for (int pass = 0; pass < 2; ++pass) {
            for (std::size_t i = 0; i < all.size(); ++i) {
                for (std::size_t j = 0; j < all.size(); ++j) {
                    if (i == j || (all[i].host != all[j].host) != (pass == 0))
                        continue;
                    if (int(rows.size()) >= kMaxPingRows)
                        break;
                    auto path = tracePacket(m_t, all[i].id, all[j].id);
                    if (!path)
                        continue;
                    rows.push_back({&all[i], &all[j], path.value().delivered, why(path.value())});
                }
            }
        }
        if (rows.empty()) {
            paragraph(LabGuideText::tr(
                "There are no two containers plugged into bridges to ping between."));
            return;
        }
        paragraph(LabGuideText::tr(
            "Ping from each container to the others. Within a network (one VNI) the "
            "pings must get replies; between networks they must fail: each VNI is "
            "its own isolated network, unless the design routes between them."));
        QList<QStringList> table;
        for (const PingRow &r : rows)
            table << QStringList{r.from->name,
                                 r.to->name,
                                 c(ping(*r.from, address(*r.to))),
                                 hostName(r.from->host),
                                 r.works ? LabGuideText::tr("replies")
                                         : LabGuideText::tr("no reply"),
                                 r.why};
        this->table({LabGuideText::tr("From"), LabGuideText::tr("To"), LabGuideText::tr("Command"),
                     LabGuideText::tr("Run on"), LabGuideText::tr("Expected"),
                     LabGuideText::tr("Why")},
                    table);
        for (const Host &h : m_t.hosts()) {
            QStringList works, fails;
            for (const PingRow &r : rows) {
                if (r.from->host != h.id)
                    continue;
                (r.works ? works : fails) << ping(*r.from, address(*r.to));
            }
            if (!works.isEmpty()) {
                paragraph(LabGuideText::tr("On %1, these must get replies:").arg(h.name));
                code(works.join(QLatin1Char('\n')), Purpose::TestWorks, h.name);
            }
            if (!fails.isEmpty()) {
                paragraph(
                    LabGuideText::tr("On %1, these must fail (100% packet loss):").arg(h.name));
                code(fails.join(QLatin1Char('\n')), Purpose::TestFails, h.name);
            }
        }
        mtuCheck(rows);
    }

    QString hostName(ObjectId id) const { return m_t.host(id) ? m_t.host(id)->name : QString(); }

    QString why(const PacketPath &p) const
    {
        if (!p.delivered)
            return p.hops.empty() ? p.verdict
                                  : p.hops.back().title + QStringLiteral(": ") + p.verdict;
        if (p.tunnels.empty())
            return LabGuideText::tr("same host, switched by its bridge");
        QStringList vnis;
        for (const TunnelCrossing &c : p.tunnels)
            vnis << LabGuideText::tr("VNI %1 via %2").arg(c.vni).arg(c.port);
        return std::any_of(p.hops.begin(), p.hops.end(),
                           [](const PathHop &h) { return h.kind == PathHop::Kind::Route; })
                   ? LabGuideText::tr("routed by the design, then %1")
                         .arg(vnis.join(QStringLiteral(", ")))
                   : LabGuideText::tr("same network, %1").arg(vnis.join(QStringLiteral(", ")));
    }

    void mtuCheck(const std::vector<PingRow> &rows)
    {
        const auto cross = std::find_if(rows.begin(), rows.end(), [](const PingRow &r) {
            return r.works && r.from->host != r.to->host;
        });
        if (cross == rows.end())
            return;
        auto path = tracePacket(m_t, cross->from->id, cross->to->id);
        if (!path || path.value().tunnels.empty())
            return;
        const TunnelCrossing &t = path.value().tunnels.front();
        heading(LabGuideText::tr("The MTU check"), 3);
        const int payload = t.bridgeMtu - 28; // IPv4 20 + ICMP 8
        paragraph(LabGuideText::tr(
                      "VXLAN adds %1 bytes to every frame: %2. So the containers' packets "
                      "may be at most %3 bytes, and the bridges and containers here use MTU "
                      "%4. A ping of %5 bytes of data (plus 8 of ICMP and 20 of IP: %4) that "
                      "must not be fragmented passes; one byte more is refused.")
                      .arg(t.overhead())
                      .arg(t.arithmetic())
                      .arg(t.innerMtu())
                      .arg(t.bridgeMtu)
                      .arg(payload));
        const QString from = cross->from->name, to = address(*cross->to);
        code(QStringLiteral("docker exec %1 cat /sys/class/net/%2/mtu\n"
                            "docker exec %1 ping -c 1 -M do -s %3 %4\n"
                            "docker exec %1 ping -c 1 -M do -s %5 %4")
                 .arg(from, cross->from->interfaceName)
                 .arg(payload)
                 .arg(to)
                 .arg(payload + 1),
             Purpose::Other, hostName(cross->from->host));
        paragraph(
            LabGuideText::tr("The first prints %1, the second gets a reply, the third fails with "
                             "\"message too long\". (%2 needs iputils ping; BusyBox's ping has no "
                             "%2.)")
                .arg(t.bridgeMtu)
                .arg(c(QStringLiteral("-M do"))));
    }

    void onTheWire(int number)
    {
        const auto &all = m_t.containers();
        for (const Container &a : all) {
            for (const Container &b : all) {
                if (a.host == b.host)
                    continue;
                auto path = tracePacket(m_t, a.id, b.id);
                if (!path || !path.value().delivered || path.value().tunnels.empty())
                    continue;
                const PacketPath &p = path.value();
                const TunnelCrossing &t = p.tunnels.front();
                heading(
                    LabGuideText::tr("Step %1: what a ping looks like on the wire").arg(number));
                paragraph(LabGuideText::tr("One echo request from %1 to %2 (%3), step by step:")
                              .arg(a.name, b.name, p.toAddress));
                QStringList hops;
                for (const PathHop &h : p.hops)
                    hops << QStringLiteral("**%1.** %2").arg(h.title, h.explanation);
                bullets(hops);
                paragraph(LabGuideText::tr(
                              "On the underlay between %1 and %2 the frame has these headers "
                              "(see them for real with %3 on %1):")
                              .arg(t.fromHost, t.toHost,
                                   c(QStringLiteral("tcpdump -n -e -i IFACE udp port %1")
                                         .arg(t.udpPort))));
                QList<QStringList> rows;
                for (const PacketHeader &h : t.headers) {
                    QStringList fields;
                    for (const HeaderField &f : h.fields)
                        fields << QStringLiteral("%1 %2").arg(f.name, f.value);
                    rows << QStringList{h.layer, QString::number(h.bytes),
                                        fields.join(QStringLiteral("; "))};
                }
                table({LabGuideText::tr("Header"), LabGuideText::tr("Bytes"),
                       LabGuideText::tr("Fields")},
                      rows);
                return;
            }
        }
    }

    void remove(int number, const Plan &teardown)
    {
        heading(LabGuideText::tr("Step %1: remove it all").arg(number));
        paragraph(LabGuideText::tr(
            "On each host, as root: this removes the containers, firewall rules and "
            "bridges this topology made, and nothing else (each is checked for the "
            "topology's tag first)."));
        for (const HostPlan &h : teardown.hosts) {
            if (h.steps.empty())
                continue;
            heading(hostLabel(*m_t.host(h.host)), 3);
            QStringList lines;
            for (const PlanStep &s : h.steps)
                lines << QStringLiteral("# ") + s.explanation << s.command.toShell(true);
            code(lines.join(QLatin1Char('\n')), Purpose::Remove, h.hostName);
        }
    }

    const Topology &m_t;
    LabGuideImages m_images;
    LabGuide m_guide;
};

// `code` and **bold** in guide text, as HTML.
QString inlineHtml(const QString &text)
{
    QString html;
    const QStringList parts = text.split(QLatin1Char('`'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString part = parts[i].toHtmlEscaped();
        if (i % 2 == 1) {
            html += QStringLiteral("<code>") + part + QStringLiteral("</code>");
            continue;
        }
        static const QRegularExpression bold(QStringLiteral("\\*\\*(.+?)\\*\\*"));
        part.replace(bold, QStringLiteral("<strong>\\1</strong>"));
        static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\(([^)]+)\\)"));
        part.replace(link, QStringLiteral("<a href=\"\\2\">\\1</a>"));
        html += part;
    }
    return html;
}

// A table cell in Markdown: pipes would end it.
QString cell(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    escaped.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return escaped;
}

} // namespace

QString LabGuide::markdown() const
{
    QString md;
    for (const GuideBlock &b : blocks) {
        switch (b.kind) {
        case GuideBlock::Kind::Heading:
            md += QString(b.level, QLatin1Char('#')) + QLatin1Char(' ') + b.text
                  + QStringLiteral("\n\n");
            break;
        case GuideBlock::Kind::Paragraph:
            md += b.text + QStringLiteral("\n\n");
            break;
        case GuideBlock::Kind::Code:
            md += QStringLiteral("```sh\n") + b.text + QStringLiteral("\n```\n\n");
            break;
        case GuideBlock::Kind::Bullets:
            for (const QString &item : b.items)
                md += QStringLiteral("- ") + item + QLatin1Char('\n');
            md += QLatin1Char('\n');
            break;
        case GuideBlock::Kind::Table: {
            QStringList header, rule;
            for (const QString &h : b.items) {
                header << cell(h);
                rule << QStringLiteral("---");
            }
            md += QStringLiteral("| ") + header.join(QStringLiteral(" | "))
                  + QStringLiteral(" |\n");
            md += QStringLiteral("| ") + rule.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
            for (const QStringList &row : b.rows) {
                QStringList cells;
                for (const QString &v : row)
                    cells << cell(v);
                md += QStringLiteral("| ") + cells.join(QStringLiteral(" | "))
                      + QStringLiteral(" |\n");
            }
            md += QLatin1Char('\n');
            break;
        }
        case GuideBlock::Kind::Image:
            md += QStringLiteral("![%1](%2)\n\n").arg(b.text, b.path);
            break;
        }
    }
    return md;
}

QString LabGuide::html(const std::function<QByteArray(const QString &)> &image) const
{
    QString h
        = QStringLiteral(
              "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<title>%1</title>\n<style>\n"
              "body { font-family: sans-serif; max-width: 60em; margin: 2em auto; padding: 0 1em; "
              "line-height: 1.45; }\n"
              "pre { background: #f4f4f4; border: 1px solid #ddd; padding: .6em; overflow-x: auto; "
              "}\n"
              "code { font-family: monospace; }\n"
              "table { border-collapse: collapse; margin: .5em 0 1em; }\n"
              "th, td { border: 1px solid #ccc; padding: .25em .5em; text-align: left; "
              "vertical-align: top; }\n"
              "img { max-width: 100%; }\n"
              "</style>\n</head>\n<body>\n")
              .arg(title.toHtmlEscaped());
    for (const GuideBlock &b : blocks) {
        switch (b.kind) {
        case GuideBlock::Kind::Heading:
            h += QStringLiteral("<h%1>%2</h%1>\n").arg(b.level).arg(inlineHtml(b.text));
            break;
        case GuideBlock::Kind::Paragraph:
            h += QStringLiteral("<p>") + inlineHtml(b.text) + QStringLiteral("</p>\n");
            break;
        case GuideBlock::Kind::Code:
            h += QStringLiteral("<pre><code>") + b.text.toHtmlEscaped()
                 + QStringLiteral("</code></pre>\n");
            break;
        case GuideBlock::Kind::Bullets:
            h += QStringLiteral("<ul>\n");
            for (const QString &item : b.items)
                h += QStringLiteral("<li>") + inlineHtml(item) + QStringLiteral("</li>\n");
            h += QStringLiteral("</ul>\n");
            break;
        case GuideBlock::Kind::Table:
            h += QStringLiteral("<table>\n<tr>");
            for (const QString &head : b.items)
                h += QStringLiteral("<th>") + inlineHtml(head) + QStringLiteral("</th>");
            h += QStringLiteral("</tr>\n");
            for (const QStringList &row : b.rows) {
                h += QStringLiteral("<tr>");
                for (const QString &v : row)
                    h += QStringLiteral("<td>") + inlineHtml(v) + QStringLiteral("</td>");
                h += QStringLiteral("</tr>\n");
            }
            h += QStringLiteral("</table>\n");
            break;
        case GuideBlock::Kind::Image: {
            const QByteArray bytes = image ? image(b.path) : QByteArray();
            const QString mime = b.path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)
                                     ? QStringLiteral("image/svg+xml")
                                     : QStringLiteral("image/png");
            const QString src = bytes.isEmpty()
                                    ? b.path.toHtmlEscaped()
                                    : QStringLiteral("data:%1;base64,%2")
                                          .arg(mime, QString::fromLatin1(bytes.toBase64()));
            h += QStringLiteral("<p><img src=\"%1\" alt=\"%2\"></p>\n")
                     .arg(src, b.text.toHtmlEscaped());
            break;
        }
        }
    }
    return h + QStringLiteral("</body>\n</html>\n");
}

QStringList LabGuide::code(GuideBlock::Purpose purpose, const QString &host) const
{
    QStringList list;
    for (const GuideBlock &b : blocks) {
        if (b.kind == GuideBlock::Kind::Code && b.purpose == purpose
            && (host.isEmpty() || b.host == host))
            list << b.text;
    }
    return list;
}

Result<LabGuide> makeLabGuide(const Topology &topology, const LabGuideImages &images)
{
    return Writer(topology, images).write();
}

} // namespace studio
