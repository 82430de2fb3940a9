//! Detached signatures in the minisign format, so a publisher's signature can also be checked
//! with the stock `minisign -V` tool.
//!
//! Public key file: `untrusted comment: …` then base64(`Ed` ‖ key id (8 bytes) ‖ Ed25519 key).
//! Signature file: `untrusted comment: …`, base64(`Ed` ‖ key id ‖ signature of the file bytes),
//! `trusted comment: …`, base64(signature of (file signature ‖ trusted comment)).
//! Secret key file (our own format, not minisign's): `untrusted comment: …`, the line
//! `keuzekaart-secret-key/1`, then base64(`Ed` ‖ key id ‖ 32-byte Ed25519 seed), unencrypted:
//! keep it offline, mode 0600, never in a repository.

use std::fmt;

use base64::prelude::{Engine, BASE64_STANDARD};
use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

/// Signature algorithm tag of minisign's plain (not pre-hashed) Ed25519 signatures.
const ALGORITHM: &[u8; 2] = b"Ed";
/// Second line of a secret key file.
const SECRET_KEY_FORMAT: &str = "keuzekaart-secret-key/1";
const UNTRUSTED: &str = "untrusted comment: ";
const TRUSTED: &str = "trusted comment: ";

/// Eight random bytes that name a key pair; shown as 16 hex digits, as minisign does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeyId(pub [u8; 8]);

impl KeyId {
    /// The id in groups of four hex digits, easy to read aloud: `0123 4567 89AB CDEF`.
    pub fn grouped(&self) -> String {
        let hex = self.to_string();
        let groups: Vec<&str> = (0..4).map(|i| &hex[i * 4..i * 4 + 4]).collect();
        groups.join(" ")
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016X}", u64::from_le_bytes(self.0))
    }
}

/// Why a key or signature was refused. Each maps to a Fluent message (`check-bundle-…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureFault {
    /// The key or signature file is not in the expected format.
    Malformed,
    /// The signature uses an algorithm this program does not read (e.g. pre-hashed `ED`).
    UnsupportedAlgorithm,
    /// Signed with a key this program does not trust.
    UnknownSigner(KeyId),
    /// The signature does not match the bytes (or the trusted comment was changed).
    Mismatch,
}

/// A publisher's public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    /// Which key pair it belongs to.
    pub id: KeyId,
    /// The Ed25519 key.
    pub key: VerifyingKey,
}

impl PublicKey {
    /// Read a minisign public key file (the comment line is optional).
    pub fn parse(text: &str) -> Result<PublicKey, SignatureFault> {
        let line = payload_lines(text)
            .find(|l| !l.starts_with(UNTRUSTED))
            .ok_or(SignatureFault::Malformed)?;
        let bytes = decode::<42>(line)?;
        let (id, key) = split_tagged(&bytes)?;
        let key = VerifyingKey::from_bytes(&key.try_into().map_err(|_| SignatureFault::Malformed)?)
            .map_err(|_| SignatureFault::Malformed)?;
        Ok(PublicKey { id, key })
    }

    /// The public key file's text.
    pub fn to_file_text(&self) -> String {
        let mut bytes = tagged(self.id);
        bytes.extend_from_slice(self.key.as_bytes());
        format!(
            "{UNTRUSTED}minisign public key {}\n{}\n",
            self.id,
            BASE64_STANDARD.encode(bytes)
        )
    }

    /// Check a detached signature of `bytes` against this key.
    pub fn verify(
        &self,
        bytes: &[u8],
        signature: &DetachedSignature,
    ) -> Result<(), SignatureFault> {
        if signature.key_id != self.id {
            return Err(SignatureFault::UnknownSigner(signature.key_id));
        }
        self.key
            .verify_strict(bytes, &signature.signature)
            .map_err(|_| SignatureFault::Mismatch)?;
        let mut signed = signature.signature.to_bytes().to_vec();
        signed.extend_from_slice(signature.trusted_comment.as_bytes());
        self.key
            .verify_strict(&signed, &signature.global)
            .map_err(|_| SignatureFault::Mismatch)
    }
}

/// A publisher's secret key. Never committed; tests generate throwaway keys.
pub struct SecretKey {
    id: KeyId,
    signing: SigningKey,
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretKey").field("id", &self.id).finish()
    }
}

impl SecretKey {
    /// A new key pair from the operating system's random source.
    pub fn generate() -> Result<SecretKey, getrandom::Error> {
        let mut seed = [0u8; 32];
        let mut id = [0u8; 8];
        getrandom::fill(&mut seed)?;
        getrandom::fill(&mut id)?;
        Ok(SecretKey {
            id: KeyId(id),
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// Which key pair this is.
    pub fn id(&self) -> KeyId {
        self.id
    }

    /// The matching public key.
    pub fn public(&self) -> PublicKey {
        PublicKey {
            id: self.id,
            key: self.signing.verifying_key(),
        }
    }

    /// Read a secret key file written by [`SecretKey::to_file_text`].
    pub fn parse(text: &str) -> Result<SecretKey, SignatureFault> {
        let mut lines = payload_lines(text).filter(|l| !l.starts_with(UNTRUSTED));
        if lines.next() != Some(SECRET_KEY_FORMAT) {
            return Err(SignatureFault::Malformed);
        }
        let bytes = decode::<42>(lines.next().ok_or(SignatureFault::Malformed)?)?;
        let (id, seed) = split_tagged(&bytes)?;
        let seed: [u8; 32] = seed.try_into().map_err(|_| SignatureFault::Malformed)?;
        Ok(SecretKey {
            id,
            signing: SigningKey::from_bytes(&seed),
        })
    }

    /// The secret key file's text.
    pub fn to_file_text(&self) -> String {
        let mut bytes = tagged(self.id);
        bytes.extend_from_slice(&self.signing.to_bytes());
        format!(
            "{UNTRUSTED}keuzekaart secret key {} - SECRET, never share or commit\n\
             {SECRET_KEY_FORMAT}\n{}\n",
            self.id,
            BASE64_STANDARD.encode(bytes)
        )
    }

    /// Sign `bytes`; `trusted_comment` (one line) is signed too and shown by `minisign -V`.
    pub fn sign(&self, bytes: &[u8], trusted_comment: &str) -> DetachedSignature {
        let trusted_comment: String = trusted_comment
            .chars()
            .filter(|c| !matches!(c, '\n' | '\r'))
            .collect();
        let signature = self.signing.sign(bytes);
        let mut signed = signature.to_bytes().to_vec();
        signed.extend_from_slice(trusted_comment.as_bytes());
        DetachedSignature {
            key_id: self.id,
            signature,
            trusted_comment,
            global: self.signing.sign(&signed),
        }
    }
}

/// A detached signature of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DetachedSignature {
    /// The key that made it.
    pub key_id: KeyId,
    /// Signature of the file's bytes.
    pub signature: Signature,
    /// A signed line of text, e.g. `timestamp:… file:…`.
    pub trusted_comment: String,
    /// Signature of `signature ‖ trusted_comment`.
    pub global: Signature,
}

impl DetachedSignature {
    /// Read a minisign signature file.
    pub fn parse(bytes: &[u8]) -> Result<DetachedSignature, SignatureFault> {
        let text = std::str::from_utf8(bytes).map_err(|_| SignatureFault::Malformed)?;
        let mut lines = payload_lines(text);
        let first = lines.next().ok_or(SignatureFault::Malformed)?;
        if !first.starts_with(UNTRUSTED) {
            return Err(SignatureFault::Malformed);
        }
        let signature = BASE64_STANDARD
            .decode(lines.next().ok_or(SignatureFault::Malformed)?)
            .map_err(|_| SignatureFault::Malformed)?;
        if signature.len() != 74 {
            return Err(SignatureFault::Malformed);
        }
        if &signature[..2] != ALGORITHM {
            return Err(SignatureFault::UnsupportedAlgorithm);
        }
        let (key_id, signature) = split_tagged(&signature)?;
        let trusted_comment = lines
            .next()
            .and_then(|l| l.strip_prefix(TRUSTED))
            .ok_or(SignatureFault::Malformed)?
            .to_owned();
        let global = decode::<64>(lines.next().ok_or(SignatureFault::Malformed)?)?;
        if lines.next().is_some() {
            return Err(SignatureFault::Malformed);
        }
        Ok(DetachedSignature {
            key_id,
            signature: Signature::from_slice(signature).map_err(|_| SignatureFault::Malformed)?,
            trusted_comment,
            global: Signature::from_bytes(&global),
        })
    }

    /// The signature file's text.
    pub fn to_file_text(&self) -> String {
        let mut bytes = tagged(self.key_id);
        bytes.extend_from_slice(&self.signature.to_bytes());
        format!(
            "{UNTRUSTED}signature from keuzekaart secret key {}\n{}\n{TRUSTED}{}\n{}\n",
            self.key_id,
            BASE64_STANDARD.encode(bytes),
            self.trusted_comment,
            BASE64_STANDARD.encode(self.global.to_bytes())
        )
    }
}

/// Non-empty lines, line endings (`\n` or `\r\n`) removed. Other spaces are kept: the
/// trusted comment is signed byte for byte.
fn payload_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines().filter(|l| !l.is_empty())
}

fn decode<const N: usize>(line: &str) -> Result<[u8; N], SignatureFault> {
    BASE64_STANDARD
        .decode(line.trim())
        .ok()
        .and_then(|b| b.try_into().ok())
        .ok_or(SignatureFault::Malformed)
}

fn tagged(id: KeyId) -> Vec<u8> {
    let mut bytes = ALGORITHM.to_vec();
    bytes.extend_from_slice(&id.0);
    bytes
}

/// Split `Ed ‖ key id ‖ rest`.
fn split_tagged(bytes: &[u8]) -> Result<(KeyId, &[u8]), SignatureFault> {
    if bytes.len() < 10 || &bytes[..2] != ALGORITHM {
        return Err(SignatureFault::Malformed);
    }
    let id: [u8; 8] = bytes[2..10]
        .try_into()
        .map_err(|_| SignatureFault::Malformed)?;
    Ok((KeyId(id), &bytes[10..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_signatures_survive_their_files() {
        let secret = SecretKey::generate().expect("random");
        let again = SecretKey::parse(&secret.to_file_text()).expect("secret key file");
        assert_eq!(again.public(), secret.public());
        let public = PublicKey::parse(&secret.public().to_file_text()).expect("public key file");
        let signature = secret.sign(b"bundle bytes", "timestamp:0 file:a.json");
        let read = DetachedSignature::parse(signature.to_file_text().as_bytes()).expect("sig");
        assert_eq!(read, signature);
        assert_eq!(public.verify(b"bundle bytes", &read), Ok(()));
        assert_eq!(
            public.verify(b"bundle bytez", &read),
            Err(SignatureFault::Mismatch)
        );
    }

    #[test]
    fn changed_trusted_comment_and_other_keys_are_refused() {
        let secret = SecretKey::generate().expect("random");
        let empty = secret.sign(b"x", "").to_file_text();
        let empty = DetachedSignature::parse(empty.as_bytes()).expect("empty comment");
        assert_eq!(secret.public().verify(b"x", &empty), Ok(()));
        let mut signature = secret.sign(b"x", "timestamp:0");
        signature.trusted_comment = "timestamp:1".into();
        assert_eq!(
            secret.public().verify(b"x", &signature),
            Err(SignatureFault::Mismatch)
        );
        let other = SecretKey::generate().expect("random").public();
        let signature = secret.sign(b"x", "");
        assert_eq!(
            other.verify(b"x", &signature),
            Err(SignatureFault::UnknownSigner(secret.id()))
        );
    }

    #[test]
    fn malformed_files_are_refused() {
        let secret = SecretKey::generate().expect("random");
        let text = secret.sign(b"x", "c").to_file_text();
        let truncated = &text[..text.len() / 2];
        assert_eq!(
            DetachedSignature::parse(truncated.as_bytes()),
            Err(SignatureFault::Malformed)
        );
        assert_eq!(
            DetachedSignature::parse(b"\xff\xfe"),
            Err(SignatureFault::Malformed)
        );
        let prehashed = text.replacen("RW", "RU", 1); // base64 of "Ed" starts with RW, "ED" with RU
        assert_eq!(
            DetachedSignature::parse(prehashed.as_bytes()),
            Err(SignatureFault::UnsupportedAlgorithm)
        );
        assert_eq!(
            PublicKey::parse("untrusted comment: x\nAAAA\n"),
            Err(SignatureFault::Malformed)
        );
        assert!(SecretKey::parse(&secret.public().to_file_text()).is_err());
    }
}
