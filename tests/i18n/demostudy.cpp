// SPDX-License-Identifier: Apache-2.0
#include "demostudy.h"

#include "demo/demogenerator.h"
#include "fixtures.h"
#include "storage/signaturestore.h"
#include "protocol/protocol.h"

#include <QDir>

namespace trialcrf::i18ntest {

namespace {

constexpr int kSubjects = 24;
constexpr quint32 kSeed = 7;

}  // namespace

QString DemoStudy::path() const
{
    return m_dir.filePath(QStringLiteral("demo.db"));
}

QString DemoStudy::password() const
{
    return DemoGenerator::password();
}

Session DemoStudy::session(Role role) const
{
    return m_sessions.value(int(role));
}

bool DemoStudy::create(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    m_db = std::make_unique<Database>();
    if (!m_db->open(path())) {
        *error = m_db->errorString();
        return false;
    }
    DemoGenerator generator(*m_db, Protocol::builtIn());
    if (!generator.generate(kSubjects, kSeed, error))
        return false;
    m_store = std::make_unique<StudyStore>(*m_db, Protocol::builtIn());
    m_users = std::make_unique<UserStore>(*m_db);
    for (const DemoGenerator::Account &a : DemoGenerator::accounts()) {
        const std::optional<Session> s = fixtures::logIn(*m_users, a.userName, password(), error);
        if (!s)
            return false;
        m_sessions.insert(int(a.role), *s);
        m_dataTexts << a.userName << a.fullName << a.fullName.split(QLatin1Char(' '));
    }
    m_dataTexts << password() << path() << QDir::toNativeSeparators(path());
    const Protocol &p = Protocol::builtIn();
    m_dataTexts << p.title << p.site << p.siteCode << p.principalInvestigator
                << p.sponsorStudyId << p.registryId;
    return pickSubject(error) && signAndBreak(error);
}

bool DemoStudy::signAndBreak(QString *error)
{
    // The physician signs the PASI visit and the whole casebook; a later correction of the
    // consent time breaks the casebook signature (the visit's stays valid): the signatures
    // dock shows both states and the re-sign list has a row.
    SignatureStore signatures(*m_store, *m_users);
    const Session physician = session(Role::Physician);
    const struct {
        QString scope, visit, meaning;
    } toSign[] = {{SignatureStore::scopeVisit(), m_pasiVisit, QStringLiteral("reviewed")},
                  {SignatureStore::scopeCasebook(), QString(), QStringLiteral("approved")}};
    for (const auto &s : toSign) {
        const SignResult r =
            signatures.sign(physician, m_subjectId, s.scope, s.visit, s.meaning, password());
        if (r.status != SignResult::Status::Signed) {
            *error = QStringLiteral("cannot sign %1 %2: %3").arg(s.scope, s.visit, r.message);
            return false;
        }
    }
    std::optional<Casebook> book = m_store->loadCasebook(physician, m_subjectId);
    if (!book || !book->consent) {
        *error = QStringLiteral("cannot reload %1").arg(m_code);
        return false;
    }
    Consent consent = *book->consent;
    consent.consentTime = consent.consentTime ? consent.consentTime->addSecs(60) : QTime(9, 30);
    const QString reason = QStringLiteral("时间更正 / time corrected");
    m_dataTexts << reason << QStringLiteral("time corrected");
    std::sort(m_dataTexts.begin(), m_dataTexts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    const SaveResult saved = m_store->saveConsent(session(Role::Nurse), consent, reason);
    if (!saved.ok()) {
        *error = QStringLiteral("cannot correct the consent time: %1").arg(saved.message);
        return false;
    }
    return true;
}

bool DemoStudy::pickSubject(QString *error)
{
    const Session physician = session(Role::Physician);
    for (const SubjectSummary &summary : m_store->subjects(0, -1)) {
        m_dataTexts << summary.code << summary.initials;
        const std::optional<Casebook> c = m_store->loadCasebook(physician, summary.id);
        if (!c)
            continue;
        // Free text typed into the pages is data in whatever language it was typed.
        if (c->consent)
            m_dataTexts << c->consent->obtainedBy << c->consent->consentVersion;
        if (c->eligibility)
            m_dataTexts << c->eligibility->overrideReason;
        for (const Infusion &i : c->infusions)
            m_dataTexts << i.lotNumber << i.deviationReason << i.reactionDescription;
        for (const AdverseEvent &ae : c->adverseEvents)
            m_dataTexts << ae.term;
        if (!m_code.isEmpty() || !c->consent || !c->eligibility || c->infusions.isEmpty()
            || c->pasi.size() < 2 || c->adverseEvents.isEmpty())
            continue;
        m_code = summary.code;
        m_subjectId = summary.id;
        m_infusionVisit = c->infusions.first().visit;
        m_pasiVisit = c->pasi.last().visit;
        m_aeNumber = c->adverseEvents.first().aeNumber;
    }
    m_dataTexts.removeAll(QString());
    m_dataTexts.removeDuplicates();
    // Longest first, so "Chen Xiaoli" goes before "Chen".
    std::sort(m_dataTexts.begin(), m_dataTexts.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    if (m_code.isEmpty()) {
        *error = QStringLiteral("the demo has no subject with every page");
        return false;
    }
    return true;
}

}  // namespace trialcrf::i18ntest
