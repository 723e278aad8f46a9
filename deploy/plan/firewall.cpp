#include "firewall.h"

#include "planner.h"
#include "tags.h"

#include <QCoreApplication>
#include <QHash>

namespace studio {

class Firewall
{
    Q_DECLARE_TR_FUNCTIONS(studio::Firewall)
};

namespace {

const QString kFilter = QStringLiteral("filter");
const QString kNat = QStringLiteral("nat");
const QString kMangle = QStringLiteral("mangle");
const QString kForward = QStringLiteral("FORWARD");
const QString kPostrouting = QStringLiteral("POSTROUTING");

// Long options as we write them (they read like the guide), short ones as iptables -S prints them.
const QHash<QString, QString> &shortOptions()
{
    static const QHash<QString, QString> map{
        {QStringLiteral("--source"), QStringLiteral("-s")},
        {QStringLiteral("--destination"), QStringLiteral("-d")},
        {QStringLiteral("--in-interface"), QStringLiteral("-i")},
        {QStringLiteral("--out-interface"), QStringLiteral("-o")},
        {QStringLiteral("--protocol"), QStringLiteral("-p")},
        {QStringLiteral("--match"), QStringLiteral("-m")},
        {QStringLiteral("--jump"), QStringLiteral("-j")},
    };
    return map;
}

const QHash<QString, QString> &longOptions()
{
    static const QHash<QString, QString> map = [] {
        QHash<QString, QString> inverse;
        for (auto it = shortOptions().cbegin(); it != shortOptions().cend(); ++it)
            inverse.insert(it.value(), it.key());
        return inverse;
    }();
    return map;
}

// iptables quotes a comment unless it is only letters, digits, '_' and '-' (xtables_save_string).
QString printedComment(const QString &comment)
{
    bool plain = !comment.isEmpty();
    for (const QChar c : comment) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_')
            && c != QLatin1Char('-'))
            plain = false;
    }
    if (plain)
        return comment;
    QString escaped = comment;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Words of a printed rule; a double-quoted word may hold spaces and \" escapes.
QStringList printedWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false, quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == QLatin1Char('\\') && i + 1 < line.size())
                word += line[++i];
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                word += c;
        } else if (c == QLatin1Char('"')) {
            quoted = inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words << word;
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    return words;
}

QStringList commented(const QString &topology)
{
    return {QStringLiteral("--match"), QStringLiteral("comment"), QStringLiteral("--comment"),
            tags::iptablesComment(topology)};
}

FirewallRule rule(const QString &table, const QString &chain, const QStringList &spec,
                  const QString &what, const QString &explanation, ObjectId object,
                  bool exception = false)
{
    return {table, chain, spec, exception, false, what, explanation, object};
}

std::vector<FirewallRule> isolationRules(const Topology &t, const Host &h)
{
    std::vector<FirewallRule> rules;
    for (const Bridge *b : t.bridgesOf(h.id)) {
        rules.push_back(rule(
            kMangle, kForward,
            QStringList{QStringLiteral("--out-interface"), b->gatewayPort,
                        QStringLiteral("--match"), QStringLiteral("conntrack"), QStringLiteral("!"),
                        QStringLiteral("--ctstate"), QStringLiteral("RELATED,ESTABLISHED")}
                + commented(t.name) + QStringList{QStringLiteral("--jump"), QStringLiteral("DROP")},
            Firewall::tr("isolation of %1").arg(b->name),
            Firewall::tr("Isolate %1 (%2): drop anything the host would forward into %3 unless it "
                         "answers a connection that a container on %1 opened. Other networks and "
                         "the outside cannot reach in, whatever the host's FORWARD policy. The "
                         "rule is in the mangle table, which the host reads before its filter "
                         "rules, so no ACCEPT rule there can open it again.")
                .arg(b->name, subnetOf(*b), b->gatewayPort),
            b->id));
        rules.back().isolation = true;
    }
    return rules;
}

std::vector<FirewallRule> openingRules(const Topology &t, const Host &h)
{
    std::vector<FirewallRule> rules;
    const auto bridges = t.bridgesOf(h.id);
    for (const Bridge *b : bridges) {
        if (!b->nat)
            continue;
        const QString subnet = subnetOf(*b);
        const QString what = Firewall::tr("NAT %1").arg(subnet);
        rules.push_back(rule(kFilter, kForward,
                             QStringList{QStringLiteral("--in-interface"), b->gatewayPort}
                                 + commented(t.name)
                                 + QStringList{QStringLiteral("--jump"), QStringLiteral("ACCEPT")},
                             what,
                             Firewall::tr("Let containers on %1 send through the host (from %2 "
                                          "out to the uplink). Other networks of the host stay "
                                          "closed: their isolation rules come first.")
                                 .arg(b->name, b->gatewayPort),
                             b->id));
        rules.push_back(rule(
            kFilter, kForward,
            QStringList{QStringLiteral("--out-interface"), b->gatewayPort,
                        QStringLiteral("--match"), QStringLiteral("conntrack"),
                        QStringLiteral("--ctstate"), QStringLiteral("RELATED,ESTABLISHED")}
                + commented(t.name)
                + QStringList{QStringLiteral("--jump"), QStringLiteral("ACCEPT")},
            what,
            Firewall::tr("Let replies back into %1, and only replies: connection tracking knows "
                         "which packets answer a connection a container opened.")
                .arg(b->gatewayPort),
            b->id));
        rules.push_back(
            rule(kNat, kPostrouting,
                 QStringList{QStringLiteral("--source"), subnet} + commented(t.name)
                     + QStringList{QStringLiteral("--jump"), QStringLiteral("MASQUERADE")},
                 what,
                 Firewall::tr("Masquerade %1 behind the host's address (NAT), so "
                              "replies find their way back.")
                     .arg(subnet),
                 b->id));
    }

    std::vector<const Bridge *> routed;
    for (const Bridge *b : bridges) {
        if (b->routed)
            routed.push_back(b);
    }
    if (routed.size() < 2)
        return rules;
    for (const Bridge *from : routed) {
        for (const Bridge *to : routed) {
            if (from == to)
                continue;
            const QString what = Firewall::tr("routing %1 to %2").arg(from->name, to->name);
            const QStringList interfaces{QStringLiteral("--in-interface"), from->gatewayPort,
                                         QStringLiteral("--out-interface"), to->gatewayPort};
            const QStringList accept{QStringLiteral("--jump"), QStringLiteral("ACCEPT")};
            rules.push_back(rule(kMangle, kForward, interfaces + commented(t.name) + accept, what,
                                 Firewall::tr("Route from %1 to %2, as the design chooses: let "
                                              "packets from %3 into %4 before %2's isolation "
                                              "rule sees them (inserted above it).")
                                     .arg(from->name, to->name, from->gatewayPort, to->gatewayPort),
                                 from->id, true));
            rules.push_back(rule(kFilter, kForward, interfaces + commented(t.name) + accept, what,
                                 Firewall::tr("Accept the routed packets from %1 to %2 also where "
                                              "the host's FORWARD policy is DROP.")
                                     .arg(from->gatewayPort, to->gatewayPort),
                                 from->id));
            if (from->nat)
                rules.push_back(rule(
                    kNat, kPostrouting,
                    QStringList{QStringLiteral("--source"), subnetOf(*from),
                                QStringLiteral("--destination"), subnetOf(*to)}
                        + commented(t.name)
                        + QStringList{QStringLiteral("--jump"), QStringLiteral("RETURN")},
                    what,
                    Firewall::tr("Do not masquerade what %1 routes to %2: containers there see "
                                 "the real sender (inserted above the NAT rule).")
                        .arg(subnetOf(*from), subnetOf(*to)),
                    from->id, true));
        }
    }
    return rules;
}

} // namespace

QStringList FirewallRule::argv(const QString &verb) const
{
    QStringList argv{QStringLiteral("iptables")};
    if (table != kFilter)
        argv << QStringLiteral("--table") << table;
    return argv << verb << chain << spec;
}

QString FirewallRule::printed() const
{
    QStringList words{QStringLiteral("-A"), chain};
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const QString &word = spec[i];
        if (word == QLatin1String("--comment") && i + 1 < spec.size()) {
            words << word << printedComment(spec[++i]);
            continue;
        }
        words << shortOptions().value(word, word);
    }
    return words.join(QLatin1Char(' '));
}

PlanStep FirewallRule::addStep() const
{
    const RemoteCommand present
        = RemoteCommand::run(argv(QStringLiteral("--check"))).withoutStderr();
    const RemoteCommand add = RemoteCommand::run(
        argv(exception ? QStringLiteral("--insert") : QStringLiteral("--append")));
    return {explanation, {}, present.orElse(add), object};
}

PlanStep FirewallRule::deleteStep() const
{
    const RemoteCommand present
        = RemoteCommand::run(argv(QStringLiteral("--check"))).withoutStderr();
    return {explanation.isEmpty()
                ? Firewall::tr("Remove a firewall rule OverlayStudio added (%1).").arg(printed())
                : explanation,
            {},
            RemoteCommand::ifThen(present, RemoteCommand::run(argv(QStringLiteral("--delete")))),
            object};
}

namespace firewall {

std::vector<FirewallRule> rulesFor(const Topology &topology, const Host &host)
{
    std::vector<FirewallRule> rules = isolationRules(topology, host);
    for (FirewallRule &r : openingRules(topology, host))
        rules.push_back(std::move(r));
    return rules;
}

bool needsForwarding(const Topology &topology, const Host &host)
{
    int routed = 0;
    for (const Bridge *b : topology.bridgesOf(host.id)) {
        if (b->nat)
            return true;
        routed += b->routed;
    }
    return routed >= 2;
}

PlanStep enableForwarding()
{
    return {Firewall::tr("Let the host forward packets between its interfaces (needed for NAT and "
                         "routing; the isolation rules decide what may pass)."),
            {},
            RemoteCommand::run({QStringLiteral("sysctl"), QStringLiteral("-w"),
                                QStringLiteral("net.ipv4.ip_forward=1")}),
            kNoObject};
}

std::vector<Chain> chains()
{
    return {{kFilter, kForward}, {kNat, kPostrouting}, {kMangle, kForward}};
}

QString commentOf(const QString &printedLine)
{
    const QStringList words = printedWords(printedLine);
    const qsizetype at = words.indexOf(QStringLiteral("--comment"));
    return at >= 0 ? words.value(at + 1) : QString();
}

std::optional<FirewallRule> parsePrinted(const QString &table, const QString &printedLine,
                                         const QString &topology)
{
    const QStringList words = printedWords(printedLine);
    if (words.size() < 3 || words[0] != QLatin1String("-A"))
        return std::nullopt;
    const qsizetype at = words.indexOf(QStringLiteral("--comment"));
    if (at < 0 || words.value(at + 1) != tags::iptablesComment(topology))
        return std::nullopt;
    FirewallRule r;
    r.table = table;
    r.chain = words[1];
    for (qsizetype i = 2; i < words.size(); ++i)
        r.spec << longOptions().value(words[i], words[i]);
    r.isolation = table == kMangle && r.spec.endsWith(QStringLiteral("DROP"));
    return r;
}

} // namespace firewall
} // namespace studio
