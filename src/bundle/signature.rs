//! Detached signatures and keys in minisign's own formats, so guideline groups can sign with
//! the stock `minisign` tool or with `keuzekaart`, and use each other's keys.
//!
//! Verifying is left to `minisign-verify` (both kinds of signature: pre-hashed `ED`, which
//! `minisign -S` writes by default, and legacy `Ed` from `minisign -S -l`; the trusted comment
//! is always verified). Signing and key files are left to the `minisign` crate: signatures are
//! pre-hashed, secret key files are encrypted with a password (scrypt), exactly as
//! `minisign -G` writes them. That crate also names the key of a key or signature file
//! (minisign-verify keeps key ids to itself).

use std::fmt;
use std::io::Cursor;

use base64::prelude::{Engine, BASE64_STANDARD};

const UNTRUSTED: &str = "untrusted comment: ";
/// Second line of the unencrypted secret key files of earlier versions of this program.
const OLD_SECRET_KEY_FORMAT: &str = "keuzekaart-secret-key/1";

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

    fn from_slice(bytes: &[u8]) -> Result<KeyId, SignatureFault> {
        bytes
            .try_into()
            .map(KeyId)
            .map_err(|_| SignatureFault::Malformed)
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016X}", u64::from_le_bytes(self.0))
    }
}

/// Why a key or signature was refused. Each maps to a Fluent message (`check-bundle-…` for
/// signatures, `cli-error-…` for secret keys).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureFault {
    /// The key or signature file is not in the expected format.
    Malformed,
    /// The signature uses an algorithm minisign does not define.
    UnsupportedAlgorithm,
    /// Signed with a key this program does not trust.
    UnknownSigner(KeyId),
    /// The signature does not match the bytes.
    Mismatch,
    /// The signature matches the bytes, but its trusted comment was changed afterwards.
    CommentChanged,
    /// The password does not open this secret key.
    WrongPassword,
    /// An unencrypted secret key file of an earlier version of this program.
    OldSecretKey,
    /// No key could be made or used (the random source failed).
    Failed,
}

fn verify_fault(error: minisign_verify::Error) -> SignatureFault {
    use minisign_verify::Error;
    match error {
        Error::InvalidSignature => SignatureFault::Mismatch,
        Error::UnsupportedAlgorithm | Error::UnexpectedAlgorithm => {
            SignatureFault::UnsupportedAlgorithm
        }
        _ => SignatureFault::Malformed,
    }
}

/// The first line of `text` that is neither empty nor a comment, trimmed.
fn payload(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with(UNTRUSTED))
}

/// A publisher's public key, from a minisign public key file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    /// Which key pair it belongs to.
    pub id: KeyId,
    base64: String,
    key: minisign_verify::PublicKey,
}

impl PublicKey {
    /// Read a minisign public key file (the comment line is optional), or the bare base64
    /// line `minisign -P` takes.
    pub fn parse(text: &str) -> Result<PublicKey, SignatureFault> {
        let line = payload(text).ok_or(SignatureFault::Malformed)?;
        let key = minisign_verify::PublicKey::from_base64(line).map_err(verify_fault)?;
        let named =
            minisign::PublicKey::from_base64(line).map_err(|_| SignatureFault::Malformed)?;
        Ok(PublicKey {
            id: KeyId::from_slice(named.keynum())?,
            base64: line.to_owned(),
            key,
        })
    }

    /// The public key file's text, as `minisign -G` writes it.
    pub fn to_file_text(&self) -> String {
        format!(
            "{UNTRUSTED}minisign public key {}\n{}\n",
            self.id, self.base64
        )
    }

    /// The key as one base64 line, for `minisign -V -P`.
    pub fn base64(&self) -> &str {
        &self.base64
    }

    /// Check a detached signature of `bytes` against this key, trusted comment included.
    pub fn verify(
        &self,
        bytes: &[u8],
        signature: &DetachedSignature,
    ) -> Result<(), SignatureFault> {
        if signature.key_id != self.id {
            return Err(SignatureFault::UnknownSigner(signature.key_id));
        }
        match self.key.verify(bytes, &signature.parsed, true) {
            Ok(()) => Ok(()),
            Err(minisign_verify::Error::InvalidSignature) if !self.comment_holds(signature) => {
                Err(SignatureFault::CommentChanged)
            }
            Err(e) => Err(verify_fault(e)),
        }
    }

    /// Whether the signature's second (global) signature still covers its trusted comment.
    /// Only asked after minisign-verify refused a signature, to say which part was changed;
    /// accepting is minisign-verify's alone.
    fn comment_holds(&self, signature: &DetachedSignature) -> bool {
        let lines: Vec<&str> = signature.text.lines().collect();
        let decoded = |i: usize| lines.get(i).and_then(|l| BASE64_STANDARD.decode(l).ok());
        let (Some(first), Some(global), Ok(key)) =
            (decoded(1), decoded(3), BASE64_STANDARD.decode(&self.base64))
        else {
            return false;
        };
        let (Some(file_signature), Ok(global), Some(key)) = (
            first.get(10..74),
            ed25519_dalek::Signature::from_slice(&global),
            key.get(10..42)
                .and_then(|k| <[u8; 32]>::try_from(k).ok())
                .and_then(|k| ed25519_dalek::VerifyingKey::from_bytes(&k).ok()),
        ) else {
            return false;
        };
        let mut signed = file_signature.to_vec();
        signed.extend_from_slice(signature.trusted_comment.as_bytes());
        key.verify_strict(&signed, &global).is_ok()
    }
}

/// A publisher's secret key, decrypted in memory. Never committed; tests generate throwaway
/// keys.
#[derive(Clone)]
pub struct SecretKey {
    id: KeyId,
    key: minisign::SecretKey,
    public: minisign::PublicKey,
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SecretKey").field("id", &self.id).finish()
    }
}

/// A new key pair as files: the public key and the secret key encrypted with a password.
#[derive(Debug, Clone)]
pub struct KeyFiles {
    /// The public key (its file text is [`PublicKey::to_file_text`]).
    pub public: PublicKey,
    /// The secret key file's text, encrypted, as `minisign -G` writes it.
    pub secret: String,
}

impl SecretKey {
    /// A new key pair from the operating system's random source, kept in memory only.
    pub fn generate() -> Result<SecretKey, SignatureFault> {
        let pair = minisign::KeyPair::generate_unencrypted_keypair()
            .map_err(|_| SignatureFault::Failed)?;
        SecretKey::from_parts(pair.sk, pair.pk)
    }

    /// A new key pair written as minisign key files, the secret key encrypted with
    /// `password` (scrypt, minisign's parameters).
    pub fn generate_files(password: &str) -> Result<KeyFiles, SignatureFault> {
        let pair = minisign::KeyPair::generate_encrypted_keypair(Some(password.to_owned()))
            .map_err(|_| SignatureFault::Failed)?;
        let id = KeyId::from_slice(pair.pk.keynum())?;
        let public = PublicKey::parse(&pair.pk.to_base64())?;
        let comment = format!("minisign encrypted secret key {id}");
        let secret = pair
            .sk
            .to_box(Some(&comment))
            .map_err(|_| SignatureFault::Failed)?
            .into_string();
        Ok(KeyFiles { public, secret })
    }

    fn from_parts(
        key: minisign::SecretKey,
        public: minisign::PublicKey,
    ) -> Result<SecretKey, SignatureFault> {
        Ok(SecretKey {
            id: KeyId::from_slice(public.keynum())?,
            key,
            public,
        })
    }

    /// Whether the secret key file `text` is encrypted and so needs a password to open.
    pub fn needs_password(text: &str) -> Result<bool, SignatureFault> {
        if payload(text) == Some(OLD_SECRET_KEY_FORMAT) {
            return Err(SignatureFault::OldSecretKey);
        }
        let bytes = payload(text)
            .and_then(|line| BASE64_STANDARD.decode(line).ok())
            .ok_or(SignatureFault::Malformed)?;
        let key = minisign::SecretKey::from_bytes(&bytes).map_err(|_| SignatureFault::Malformed)?;
        Ok(key.is_encrypted())
    }

    /// Open a minisign secret key file: encrypted ones with `password`, unencrypted ones
    /// (`minisign -G -W`) without.
    pub fn parse(text: &str, password: Option<&str>) -> Result<SecretKey, SignatureFault> {
        let encrypted = SecretKey::needs_password(text)?;
        let sealed = minisign::SecretKeyBox::from_string(text.trim_start())
            .map_err(|_| SignatureFault::Malformed)?;
        let key =
            match (encrypted, password) {
                (false, _) => sealed
                    .into_unencrypted_secret_key()
                    .map_err(|_| SignatureFault::Malformed)?,
                (true, None) => return Err(SignatureFault::WrongPassword),
                (true, Some(password)) => sealed
                    .into_secret_key(Some(password.to_owned()))
                    .map_err(|e| match e.kind() {
                        minisign::ErrorKind::Verify => SignatureFault::WrongPassword,
                        _ => SignatureFault::Malformed,
                    })?,
            };
        let public =
            minisign::PublicKey::from_secret_key(&key).map_err(|_| SignatureFault::Malformed)?;
        SecretKey::from_parts(key, public)
    }

    /// Which key pair this is.
    pub fn id(&self) -> KeyId {
        self.id
    }

    /// The matching public key.
    pub fn public(&self) -> PublicKey {
        PublicKey::parse(&self.public.to_base64()).expect("a key the minisign crate made")
    }

    /// Sign `bytes`, pre-hashed as `minisign -S` does; `trusted_comment` (one line) is signed
    /// too and shown by `minisign -V`.
    pub fn sign(
        &self,
        bytes: &[u8],
        trusted_comment: &str,
    ) -> Result<DetachedSignature, SignatureFault> {
        let trusted_comment: String = trusted_comment
            .chars()
            .filter(|c| !matches!(c, '\n' | '\r'))
            .collect();
        let untrusted = format!("signature from minisign secret key {}", self.id);
        let signed = minisign::sign(
            Some(&self.public),
            &self.key,
            Cursor::new(bytes),
            Some(&trusted_comment),
            Some(&untrusted),
        )
        .map_err(|_| SignatureFault::Failed)?;
        DetachedSignature::parse(signed.into_string().as_bytes())
    }
}

/// A detached signature of one file, from a minisign signature file.
#[derive(Clone)]
pub struct DetachedSignature {
    /// The key that made it.
    pub key_id: KeyId,
    /// A signed line of text, e.g. `timestamp:… file:…`.
    pub trusted_comment: String,
    /// Whether the file was hashed first (`ED`, minisign's default) or signed whole (`Ed`).
    pub prehashed: bool,
    text: String,
    parsed: minisign_verify::Signature,
}

impl fmt::Debug for DetachedSignature {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DetachedSignature")
            .field("key_id", &self.key_id)
            .field("trusted_comment", &self.trusted_comment)
            .field("prehashed", &self.prehashed)
            .finish()
    }
}

impl PartialEq for DetachedSignature {
    fn eq(&self, other: &DetachedSignature) -> bool {
        self.text == other.text
    }
}

impl DetachedSignature {
    /// Read a minisign signature file (`\n` or `\r\n` line endings).
    pub fn parse(bytes: &[u8]) -> Result<DetachedSignature, SignatureFault> {
        let text = std::str::from_utf8(bytes).map_err(|_| SignatureFault::Malformed)?;
        let text: String = text
            .lines()
            .filter(|l| !l.is_empty())
            .flat_map(|l| [l, "\n"])
            .collect();
        let parsed = minisign_verify::Signature::decode(&text).map_err(verify_fault)?;
        if text.lines().count() != 4 || !text.starts_with(UNTRUSTED) {
            return Err(SignatureFault::Malformed);
        }
        let named =
            minisign::SignatureBox::from_string(&text).map_err(|_| SignatureFault::Malformed)?;
        Ok(DetachedSignature {
            key_id: KeyId::from_slice(named.keynum())?,
            trusted_comment: parsed.trusted_comment().to_owned(),
            prehashed: named.is_prehashed(),
            text,
            parsed,
        })
    }

    /// The signature file's text.
    pub fn to_file_text(&self) -> String {
        self.text.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_signatures_survive_their_files() {
        let secret = SecretKey::generate().expect("random");
        let public = PublicKey::parse(&secret.public().to_file_text()).expect("public key file");
        assert_eq!(public, secret.public());
        assert_eq!(PublicKey::parse(public.base64()), Ok(public.clone()));
        let signature = secret
            .sign(b"bundle bytes", "timestamp:0 file:a.json")
            .expect("signs");
        assert!(signature.prehashed);
        let read = DetachedSignature::parse(signature.to_file_text().as_bytes()).expect("sig");
        assert_eq!(read, signature);
        assert_eq!(read.trusted_comment, "timestamp:0 file:a.json");
        assert_eq!(public.verify(b"bundle bytes", &read), Ok(()));
        assert_eq!(
            public.verify(b"bundle bytez", &read),
            Err(SignatureFault::Mismatch)
        );
        let crlf = signature.to_file_text().replace('\n', "\r\n");
        assert_eq!(DetachedSignature::parse(crlf.as_bytes()), Ok(signature));
    }

    #[test]
    fn encrypted_key_files_open_with_their_password_only() {
        let files = SecretKey::generate_files("geheim wachtwoord").expect("key files");
        assert_eq!(SecretKey::needs_password(&files.secret), Ok(true));
        let key = SecretKey::parse(&files.secret, Some("geheim wachtwoord")).expect("opens");
        assert_eq!(key.public(), files.public);
        assert_eq!(
            SecretKey::parse(&files.secret, Some("fout")).map(|k| k.id()),
            Err(SignatureFault::WrongPassword)
        );
        assert_eq!(
            SecretKey::parse(&files.secret, None).map(|k| k.id()),
            Err(SignatureFault::WrongPassword)
        );
    }

    #[test]
    fn changed_trusted_comment_and_other_keys_are_refused() {
        let secret = SecretKey::generate().expect("random");
        let empty = secret.sign(b"x", "").expect("signs");
        assert_eq!(secret.public().verify(b"x", &empty), Ok(()));
        let signature = secret.sign(b"x", "timestamp:0").expect("signs");
        let changed = signature
            .to_file_text()
            .replace("timestamp:0", "timestamp:1");
        let changed = DetachedSignature::parse(changed.as_bytes()).expect("still reads");
        assert_eq!(
            secret.public().verify(b"x", &changed),
            Err(SignatureFault::CommentChanged)
        );
        let other = SecretKey::generate().expect("random").public();
        assert_eq!(
            other.verify(b"x", &signature),
            Err(SignatureFault::UnknownSigner(secret.id()))
        );
    }

    #[test]
    fn malformed_files_are_refused() {
        let secret = SecretKey::generate().expect("random");
        let text = secret.sign(b"x", "c").expect("signs").to_file_text();
        let truncated = &text[..text.len() / 2];
        assert_eq!(
            DetachedSignature::parse(truncated.as_bytes()),
            Err(SignatureFault::Malformed)
        );
        assert_eq!(
            DetachedSignature::parse(b"\xff\xfe"),
            Err(SignatureFault::Malformed)
        );
        // base64 of "ED" starts with "RU"; "EZ" is no algorithm of minisign's.
        let unknown = text.replacen("\nRU", "\nRV", 1);
        assert_eq!(
            DetachedSignature::parse(unknown.as_bytes()),
            Err(SignatureFault::UnsupportedAlgorithm)
        );
        assert_eq!(
            PublicKey::parse("untrusted comment: x\nAAAA\n"),
            Err(SignatureFault::Malformed)
        );
        assert!(SecretKey::parse(&secret.public().to_file_text(), None).is_err());
        let old = "untrusted comment: keuzekaart secret key\nkeuzekaart-secret-key/1\nRWxx\n";
        assert_eq!(
            SecretKey::needs_password(old),
            Err(SignatureFault::OldSecretKey)
        );
    }
}
