//! The installation's sealing key: made on first use, kept in the data directory (mode
//! 0600), used to seal every session file this installation exports.

use std::path::{Path, PathBuf};

use base64::Engine;
use ed25519_dalek::SigningKey;

use super::HomeFileError;
use crate::files::{self, Access, Kind};

/// The installation's sealing key.
pub use ed25519_dalek::SigningKey as SealKey;

/// The installation's sealing key, in the data directory.
pub const KEY_FILE: &str = "session-file-seal.key";

/// The sealing key of the installation whose data directory is `dir`, made on first use
/// (32 random bytes, base64, file mode 0600).
pub fn installation_key(dir: &Path) -> Result<SigningKey, HomeFileError> {
    let path = dir.join(KEY_FILE);
    let fail = |reason: String| HomeFileError::Key {
        path: path.clone(),
        reason,
    };
    let b64 = base64::engine::general_purpose::STANDARD;
    match files::read_text_bounded(&path, Kind::Key) {
        Ok(text) => {
            let bytes = b64.decode(text.trim()).map_err(|e| fail(e.to_string()))?;
            let seed: [u8; 32] = bytes.try_into().map_err(|_| fail("not 32 bytes".into()))?;
            Ok(SigningKey::from_bytes(&seed))
        }
        Err(e) if e.is_not_found() => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| fail(e.to_string()))?;
            files::write_new(&path, b64.encode(seed).as_bytes(), Access::Private)
                .map_err(|e| fail(e.to_string()))?;
            Ok(SigningKey::from_bytes(&seed))
        }
        Err(e) => Err(fail(e.to_string())),
    }
}

pub(super) fn random_hex(bytes: usize) -> Result<String, HomeFileError> {
    let mut buf = vec![0u8; bytes];
    getrandom::fill(&mut buf).map_err(|e| HomeFileError::Key {
        path: PathBuf::new(),
        reason: e.to_string(),
    })?;
    Ok(hex(&buf))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
