// SPDX-License-Identifier: Apache-2.0
#include "readystudy.h"

#include "storage/sdvstore.h"
#include "storage/signaturestore.h"

namespace trialcrf::fixtures {

namespace {

bool saved(const SaveResult &r, const QString &what, QString *error)
{
    if (!r.ok())
        *error = saveProblem(r, qPrintable(what));
    return r.ok();
}

}  // namespace

bool addCompleteSubject(TestStudy &t, const QString &code, qint64 *id, QString *error)
{
    StudyStore &store = t.store();
    Subject s = subject(code);
    if (!saved(store.saveSubject(t.nurse, s), QStringLiteral("subject"), error))
        return false;
    *id = s.id;
    PasiAssessment screening = pasi(s.id, QStringLiteral("screening"), QDate(2024, 2, 21));
    if (!saved(store.savePasi(t.physician, screening), QStringLiteral("screening PASI"), error) ||
        !saved(enrol(store, s.id, t.physician), QStringLiteral("enrolment"), error))
        return false;
    for (const VisitDef &v : store.protocol().visits) {
        if (!v.week)
            continue;
        const QDate date = s.week0Date->addDays(7 * *v.week);
        if (v.infusion) {
            Infusion i = infusion(s.id, v.code, date);
            i.lotNumber = QStringLiteral("LOT-") + code;
            if (!saved(store.saveInfusion(t.nurse, i), v.code, error))
                return false;
        }
        PasiAssessment a = pasi(s.id, v.code, date);
        if (!saved(store.savePasi(t.physician, a), v.code, error))
            return false;
    }
    return true;
}

bool approveAndVerify(TestStudy &t, qint64 id, QString *error)
{
    SignatureStore signatures(t.store(), t.users());
    const SignResult signedNow =
        signatures.sign(t.physician, id, SignatureStore::scopeCasebook(), {},
                        SignatureStore::meaningApproved(), TestStudy::accountPassword());
    if (!signedNow.ok()) {
        *error = QStringLiteral("approval: ") + signedNow.message;
        return false;
    }
    SdvStore sdv(t.store());
    for (const QString &visit : t.store().protocol().visitCodes()) {
        if (!saved(sdv.markVisit(t.monitor, id, visit), QStringLiteral("SDV ") + visit, error))
            return false;
    }
    return true;
}

}  // namespace trialcrf::fixtures
