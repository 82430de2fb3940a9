//! The publishers whose signatures this program trusts. The app's store is compiled in from
//! `assets/trust/*.pub`: the file stem names the publisher.

use super::signature::{KeyId, PublicKey};
use crate::check::Diagnostic;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/trusted_keys.rs"));
}

/// A trusted publisher.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Publisher {
    /// Name shown with the content, e.g. `nhg`.
    pub name: String,
    /// Their public key.
    pub key: PublicKey,
}

/// Public keys of trusted publishers.
#[derive(Debug, Clone, Default)]
pub struct TrustStore {
    publishers: Vec<Publisher>,
}

impl TrustStore {
    /// A store that trusts nobody.
    pub fn new() -> TrustStore {
        TrustStore::default()
    }

    /// The store compiled into this program from `assets/trust/*.pub`. A key file that cannot
    /// be read is a build mistake; tests refuse it, and here it is left out.
    pub fn builtin() -> TrustStore {
        TrustStore::from_key_files(embedded::TRUSTED).unwrap_or_default()
    }

    /// A store from `(file name, text)` of public key files; the file stem is the publisher.
    pub fn from_key_files(files: &[(&str, &str)]) -> Result<TrustStore, Vec<Diagnostic>> {
        let mut store = TrustStore::new();
        let mut problems = Vec::new();
        for (file, text) in files {
            let name = file.strip_suffix(".pub").unwrap_or(file);
            match PublicKey::parse(text) {
                Ok(key) => store.trust(name, key),
                Err(_) => {
                    problems.push(super::document::refusal(file, "bundle-key-malformed", &[]))
                }
            }
        }
        if problems.is_empty() {
            Ok(store)
        } else {
            Err(problems)
        }
    }

    /// Trust `key` as `publisher`.
    pub fn trust(&mut self, publisher: &str, key: PublicKey) {
        self.publishers.push(Publisher {
            name: publisher.to_owned(),
            key,
        });
    }

    /// The publisher with this key id.
    pub fn find(&self, id: KeyId) -> Option<&Publisher> {
        self.publishers.iter().find(|p| p.key.id == id)
    }

    /// All trusted publishers.
    pub fn publishers(&self) -> &[Publisher] {
        &self.publishers
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_key_files_all_read() {
        assert!(TrustStore::from_key_files(embedded::TRUSTED).is_ok());
        assert_eq!(
            TrustStore::builtin().publishers().len(),
            embedded::TRUSTED.len()
        );
    }
}
