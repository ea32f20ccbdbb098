// SPDX-License-Identifier: Apache-2.0
// trialcrf-test-writer DB MANAGER PASSWORD N: the data manager MANAGER adds a nurse "writer"
// (same password), who then saves N subjects, one transaction each. Prints "writing" after
// the first commit, so a test can act while the writes go on.
#include "protocol/protocol.h"
#include "storage/database.h"
#include "storage/studystore.h"
#include "storage/userstore.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace trialcrf;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        err << "usage: trialcrf-test-writer DB USER PASSWORD N" << Qt::endl;
        return 2;
    }
    Database db;
    if (!db.open(args.at(1), Database::OpenMode::ExistingOnly)) {
        err << db.errorString() << Qt::endl;
        return 1;
    }
    UserStore users(db);
    Session manager;
    Session session;
    QString error;
    if (users.login(args.at(2), args.at(3), &manager) != UserStore::LoginResult::Ok ||
        !users.addUser(manager, QStringLiteral("writer"), QStringLiteral("Test Writer"),
                       Role::Nurse, args.at(3), &error) ||
        users.login(QStringLiteral("writer"), args.at(3), &session) != UserStore::LoginResult::Ok) {
        err << "cannot log in the writer: " << error << Qt::endl;
        return 1;
    }
    StudyStore store(db, Protocol::builtIn());
    const int n = args.at(4).toInt();
    for (int i = 1; i <= n; ++i) {
        Subject s;
        s.code = QStringLiteral("W%1").arg(i, 5, 10, QLatin1Char('0'));
        s.initials = QStringLiteral("WR");
        s.sex = i % 2 ? QStringLiteral("M") : QStringLiteral("F");
        s.birthDate = QDate(1980, 1, 1).addDays(i);
        s.week0Date = QDate::currentDate().addDays(14);
        const SaveResult r = store.saveSubject(session, s);
        if (!r.ok()) {
            err << "save " << s.code << " failed: " << r.message << Qt::endl;
            return 1;
        }
        if (i == 1)
            out << "writing" << Qt::endl;
    }
    return 0;
}
