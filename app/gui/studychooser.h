// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "storage/database.h"
#include "storage/studylocation.h"

#include <QCoreApplication>
#include <memory>

class QWidget;

namespace trialcrf {

/// Finds and opens the study for the app: the file or server named on the command line, the
/// one used last, or the one the user names in the connection dialog. Every failure is shown
/// in DatabaseOpener's dialog and changes nothing; the connection dialog then comes back with
/// the fields as typed. What opened is remembered for the next start (never the password).
class StudyChooser {
public:
    explicit StudyChooser(QWidget *parent = nullptr) : m_parent(parent) {}

    /// A file named on the command line (--db): a missing or empty file asks before a new
    /// study is made there; no dialog after a failure (nullptr).
    std::unique_ptr<Database> openFile(const QString &path);
    /// Opens `location`; when that fails, the connection dialog filled with it.
    std::unique_ptr<Database> openOrChoose(const StudyLocation &location);
    /// The connection dialog first, filled with `initial`; nullptr when it was cancelled.
    std::unique_ptr<Database> choose(const StudyLocation &initial);

    /// Where the app opens without --db or --server: the study used last, else the default
    /// file under AppDataLocation.
    static StudyLocation startLocation();

private:
    std::unique_ptr<Database> choose(const StudyLocation &initial, bool wantsPassword);
    /// One attempt; *wantsPassword when the server refused a login without a password.
    std::unique_ptr<Database> tryOpen(const StudyLocation &location, bool *wantsPassword);
    /// A file that does not exist yet, or is empty: asks whether to make a new study there.
    bool confirmNewFile(const QString &path);

    QWidget *m_parent = nullptr;
};

}  // namespace trialcrf
