#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace studio {

// An error is a value: it names what is wrong, where, and how to fix it. Functions that can fail
// return Result<T>; nothing throws across the event loop.
struct Error
{
    QString where;   // "hosts[1].bridges[0].mtu", "host1/br0", a file path: the place to look
    QString message; // what is wrong
    QString fix;     // what to do about it (may be empty when obvious)

    QString toString() const
    {
        QString text = where.isEmpty() ? message : where + QStringLiteral(": ") + message;
        if (!fix.isEmpty()) {
            // Messages quote tools (libssh, iptables) that end without a full stop. Chinese and
            // Japanese translations end in their own full stops.
            static const QString kSentenceEnds = QStringLiteral(".?!\u3002\uff1f\uff01");
            if (!text.isEmpty() && !kSentenceEnds.contains(text.back()))
                text += QLatin1Char('.');
            text += QStringLiteral(" ") + fix;
        }
        return text;
    }
};

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::move(value))
    {}
    Result(Error error)
        : m_state(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that produce nothing but can fail.
struct Done
{};
using Status = Result<Done>;
inline Status success()
{
    return Done{};
}

} // namespace studio
