#pragma once

// Result<T>: a value or an Error that a person can read. Used at every boundary where storage,
// import or rules can fail, so that failures travel up as sentences rather than as booleans.

#include <QString>

#include <optional>
#include <utility>

namespace ch {

struct Error
{
    enum class Kind { General, NotFound, Conflict, InvalidInput, NotADatabase, Corrupt, NewerSchema, Io };

    Kind kind = Kind::General;
    QString message; // for the user: what happened and what to do
    QString detail;  // for the log: the SQL error, the file name, ...

    static Error make(Kind k, QString msg, QString det = {}) { return Error{k, std::move(msg), std::move(det)}; }
    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral("\n") + detail; }
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_ok(false), m_error(std::move(error)) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return m_ok; }
    const Error &error() const { return m_error; }

private:
    bool m_ok = true;
    Error m_error;
};

using Status = Result<void>;

} // namespace ch
