//! Settings of this installation, such as the chosen language.

use rusqlite::OptionalExtension;

use super::{RecordsError, Store};

/// A setting the app remembers between runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Setting {
    /// The language of the screens (`nl` or `en`).
    Language,
    /// Larger text (`true` or `false`).
    LargeText,
    /// Whether the easy-reading layer is shown ("true" / "false").
    EasyReading,
    /// How fast text is read aloud (`normal` or `slower`).
    SpeechRate,
}

impl Setting {
    fn key(self) -> &'static str {
        match self {
            Setting::Language => "language",
            Setting::LargeText => "large_text",
            Setting::EasyReading => "easy_reading",
            Setting::SpeechRate => "speech_rate",
        }
    }
}

impl Store {
    /// The stored value of a setting.
    pub fn setting(&self, setting: Setting) -> Result<Option<String>, RecordsError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [setting.key()],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Store a setting, at once and durably.
    pub fn set_setting(&self, setting: Setting, value: &str) -> Result<(), RecordsError> {
        self.conn().execute(
            "INSERT INTO setting (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [setting.key(), value],
        )?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_setting_survives_reopening_the_file() {
        let dir = tempfile::tempdir().unwrap();
        Store::open(dir.path())
            .unwrap()
            .set_setting(Setting::Language, "en")
            .unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(
            store.setting(Setting::Language).unwrap().as_deref(),
            Some("en")
        );
        assert_eq!(store.setting(Setting::LargeText).unwrap(), None);
    }
}
