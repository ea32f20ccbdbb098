// SPDX-License-Identifier: Apache-2.0
// The one source file that calls the operating system directly (the terminal: echo off,
// /dev/tty, isatty). POSIX below; the Windows console API in the Q_OS_WIN branch, which is
// written but not built here (docs/install.md). tests/sources checks that no other file of
// model/, forms/ or app/ includes a POSIX-only header.
#include "passwordprompt.h"

#include <QByteArray>

#if defined(Q_OS_WIN)
#include <windows.h>
#include <cstdio>
#include <io.h>
#include <iterator>
#include <string>

namespace trialcrf::cli {

bool PasswordPrompt::stderrIsTerminal()
{
    return _isatty(_fileno(stderr)) != 0;
}

bool PasswordPrompt::stdinIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

std::optional<QString> PasswordPrompt::fromTerminal(const QString &prompt, QString *error)
{
    HANDLE in = CreateFileW(L"CONIN$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ, nullptr,
                            OPEN_EXISTING, 0, nullptr);
    HANDLE out = CreateFileW(L"CONOUT$", GENERIC_WRITE, FILE_SHARE_WRITE, nullptr, OPEN_EXISTING,
                             0, nullptr);
    DWORD mode = 0;
    if (in == INVALID_HANDLE_VALUE || out == INVALID_HANDLE_VALUE || !GetConsoleMode(in, &mode)) {
        if (in != INVALID_HANDLE_VALUE)
            CloseHandle(in);
        if (out != INVALID_HANDLE_VALUE)
            CloseHandle(out);
        *error = tr("no terminal to ask for the password; set %1 or %2")
                     .arg(QLatin1String(newPasswordVariable()),
                          QLatin1String(actingPasswordVariable()));
        return std::nullopt;
    }
    DWORD written = 0;
    const std::wstring text = prompt.toStdWString();
    WriteConsoleW(out, text.c_str(), DWORD(text.size()), &written, nullptr);
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
    wchar_t buffer[4096];
    DWORD count = 0;
    const bool ok = ReadConsoleW(in, buffer, DWORD(std::size(buffer)), &count, nullptr);
    SetConsoleMode(in, mode);
    WriteConsoleW(out, L"\r\n", 2, &written, nullptr);
    CloseHandle(in);
    CloseHandle(out);
    QString line = ok ? QString::fromWCharArray(buffer, int(count)) : QString();
    if (!ok || !line.endsWith(QLatin1Char('\n'))) {
        *error = tr("no password entered");
        return std::nullopt;
    }
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

}  // namespace trialcrf::cli

#else
#include <csignal>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace trialcrf::cli {

bool PasswordPrompt::stderrIsTerminal()
{
    return ::isatty(STDERR_FILENO) != 0;
}

bool PasswordPrompt::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) != 0;
}

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

}  // namespace trialcrf::cli

#endif

namespace trialcrf::cli {

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
