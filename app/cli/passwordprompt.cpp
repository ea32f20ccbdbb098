// SPDX-License-Identifier: Apache-2.0
#include "passwordprompt.h"

#include <QByteArray>

#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace trialcrf::cli {

namespace {

// The terminal state to restore if the user interrupts while echo is off.
int g_ttyFd = -1;
struct termios g_saved;

void restoreAndReraise(int signal)
{
    if (g_ttyFd >= 0)
        tcsetattr(g_ttyFd, TCSAFLUSH, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// Echo off for its lifetime; restores the terminal however the scope ends.
class EchoOff {
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (tcgetattr(fd, &g_saved) != 0)
            return;
        g_ttyFd = fd;
        m_oldInt = std::signal(SIGINT, restoreAndReraise);
        m_oldTerm = std::signal(SIGTERM, restoreAndReraise);
        struct termios quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (g_ttyFd < 0)
            return;
        if (m_active)
            tcsetattr(m_fd, TCSAFLUSH, &g_saved);
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
        g_ttyFd = -1;
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    int m_fd;
    bool m_active = false;
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
};

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

}  // namespace

std::optional<QString> PasswordPrompt::fromTerminal(const QString &prompt, QString *error)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (fd < 0) {
        *error = tr("no terminal to ask for the password; set %1 or %2")
                     .arg(QLatin1String(newPasswordVariable()),
                          QLatin1String(actingPasswordVariable()));
        return std::nullopt;
    }
    QByteArray line;
    bool complete = false;
    {
        EchoOff quiet(fd);
        writeAll(fd, prompt.toLocal8Bit());
        char c = 0;
        constexpr qsizetype kMaxLength = 4096;
        while (line.size() < kMaxLength) {
            const ssize_t n = ::read(fd, &c, 1);
            if (n <= 0)
                break;
            if (c == '\n') {
                complete = true;
                break;
            }
            line.append(c);
        }
    }
    ::close(fd);
    if (!complete) {
        *error = tr("no password entered");
        return std::nullopt;
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromLocal8Bit(line);
}

std::optional<QString> PasswordPrompt::read(const char *variable, const QString &prompt,
                                            bool confirm, QString *error)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    const std::optional<QString> first = fromTerminal(prompt, error);
    if (!first || !confirm)
        return first;
    const std::optional<QString> second = fromTerminal(tr("Repeat the password: "), error);
    if (!second)
        return std::nullopt;
    if (*first != *second) {
        *error = tr("the two passwords differ");
        return std::nullopt;
    }
    return first;
}

}  // namespace trialcrf::cli
