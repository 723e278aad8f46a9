#include "remotecommand.h"

#include <QRegularExpression>

namespace studio {

struct RemoteCommand::Node
{
    enum class Kind { Simple, And, Or, Pipe, Not, If, Sequence };
    enum class Redirect { None, Quiet, NoStderr, NoStdout };

    Kind kind = Kind::Simple;
    QStringList argv;                                   // Simple
    Redirect redirect = Redirect::None;                 // Simple
    std::shared_ptr<const Node> left, right, otherwise; // otherwise: the else branch of If
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

QString render(const NodePtr &node, bool wrap);

// "{ X; }" keeps a compound where sh's precedence would otherwise regroup it.
QString grouped(const NodePtr &node, bool wrap)
{
    return QStringLiteral("{ ") + render(node, wrap) + QStringLiteral("; }");
}

bool isList(const NodePtr &node)
{
    return node->kind == Kind::And || node->kind == Kind::Or || node->kind == Kind::Sequence;
}

QString render(const NodePtr &node, bool wrap)
{
    switch (node->kind) {
    case Kind::Simple: {
        QStringList words;
        words.reserve(node->argv.size());
        const bool wrapHere
            = wrap && !node->argv.isEmpty() && node->argv.front() == QLatin1String("ovs-vsctl");
        for (const QString &arg : node->argv) {
            if (wrapHere && arg == QLatin1String("--") && !words.isEmpty())
                words << QStringLiteral("\\\n   ");
            words << shellQuote(arg);
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
            = isList(node->right) ? grouped(node->right, wrap) : render(node->right, wrap);
        const QString left = node->left->kind == Kind::Sequence ? grouped(node->left, wrap)
                                                                : render(node->left, wrap);
        return left + op + right;
    }
    case Kind::Pipe: {
        const auto side = [wrap](const NodePtr &n) {
            return isList(n) || n->kind == Kind::Not ? grouped(n, wrap) : render(n, wrap);
        };
        return side(node->left) + QStringLiteral(" | ") + side(node->right);
    }
    case Kind::Not:
        return QStringLiteral("! ")
               + (isList(node->left) ? grouped(node->left, wrap) : render(node->left, wrap));
    case Kind::If:
        return QStringLiteral("if ") + render(node->left, wrap) + QStringLiteral("; then ")
               + render(node->right, wrap)
               + (node->otherwise ? QStringLiteral("; else ") + render(node->otherwise, wrap)
                                  : QString())
               + QStringLiteral("; fi");
    case Kind::Sequence:
        return render(node->left, wrap) + QStringLiteral("; ") + render(node->right, wrap);
    }
    return {};
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
}

} // namespace

QString RemoteCommand::toShell(bool wrap) const
{
    if (!m_node)
        return {};
    // A top-level sequence is grouped so the command stays one unit wherever it is pasted.
    return m_node->kind == Kind::Sequence ? grouped(m_node, wrap) : render(m_node, wrap);
}

QStringList RemoteCommand::programs() const
{
    QStringList result;
    collectPrograms(m_node, result);
    return result;
}

} // namespace studio
