#include "remotecommand.h"

#include <QRegularExpression>

namespace studio {

struct RemoteCommand::Node
{
    enum class Kind { Simple, And, Or, Pipe, Not, If, Sequence, Parallel };
    enum class Redirect { None, Quiet, NoStderr, NoStdout };

    Kind kind = Kind::Simple;
    QStringList argv;                                   // Simple
    Redirect redirect = Redirect::None;                 // Simple
    std::shared_ptr<const Node> left, right, otherwise; // otherwise: the else branch of If
    QStringList labels;                                 // Parallel
    std::vector<std::shared_ptr<const Node>> jobs;      // Parallel
    int atOnce = 1;                                     // Parallel
};

QString shellQuote(const QString &word)
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (safe.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

RemoteCommand RemoteCommand::run(const QStringList &argv)
{
    auto node = std::make_shared<Node>();
    node->argv = argv;
    return RemoteCommand(node);
}

static std::shared_ptr<const RemoteCommand::Node>
makeNode(RemoteCommand::Node::Kind kind, std::shared_ptr<const RemoteCommand::Node> left,
         std::shared_ptr<const RemoteCommand::Node> right)
{
    auto node = std::make_shared<RemoteCommand::Node>();
    node->kind = kind;
    node->left = std::move(left);
    node->right = std::move(right);
    return node;
}

RemoteCommand RemoteCommand::ifThen(const RemoteCommand &condition, const RemoteCommand &action)
{
    return RemoteCommand(makeNode(Node::Kind::If, condition.m_node, action.m_node));
}

RemoteCommand RemoteCommand::ifThenElse(const RemoteCommand &condition, const RemoteCommand &action,
                                        const RemoteCommand &otherwise)
{
    auto node = std::make_shared<Node>(*makeNode(Node::Kind::If, condition.m_node, action.m_node));
    node->otherwise = otherwise.m_node;
    return RemoteCommand(node);
}

RemoteCommand RemoteCommand::sequence(const RemoteCommand &first, const RemoteCommand &second)
{
    return RemoteCommand(makeNode(Node::Kind::Sequence, first.m_node, second.m_node));
}

RemoteCommand RemoteCommand::parallel(const QList<ParallelJob> &jobs, int atOnce)
{
    auto node = std::make_shared<Node>();
    node->kind = Node::Kind::Parallel;
    node->atOnce = std::max(1, atOnce);
    for (const ParallelJob &job : jobs) {
        Q_ASSERT(!job.command.isEmpty());
        node->labels << job.label;
        node->jobs.push_back(job.command.m_node);
    }
    return RemoteCommand(node);
}

RemoteCommand RemoteCommand::andThen(const RemoteCommand &next) const
{
    return RemoteCommand(makeNode(Node::Kind::And, m_node, next.m_node));
}

RemoteCommand RemoteCommand::orElse(const RemoteCommand &next) const
{
    return RemoteCommand(makeNode(Node::Kind::Or, m_node, next.m_node));
}

RemoteCommand RemoteCommand::pipeTo(const RemoteCommand &next) const
{
    return RemoteCommand(makeNode(Node::Kind::Pipe, m_node, next.m_node));
}

RemoteCommand RemoteCommand::negated() const
{
    return RemoteCommand(makeNode(Node::Kind::Not, m_node, nullptr));
}

RemoteCommand RemoteCommand::quiet() const
{
    Q_ASSERT(m_node && m_node->kind == Node::Kind::Simple);
    auto node = std::make_shared<Node>(*m_node);
    node->redirect = Node::Redirect::Quiet;
    return RemoteCommand(node);
}

RemoteCommand RemoteCommand::withoutStderr() const
{
    Q_ASSERT(m_node && m_node->kind == Node::Kind::Simple);
    auto node = std::make_shared<Node>(*m_node);
    node->redirect = Node::Redirect::NoStderr;
    return RemoteCommand(node);
}

RemoteCommand RemoteCommand::withoutStdout() const
{
    Q_ASSERT(m_node && m_node->kind == Node::Kind::Simple);
    auto node = std::make_shared<Node>(*m_node);
    node->redirect = Node::Redirect::NoStdout;
    return RemoteCommand(node);
}

namespace {

using NodePtr = std::shared_ptr<const RemoteCommand::Node>;
using Kind = RemoteCommand::Node::Kind;

// Flags. Wrapped: an ovs-vsctl transaction breaks its line before each "--" (plans); Brief:
// scripts of ours shown as '…' (reports, the Plan dock's short view).
enum Style { Line = 0, Wrapped = 1, Brief = 2 };

QString render(const NodePtr &node, Style style);
QString renderParallel(const NodePtr &node, Style style);

// "{ X; }" keeps a compound where sh's precedence would otherwise regroup it.
QString grouped(const NodePtr &node, Style style)
{
    return QStringLiteral("{ ") + render(node, style) + QStringLiteral("; }");
}

bool isList(const NodePtr &node)
{
    return node->kind == Kind::And || node->kind == Kind::Or || node->kind == Kind::Sequence;
}

QString render(const NodePtr &node, Style style)
{
    switch (node->kind) {
    case Kind::Simple: {
        QStringList words;
        words.reserve(node->argv.size());
        const bool wrapHere = (style & Wrapped) && !node->argv.isEmpty()
                              && node->argv.front() == QLatin1String("ovs-vsctl");
        // One of our scripts (sh -c 'lines…' NAME ARGS…): its arguments say what it was run on.
        const bool elideScript
            = (style & Brief) && node->argv.size() > 2 && node->argv[0] == QLatin1String("sh")
              && node->argv[1] == QLatin1String("-c") && node->argv[2].contains(QLatin1Char('\n'));
        for (qsizetype i = 0; i < node->argv.size(); ++i) {
            const QString &arg = node->argv[i];
            if (wrapHere && arg == QLatin1String("--") && !words.isEmpty())
                words << QStringLiteral("\\\n   ");
            words << (elideScript && i == 2 ? QStringLiteral("'…'") : shellQuote(arg));
        }
        QString line = words.join(QLatin1Char(' '));
        if (node->redirect == RemoteCommand::Node::Redirect::Quiet)
            line += QStringLiteral(" >/dev/null 2>&1");
        else if (node->redirect == RemoteCommand::Node::Redirect::NoStderr)
            line += QStringLiteral(" 2>/dev/null");
        else if (node->redirect == RemoteCommand::Node::Redirect::NoStdout)
            line += QStringLiteral(" >/dev/null");
        return line;
    }
    case Kind::And:
    case Kind::Or: {
        const QString op
            = node->kind == Kind::And ? QStringLiteral(" && ") : QStringLiteral(" || ");
        // && and || are left-associative with equal precedence: a list on the right needs braces.
        const QString right
            = isList(node->right) ? grouped(node->right, style) : render(node->right, style);
        const QString left = node->left->kind == Kind::Sequence ? grouped(node->left, style)
                                                                : render(node->left, style);
        return left + op + right;
    }
    case Kind::Pipe: {
        const auto side = [style](const NodePtr &n) {
            return isList(n) || n->kind == Kind::Not ? grouped(n, style) : render(n, style);
        };
        return side(node->left) + QStringLiteral(" | ") + side(node->right);
    }
    case Kind::Not:
        return QStringLiteral("! ")
               + (isList(node->left) ? grouped(node->left, style) : render(node->left, style));
    case Kind::If:
        return QStringLiteral("if ") + render(node->left, style) + QStringLiteral("; then ")
               + render(node->right, style)
               + (node->otherwise ? QStringLiteral("; else ") + render(node->otherwise, style)
                                  : QString())
               + QStringLiteral("; fi");
    case Kind::Sequence:
        return render(node->left, style) + QStringLiteral("; ") + render(node->right, style);
    case Kind::Parallel:
        return renderParallel(node, style);
    }
    return {};
}

// A subshell, so its trap and exit stay its own: each job's output goes to a file of its own,
// a failed job leaves a marker with its label; after the last batch the failures are printed,
// "label: output", in the jobs' order.
QString renderParallel(const NodePtr &node, Style style)
{
    const QString next = (style & Wrapped) ? QStringLiteral("\n  ") : QStringLiteral(" ");
    const int count = int(node->jobs.size());
    const int width = int(QString::number(count).size());
    QString s = QStringLiteral("( d=$(mktemp -d) || exit 1; trap 'rm -rf \"$d\"' EXIT;");
    for (int i = 0; i < count; ++i) {
        const QString file = QStringLiteral("\"$d/%1\"").arg(i + 1, width, 10, QLatin1Char('0'));
        const QString failed
            = QStringLiteral("\"$d/%1.failed\"").arg(i + 1, width, 10, QLatin1Char('0'));
        s += next + QStringLiteral("{ ") + render(node->jobs[std::size_t(i)], style)
             + QStringLiteral("; } >") + file + QStringLiteral(" 2>&1 || echo ")
             + shellQuote(node->labels[i]) + QStringLiteral(" >") + failed + QStringLiteral(" &");
        if ((i + 1) % node->atOnce == 0 || i + 1 == count)
            s += next + QStringLiteral("wait;");
    }
    s += next
         + QStringLiteral("s=0; for f in \"$d\"/*.failed; do [ -e \"$f\" ] || continue; "
                          "printf '%s: ' \"$(cat \"$f\")\"; cat \"${f%.failed}\"; s=1; "
                          "done >&2; exit $s )");
    return s;
}

void collectPrograms(const NodePtr &node, QStringList &programs)
{
    if (!node)
        return;
    if (node->kind == Kind::Simple) {
        if (!node->argv.isEmpty() && !programs.contains(node->argv.front()))
            programs << node->argv.front();
        return;
    }
    collectPrograms(node->left, programs);
    collectPrograms(node->right, programs);
    collectPrograms(node->otherwise, programs);
    for (const NodePtr &job : node->jobs)
        collectPrograms(job, programs);
}

QString renderTop(const NodePtr &node, Style style)
{
    if (!node)
        return {};
    // A top-level sequence is grouped so the command stays one unit wherever it is pasted.
    return node->kind == Kind::Sequence ? grouped(node, style) : render(node, style);
}

} // namespace

QString RemoteCommand::toShell(bool wrap) const
{
    return renderTop(m_node, wrap ? Wrapped : Line);
}

QString RemoteCommand::toShellBrief(bool wrap) const
{
    return renderTop(m_node, Style(Brief | (wrap ? Wrapped : Line)));
}

QStringList RemoteCommand::programs() const
{
    QStringList result;
    collectPrograms(m_node, result);
    return result;
}

} // namespace studio
