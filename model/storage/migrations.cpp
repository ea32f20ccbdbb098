// SPDX-License-Identifier: Apache-2.0
#include "storage/migrations.h"

#include "storage/migrationsites.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <iterator>
#include <utility>

namespace trialcrf {

namespace {

using Migration = QStringList (*)();

// Conventions: dates are ISO text (yyyy-MM-dd), times HH:mm, timestamps ISO 8601 UTC with
// milliseconds; decimals REAL, counts INTEGER; yes/no INTEGER 0/1 with NULL = not recorded.
// Every clinical row carries version (optimistic locking) and who/when last wrote it.
// Each UNIQUE key that starts with subject_id doubles as the index on subject_id.
QStringList migration1()
{
    return {
        QStringLiteral("CREATE TABLE meta ("
                       " key TEXT PRIMARY KEY,"
                       " value TEXT NOT NULL)"),

        QStringLiteral(
            "CREATE TABLE users ("
            " id INTEGER PRIMARY KEY,"
            " user_name TEXT NOT NULL UNIQUE,"
            " full_name TEXT NOT NULL DEFAULT '',"
            " role TEXT NOT NULL CHECK (role IN ('nurse','physician','monitor','data_manager')),"
            " password_hash TEXT NOT NULL,"
            " disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0,1)),"
            " failed_attempts INTEGER NOT NULL DEFAULT 0,"
            " locked_until TEXT,"
            " version INTEGER NOT NULL DEFAULT 1,"
            " created_at TEXT NOT NULL)"),
        // User names are unique whatever their case.
        QStringLiteral("CREATE UNIQUE INDEX users_user_name_ci ON users (lower(user_name))"),

        QStringLiteral("CREATE TABLE subjects ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " initials TEXT NOT NULL,"
                       " sex TEXT CHECK (sex IN ('M','F')),"
                       " birth_date TEXT,"
                       " week0_date TEXT,"
                       " status TEXT NOT NULL,"
                       " locked INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0,1)),"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX subjects_status ON subjects (status, code)"),

        QStringLiteral("CREATE TABLE consents ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_id INTEGER NOT NULL UNIQUE REFERENCES subjects (id),"
                       " consent_version TEXT,"
                       " consent_date TEXT,"
                       " consent_time TEXT,"
                       " subject_signed INTEGER CHECK (subject_signed IN (0,1)),"
                       " obtained_by TEXT,"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),

        QStringLiteral(
            "CREATE TABLE eligibility ("
            " id INTEGER PRIMARY KEY,"
            " subject_id INTEGER NOT NULL UNIQUE REFERENCES subjects (id),"
            " assessed_date TEXT,"
            " psoriasis_vulgaris INTEGER CHECK (psoriasis_vulgaris IN (0,1)),"
            " pasi_tenths INTEGER,"
            " bsa_pct REAL, sas REAL, sds REAL,"
            " calcium_mmol_l REAL,"
            " ast REAL, ast_uln REAL, alt REAL, alt_uln REAL,"
            " creatinine REAL, creatinine_uln REAL, cystatin_c REAL, cystatin_c_uln REAL,"
            " hemoglobin_g_l REAL, hemoglobin_lln REAL, hemoglobin_uln REAL,"
            " platelets_10e9_l REAL, wbc_10e9_l REAL,"
            // a date (yyyy-MM-dd) or 'never'; NULL = not recorded
            " last_topical_date TEXT, last_systemic_date TEXT, last_biologic_date TEXT,"
            " exc_guttate_inverse_face INTEGER CHECK (exc_guttate_inverse_face IN (0,1)),"
            " exc_acute_progressive_erythroderma INTEGER"
            "  CHECK (exc_acute_progressive_erythroderma IN (0,1)),"
            " exc_pregnancy_lactation INTEGER CHECK (exc_pregnancy_lactation IN (0,1)),"
            " exc_psychiatric_disorder INTEGER CHECK (exc_psychiatric_disorder IN (0,1)),"
            " exc_uncontrolled_disease INTEGER CHECK (exc_uncontrolled_disease IN (0,1)),"
            " exc_other_lab_abnormal INTEGER CHECK (exc_other_lab_abnormal IN (0,1)),"
            " exc_malignancy INTEGER CHECK (exc_malignancy IN (0,1)),"
            " exc_allergy_history INTEGER CHECK (exc_allergy_history IN (0,1)),"
            " exc_other_trial INTEGER CHECK (exc_other_trial IN (0,1)),"
            " exc_investigator_judgement INTEGER CHECK (exc_investigator_judgement IN (0,1)),"
            " confirmed_verdict TEXT"
            "  CHECK (confirmed_verdict IN ('eligible','not_eligible','incomplete')),"
            " override_reason TEXT,"
            " confirmed_by TEXT,"
            " confirmed_at TEXT,"
            " version INTEGER NOT NULL,"
            " updated_at TEXT NOT NULL,"
            " updated_by TEXT NOT NULL)"),

        QStringLiteral("CREATE TABLE infusions ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_id INTEGER NOT NULL REFERENCES subjects (id),"
                       " visit TEXT NOT NULL,"
                       " infusion_date TEXT,"
                       " weight_kg REAL,"
                       " actual_cells INTEGER,"
                       " lot_number TEXT,"
                       " viability_pct REAL,"
                       " thaw_time TEXT, start_time TEXT, end_time TEXT,"
                       " reaction INTEGER NOT NULL DEFAULT 0 CHECK (reaction IN (0,1)),"
                       " reaction_description TEXT,"
                       " deviation_reason TEXT,"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL,"
                       " UNIQUE (subject_id, visit))"),

        QStringLiteral(
            "CREATE TABLE vital_signs ("
            " id INTEGER PRIMARY KEY,"
            " infusion_id INTEGER NOT NULL REFERENCES infusions (id) ON DELETE CASCADE,"
            " seq INTEGER NOT NULL CHECK (seq >= 1),"
            " phase TEXT NOT NULL CHECK (phase IN ('before','during','after')),"
            " minute INTEGER,"
            " time TEXT,"
            " temperature_c REAL,"
            " pulse INTEGER, respiration INTEGER, systolic INTEGER, diastolic INTEGER,"
            " UNIQUE (infusion_id, seq))"),

        QStringLiteral("CREATE TABLE pasi_assessments ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_id INTEGER NOT NULL REFERENCES subjects (id),"
                       " visit TEXT NOT NULL,"
                       " assessment_date TEXT,"
                       " head_erythema INTEGER, head_induration INTEGER,"
                       " head_desquamation INTEGER, head_area INTEGER,"
                       " upper_limbs_erythema INTEGER, upper_limbs_induration INTEGER,"
                       " upper_limbs_desquamation INTEGER, upper_limbs_area INTEGER,"
                       " trunk_erythema INTEGER, trunk_induration INTEGER,"
                       " trunk_desquamation INTEGER, trunk_area INTEGER,"
                       " lower_limbs_erythema INTEGER, lower_limbs_induration INTEGER,"
                       " lower_limbs_desquamation INTEGER, lower_limbs_area INTEGER,"
                       " bsa_pct REAL,"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL,"
                       " UNIQUE (subject_id, visit))"),

        QStringLiteral("CREATE TABLE adverse_events ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_id INTEGER NOT NULL REFERENCES subjects (id),"
                       " ae_number INTEGER NOT NULL CHECK (ae_number >= 1),"
                       " term TEXT,"
                       " onset_date TEXT,"
                       " end_date TEXT,"
                       " ctcae_grade TEXT,"
                       " serious INTEGER CHECK (serious IN (0,1)),"
                       " sae_criteria TEXT,"  // ';'-separated codes
                       " relatedness TEXT,"
                       " action_taken TEXT,"
                       " outcome TEXT,"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL,"
                       " UNIQUE (subject_id, ae_number))"),

        QStringLiteral("CREATE TABLE audit_log ("
                       " seq INTEGER PRIMARY KEY,"
                       " at_utc TEXT NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " action TEXT NOT NULL,"
                       " table_name TEXT,"
                       " record_id INTEGER,"
                       " subject_code TEXT,"
                       " field TEXT,"
                       " old_value TEXT,"
                       " new_value TEXT,"
                       " reason TEXT,"
                       " prev_hash TEXT NOT NULL,"
                       " hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_subject_code ON audit_log (subject_code)"),
        QStringLiteral("CREATE INDEX audit_log_user_name ON audit_log (user_name)"),
        QStringLiteral("CREATE INDEX audit_log_at_utc ON audit_log (at_utc)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log"
                       " BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
    };
}

// E-signatures (append-only, like the audit log) and users that are disabled, never deleted.
QStringList migration2()
{
    return {
        QStringLiteral(
            "CREATE TABLE signatures ("
            " id INTEGER PRIMARY KEY,"
            " subject_id INTEGER NOT NULL REFERENCES subjects (id),"
            " scope TEXT NOT NULL CHECK (scope IN ('visit','casebook')),"
            " visit TEXT,"
            " signer_user_id INTEGER NOT NULL REFERENCES users (id),"
            " signer_user_name TEXT NOT NULL,"
            " printed_name TEXT NOT NULL,"
            " signer_role TEXT NOT NULL,"
            " meaning TEXT NOT NULL CHECK (meaning IN ('reviewed','approved')),"
            " signed_at_utc TEXT NOT NULL,"
            " content_hash TEXT NOT NULL,"
            " CHECK ((scope = 'visit' AND visit IS NOT NULL)"
            "  OR (scope = 'casebook' AND visit IS NULL)))"),
        QStringLiteral("CREATE INDEX signatures_subject ON signatures (subject_id, id)"),
        QStringLiteral("CREATE TRIGGER signatures_no_update BEFORE UPDATE ON signatures"
                       " BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END"),
        QStringLiteral("CREATE TRIGGER signatures_no_delete BEFORE DELETE ON signatures"
                       " BEGIN SELECT RAISE(ABORT, 'signatures are append-only'); END"),
        QStringLiteral("CREATE TRIGGER users_no_delete BEFORE DELETE ON users"
                       " BEGIN SELECT RAISE(ABORT, 'users are disabled, never deleted'); END"),
    };
}

// The audit anchor: the number of audit rows and the last row's hash, rewritten in the same
// transaction as every audit insert (Transaction::commit). The hash chain alone cannot show
// that its LAST rows were deleted; a trail that ends before the anchor does. Filled here from
// the rows an older database already holds.
QStringList migration3()
{
    return {
        QStringLiteral("CREATE TABLE audit_anchor ("
                       " id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " row_count INTEGER NOT NULL CHECK (row_count >= 0),"
                       " tail_hash TEXT NOT NULL)"),
        QStringLiteral("INSERT INTO audit_anchor (id, row_count, tail_hash)"
                       " SELECT 1, coalesce(max(seq), 0),"
                       "  coalesce((SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1),"
                       "   '0000000000000000000000000000000000000000000000000000000000000000')"
                       " FROM audit_log"),
        QStringLiteral("CREATE TRIGGER audit_anchor_no_delete BEFORE DELETE ON audit_anchor"
                       " BEGIN SELECT RAISE(ABORT, 'the audit anchor is never deleted'); END"),
    };
}

// The subject's life cycle: a withdrawal is recorded with its date and reason (the status
// "withdrawn" follows from them). The eligibility page's old pasi_tenths column stays, so no
// value is ever dropped, but is no longer written: the screening PASI is read from the
// screening PASI assessment.
QStringList migrationWithdrawal()
{
    return {
        QStringLiteral("ALTER TABLE subjects ADD COLUMN withdrawal_date TEXT"),
        QStringLiteral("ALTER TABLE subjects ADD COLUMN withdrawal_reason TEXT"),
    };
}

// The area involved in % of each PASI region, as the physician measured it: source data the
// area score is derived from (and must agree with). Empty for assessments scored directly.
QStringList migrationPasiAreaPct()
{
    QStringList statements;
    for (const char *region : {"head", "upper_limbs", "trunk", "lower_limbs"})
        statements << QStringLiteral("ALTER TABLE pasi_assessments ADD COLUMN %1_area_pct REAL")
                          .arg(QLatin1String(region));
    return statements;
}

// The protocol-deviation log: one row per soft check a saved infusion or PASI assessment
// shows, written in the record's save. Rows are never deleted: a deviation the data no longer
// shows is marked resolved (and reopened if it shows again).
QStringList migrationDeviationLog()
{
    return {
        QStringLiteral("CREATE TABLE deviations ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_id INTEGER NOT NULL REFERENCES subjects (id),"
                       " visit TEXT NOT NULL,"
                       " kind TEXT NOT NULL,"
                       " source_table TEXT NOT NULL"
                       "  CHECK (source_table IN ('infusions','pasi_assessments')),"
                       " source_id INTEGER NOT NULL,"
                       " detected_at TEXT NOT NULL,"
                       " reason TEXT,"
                       " recorded_by TEXT NOT NULL,"
                       " resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0,1)),"
                       " resolved_at TEXT,"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL,"
                       " UNIQUE (source_table, source_id, kind))"),
        QStringLiteral("CREATE INDEX deviations_subject ON deviations (subject_id, visit)"),
        QStringLiteral("CREATE TRIGGER deviations_no_delete BEFORE DELETE ON deviations"
                       " BEGIN SELECT RAISE(ABORT, 'deviations are resolved, never deleted');"
                       " END"),
    };
}

// One vital-sign set before and one after each infusion, one per minute during it. A study
// file may already hold repeated sets (imported before this rule): they are what was recorded,
// so they are kept, never dropped, and the upgrade never fails on them; the triggers refuse
// every new repeat (the infusion page shows the old ones and will not save until one goes).
// A "during" set whose minute is not recorded yet (an incomplete page) repeats nothing. The
// index serves the triggers' lookups.
QStringList migrationVitalSetsOnce()
{
    const QString repeat = QStringLiteral(
        "EXISTS (SELECT 1 FROM vital_signs o WHERE o.infusion_id = NEW.infusion_id"
        " AND o.phase = NEW.phase AND o.id IS NOT NEW.id"
        " AND (NEW.phase <> 'during' OR o.minute = NEW.minute))"
        " BEGIN SELECT RAISE(ABORT, 'one vital-sign set per infusion and phase (and minute)');"
        " END");
    return {
        QStringLiteral("CREATE INDEX vital_signs_set ON vital_signs (infusion_id, phase, minute)"),
        QStringLiteral("CREATE TRIGGER vital_signs_set_once BEFORE INSERT ON vital_signs WHEN ")
            + repeat,
        // An update that keeps a row's set (an old repeat corrected in place) stays possible.
        QStringLiteral("CREATE TRIGGER vital_signs_set_once_update"
                       " BEFORE UPDATE OF infusion_id, phase, minute ON vital_signs"
                       " WHEN (NEW.infusion_id IS NOT OLD.infusion_id OR NEW.phase IS NOT OLD.phase"
                       " OR NEW.minute IS NOT OLD.minute) AND ")
            + repeat,
    };
}

// At the infusion chair: the oxygen saturation of each vital-sign set, and an adverse event's
// onset time and the infusion (by its visit) it followed, for a reaction recorded there.
QStringList migrationChair()
{
    return {QStringLiteral("ALTER TABLE vital_signs ADD COLUMN spo2 INTEGER"),
            QStringLiteral("ALTER TABLE adverse_events ADD COLUMN onset_time TEXT"),
            QStringLiteral("ALTER TABLE adverse_events ADD COLUMN infusion_visit TEXT")};
}

// Monitoring: queries on a field or a page with their thread of messages, and source data
// verification marks. Messages and marks are append-only (an SDV mark is taken back by a newer
// row that unmarks); a query's state follows from its last message and is kept on the query
// for the lists. Every row is written with its audit row.
QStringList migrationMonitoring()
{
    return {
        QStringLiteral("CREATE TABLE queries ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_id INTEGER NOT NULL REFERENCES subjects (id),"
                       " record_table TEXT NOT NULL,"
                       " record_key TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL DEFAULT '',"  // '' = the whole page
                       " state TEXT NOT NULL CHECK (state IN ('open','answered','closed')),"
                       " raised_by TEXT NOT NULL,"
                       " raised_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " updated_by TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX queries_subject ON queries (subject_id, state)"),
        QStringLiteral("CREATE TRIGGER queries_no_delete BEFORE DELETE ON queries"
                       " BEGIN SELECT RAISE(ABORT, 'queries are closed, never deleted'); END"),
        QStringLiteral("CREATE TABLE query_messages ("
                       " id INTEGER PRIMARY KEY,"
                       " query_id INTEGER NOT NULL REFERENCES queries (id),"
                       " kind TEXT NOT NULL CHECK (kind IN ('raise','answer','close','reopen')),"
                       " author TEXT NOT NULL,"
                       " author_role TEXT NOT NULL,"
                       " at_utc TEXT NOT NULL,"
                       " text TEXT NOT NULL,"
                       " audit_seq INTEGER)"),  // the value change an answer made; NULL = none
        QStringLiteral("CREATE INDEX query_messages_query ON query_messages (query_id, id)"),
        QStringLiteral("CREATE TRIGGER query_messages_no_update BEFORE UPDATE ON query_messages"
                       " BEGIN SELECT RAISE(ABORT, 'query messages are append-only'); END"),
        QStringLiteral("CREATE TRIGGER query_messages_no_delete BEFORE DELETE ON query_messages"
                       " BEGIN SELECT RAISE(ABORT, 'query messages are append-only'); END"),
        QStringLiteral("CREATE TABLE sdv_marks ("
                       " id INTEGER PRIMARY KEY,"
                       " subject_id INTEGER NOT NULL REFERENCES subjects (id),"
                       " record_table TEXT NOT NULL,"
                       " record_key TEXT NOT NULL DEFAULT '',"
                       " field TEXT NOT NULL,"
                       " verified INTEGER NOT NULL CHECK (verified IN (0,1)),"
                       " content_hash TEXT NOT NULL,"  // '' when unmarked
                       " by_user TEXT NOT NULL,"
                       " by_role TEXT NOT NULL,"
                       " at_utc TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX sdv_marks_field"
                       " ON sdv_marks (subject_id, record_table, record_key, field, id)"),
        QStringLiteral("CREATE TRIGGER sdv_marks_no_update BEFORE UPDATE ON sdv_marks"
                       " BEGIN SELECT RAISE(ABORT, 'SDV marks are append-only'); END"),
        QStringLiteral("CREATE TRIGGER sdv_marks_no_delete BEFORE DELETE ON sdv_marks"
                       " BEGIN SELECT RAISE(ABORT, 'SDV marks are append-only'); END"),
    };
}

// Database lock: the manifest the data manager signs when the study is locked (who, when, why,
// the records per table and the SHA-256 of the export at lock), append-only like the
// signatures, each row written with its audit row. And an index for the lot-reuse check.
QStringList migrationLockManifest()
{
    return {
        QStringLiteral("CREATE TABLE lock_manifests ("
                       " id INTEGER PRIMARY KEY,"
                       " locked_at_utc TEXT NOT NULL,"
                       " signer_user_id INTEGER NOT NULL REFERENCES users (id),"
                       " signer_user_name TEXT NOT NULL,"
                       " printed_name TEXT NOT NULL,"
                       " signer_role TEXT NOT NULL,"
                       " reason TEXT NOT NULL,"
                       " record_counts TEXT NOT NULL,"  // JSON object: table -> rows
                       " file_hashes TEXT NOT NULL,"    // JSON object: export file -> SHA-256
                       " export_sha256 TEXT NOT NULL,"
                       " manifest_hash TEXT NOT NULL)"),  // SHA-256 of the fields above
        QStringLiteral("CREATE TRIGGER lock_manifests_no_update BEFORE UPDATE ON lock_manifests"
                       " BEGIN SELECT RAISE(ABORT, 'lock manifests are append-only'); END"),
        QStringLiteral("CREATE TRIGGER lock_manifests_no_delete BEFORE DELETE ON lock_manifests"
                       " BEGIN SELECT RAISE(ABORT, 'lock manifests are append-only'); END"),
        // The lot-reuse check at every infusion's save looks its lot up.
        QStringLiteral("CREATE INDEX infusions_lot ON infusions (TRIM(lot_number))"),
    };
}

// Append new migrations here; never edit one that has shipped.
constexpr Migration kMigrations[] = {
    &migration1,
    &migration2,
    &migration3,
    &migrationWithdrawal,  // 4
    &migrationPasiAreaPct,  // 5
    &migrationDeviationLog,  // 6
    &migrationMonitoring,  // 7
    &migrationVitalSetsOnce,  // 8
    &migrationChair,  // 9
    &migrationLockManifest,  // 10
    &migrations::sites,  // 11
};

}  // namespace

int Migrations::latest()
{
    return int(std::size(kMigrations));
}

QStringList Migrations::statements(int version)
{
    if (version < 1 || version > latest())
        return {};
    return kMigrations[version - 1]();
}

}  // namespace trialcrf
