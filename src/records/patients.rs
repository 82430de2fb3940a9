//! Patients: a pseudonymous label the clinician chooses (never a citizen service number),
//! an optional birth year; and their complete erasure.

use chrono::{DateTime, Datelike, Utc};
use rusqlite::{params, OptionalExtension, Row, TransactionBehavior};
use serde::Serialize;

use super::{RecordsError, Store};

/// Most characters in a patient label.
pub const MAX_LABEL_CHARS: usize = 60;

/// Earliest birth year accepted.
pub const MIN_BIRTH_YEAR: u16 = 1900;

/// The id of a patient in the records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct PatientId(pub i64);

/// A patient as the records know them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Patient {
    /// The id.
    pub id: PatientId,
    /// The pseudonymous label, as the clinician chose it (trimmed).
    pub label: String,
    /// Birth year, if given.
    pub birth_year: Option<u16>,
    /// When the patient was added.
    pub created_at: DateTime<Utc>,
}

/// The current time as stored: RFC 3339, UTC, microseconds.
pub(crate) fn now_text() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true)
}

/// A stored RFC 3339 time; the schema only ever holds values written by [`now_text`].
pub(crate) fn parse_time(text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, e.into())
        })
}

/// The label, trimmed, or why it cannot be used.
fn checked_label(label: &str) -> Result<String, RecordsError> {
    let label = label.trim();
    let chars = label.chars().count();
    if chars == 0 {
        return Err(RecordsError::EmptyLabel);
    }
    if chars > MAX_LABEL_CHARS {
        return Err(RecordsError::LabelTooLong {
            chars,
            max: MAX_LABEL_CHARS,
        });
    }
    if looks_like_bsn(label) {
        return Err(RecordsError::LabelLooksLikeBsn);
    }
    Ok(label.to_owned())
}

/// Whether `label`, without spaces, dots and dashes, is nine digits passing the BSN
/// eleven-test (9·d1 + 8·d2 + … + 2·d8 − 1·d9 divisible by 11).
fn looks_like_bsn(label: &str) -> bool {
    let digits: Vec<i64> = label
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .map(|c| c.to_digit(10).map(i64::from))
        .collect::<Option<_>>()
        .unwrap_or_default();
    if digits.len() != 9 {
        return false;
    }
    let sum: i64 = digits[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(d, w)| d * w)
        .sum::<i64>()
        - digits[8];
    sum % 11 == 0
}

fn checked_birth_year(year: Option<u16>) -> Result<Option<u16>, RecordsError> {
    let this_year = u16::try_from(Utc::now().year()).unwrap_or(u16::MAX);
    match year {
        Some(year) if !(MIN_BIRTH_YEAR..=this_year).contains(&year) => {
            Err(RecordsError::BirthYearOutOfRange {
                year,
                min: MIN_BIRTH_YEAR,
                max: this_year,
            })
        }
        _ => Ok(year),
    }
}

fn patient_from_row(row: &Row) -> rusqlite::Result<Patient> {
    Ok(Patient {
        id: PatientId(row.get(0)?),
        label: row.get(1)?,
        birth_year: row.get(2)?,
        created_at: parse_time(&row.get::<_, String>(3)?)?,
    })
}

/// Insert a patient on `conn` (the store's connection or a transaction on it).
pub(super) fn insert_patient(
    conn: &rusqlite::Connection,
    label: &str,
    birth_year: Option<u16>,
) -> Result<PatientId, RecordsError> {
    let label = checked_label(label)?;
    let birth_year = checked_birth_year(birth_year)?;
    let inserted = conn.execute(
        "INSERT INTO patient (label, birth_year, created_at) VALUES (?1, ?2, ?3)",
        params![label, birth_year, now_text()],
    );
    match inserted {
        Ok(_) => Ok(PatientId(conn.last_insert_rowid())),
        Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) => {
            Err(RecordsError::DuplicateLabel { label })
        }
        Err(e) => Err(e.into()),
    }
}

/// The patient labelled `label` (trimmed) on `conn`, added when there is none.
pub(super) fn patient_by_label(
    conn: &rusqlite::Connection,
    label: &str,
) -> Result<PatientId, RecordsError> {
    let found = conn
        .query_row(
            "SELECT id FROM patient WHERE label = ?1",
            [label.trim()],
            |r| r.get(0),
        )
        .optional()?;
    match found {
        Some(id) => Ok(PatientId(id)),
        None => insert_patient(conn, label, None),
    }
}

const PATIENT_COLUMNS: &str = "id, label, birth_year, created_at";

impl Store {
    /// Add a patient with a pseudonymous `label` (trimmed; 1 to [`MAX_LABEL_CHARS`]
    /// characters, unique, not a citizen service number) and an optional birth year
    /// ([`MIN_BIRTH_YEAR`] to this year).
    pub fn add_patient(
        &self,
        label: &str,
        birth_year: Option<u16>,
    ) -> Result<PatientId, RecordsError> {
        insert_patient(self.conn(), label, birth_year)
    }

    /// All patients, by label.
    pub fn patients(&self) -> Result<Vec<Patient>, RecordsError> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {PATIENT_COLUMNS} FROM patient ORDER BY label, id"
        ))?;
        let patients = stmt
            .query_map([], patient_from_row)?
            .collect::<Result<_, _>>()?;
        Ok(patients)
    }

    /// One patient.
    pub fn patient(&self, id: PatientId) -> Result<Patient, RecordsError> {
        self.conn()
            .query_row(
                &format!("SELECT {PATIENT_COLUMNS} FROM patient WHERE id = ?1"),
                [id.0],
                patient_from_row,
            )
            .optional()?
            .ok_or(RecordsError::UnknownPatient(id))
    }

    /// Erase a patient completely: the patient, every session and every event, in one
    /// transaction (see the migrations' module comment for how the append-only triggers let
    /// only this through). Then the freed pages are already zeroed (`secure_delete`), the
    /// WAL is checkpointed and truncated, and `VACUUM` rewrites the file. Backups would still
    /// hold the patient, so every backup is overwritten with zeros and removed, and one new
    /// backup of the erased state is made: older restore points are the price of erasure.
    pub fn erase_patient(&mut self, id: PatientId) -> Result<(), RecordsError> {
        self.patient(id)?;
        let tx = self
            .conn_mut()
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute(
            "INSERT INTO erasure (session_id) SELECT id FROM session WHERE patient_id = ?1",
            [id.0],
        )?;
        tx.execute("DELETE FROM patient WHERE id = ?1", [id.0])?;
        tx.execute("DELETE FROM erasure", [])?;
        tx.commit()?;
        self.scrub()?;
        self.replace_backups_after_erasure()
    }

    /// Checkpoint and truncate the WAL, rewrite the file, truncate again.
    pub(crate) fn scrub(&self) -> Result<(), RecordsError> {
        let conn = self.conn();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        conn.execute_batch("VACUUM")?;
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_checked() {
        let store = Store::in_memory().unwrap();
        assert!(matches!(
            store.add_patient("  \t", None),
            Err(RecordsError::EmptyLabel)
        ));
        let long = "x".repeat(MAX_LABEL_CHARS + 1);
        assert!(matches!(
            store.add_patient(&long, None),
            Err(RecordsError::LabelTooLong { chars: 61, max: 60 })
        ));
        // Sixty characters that are more than sixty bytes are fine.
        let id = store
            .add_patient(&"é".repeat(MAX_LABEL_CHARS), None)
            .unwrap();
        assert_eq!(store.patient(id).unwrap().label.chars().count(), 60);
        // 111222333 passes the eleven-test; 111222334 does not.
        assert!(matches!(
            store.add_patient("111 222 333", None),
            Err(RecordsError::LabelLooksLikeBsn)
        ));
        store.add_patient("111222334", None).unwrap();
    }

    #[test]
    fn duplicate_label_has_its_own_error() {
        let store = Store::in_memory().unwrap();
        store.add_patient("Mevr. K.", Some(1950)).unwrap();
        let err = store.add_patient(" Mevr. K. ", None).unwrap_err();
        assert!(
            matches!(&err, RecordsError::DuplicateLabel { label } if label == "Mevr. K."),
            "{err}"
        );
        assert_eq!(store.patients().unwrap().len(), 1);
    }

    #[test]
    fn birth_year_must_be_from_1900_to_this_year() {
        let store = Store::in_memory().unwrap();
        let this_year = Utc::now().year() as u16;
        for year in [1899, this_year + 1] {
            let err = store
                .add_patient(&format!("p{year}"), Some(year))
                .unwrap_err();
            assert!(
                matches!(err, RecordsError::BirthYearOutOfRange { year: y, min: 1900, max } if y == year && max == this_year),
                "{err}"
            );
        }
        for year in [1900, this_year] {
            store.add_patient(&format!("p{year}"), Some(year)).unwrap();
        }
    }

    #[test]
    fn patients_are_listed_by_label_and_read_back() {
        let store = Store::in_memory().unwrap();
        let b = store.add_patient("B", Some(1980)).unwrap();
        let a = store.add_patient("A", None).unwrap();
        let all = store.patients().unwrap();
        assert_eq!(all.iter().map(|p| p.id).collect::<Vec<_>>(), [a, b]);
        assert_eq!(store.patient(b).unwrap().birth_year, Some(1980));
        assert!(matches!(
            store.patient(PatientId(999)),
            Err(RecordsError::UnknownPatient(PatientId(999)))
        ));
    }
}
