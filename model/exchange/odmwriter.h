// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "exchange/exchangeproblem.h"
#include "storage/session.h"

#include <QMap>
#include <QString>

class QIODevice;

namespace trialcrf {

class StudyStore;

/// Writes the study as one CDISC ODM 1.3.2 Snapshot document: Study with its MetaDataVersion
/// (a StudyEventDef per visit plus one for adverse events, FormDefs, ItemGroupDefs, ItemDefs
/// with English and Chinese TranslatedText, CodeLists for coded fields, measurement units),
/// AdminData with the users and the site, and ClinicalData with SubjectData → StudyEventData →
/// FormData → ItemGroupData → ItemData. Every ItemData carries an AuditRecord (user, time,
/// reason for change) from the audit trail: the last change of that field, else the insert of
/// its record. Items not recorded are written with IsNull="Yes". Computed values are left to
/// the CSV export; ODM carries what was collected. One subject's casebook is in memory at a
/// time.
class OdmWriter {
public:
    struct Result {
        bool cancelled = false;
        QString error;                 ///< one line when it failed
        QMap<QString, qint64> counts;  ///< "subjects", "items", "audit_records"
    };

    OdmWriter(const StudyStore &store, const Session &session);
    void setProgress(ExchangeProgress progress) { m_progress = std::move(progress); }
    Result write(QIODevice *device);

    static QString odmNamespace() { return QStringLiteral("http://www.cdisc.org/ns/odm/v1.3"); }

private:
    class Run;

    const StudyStore &m_store;
    Session m_session;
    ExchangeProgress m_progress;
};

}  // namespace trialcrf
