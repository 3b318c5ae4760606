//! What a scanned document really is, read from its bytes (never from its name).
//!
//! Both seeds have the applicant attach scanned or electronic copies of the documents on the portal (Edition A,
//! clause 11, sub-clause 5; Edition B, clause 9, sub-clause 5), but neither says which file types or sizes are
//! accepted. The rules applied to the facts found here (PDF, JPEG or PNG only; no password-protected PDF; at most
//! [`SIZE_LIMIT`]) are therefore **assumptions**, and every finding built on them says so
//! ([`Assumption::FileTypesAndSize`](crate::checklist::Assumption::FileTypesAndSize)).

/// What a file is, by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FileKind {
    /// Starts with `%PDF-` (within the first 1024 bytes, as PDF readers accept).
    Pdf,
    /// Starts with `FF D8 FF`.
    Jpeg,
    /// Starts with `89 50 4E 47 0D 0A 1A 0A`.
    Png,
    Other,
}

impl FileKind {
    /// Whether the product accepts this kind for an attachment (an assumption: see the module's note).
    pub const fn allowed(self) -> bool {
        !matches!(self, FileKind::Other)
    }
}

/// The facts about one file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileFacts {
    pub kind: FileKind,
    /// Size in bytes.
    pub size: u64,
    /// Zero bytes.
    pub empty: bool,
    /// A PDF with an `/Encrypt` entry (password-protected or restricted): the provider may be unable to open it.
    pub encrypted_pdf: bool,
}

/// ASSUMPTION: the largest file the product accepts without a warning. No source gives a limit.
pub const SIZE_LIMIT: u64 = 10 * 1024 * 1024;

const PDF: &[u8] = b"%PDF-";
const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF];
const PNG: &[u8] = &[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

/// Examines a file's bytes: its kind by magic bytes, its size, and for a PDF whether it is encrypted.
pub fn examine(bytes: &[u8]) -> FileFacts {
    let kind = if bytes.starts_with(JPEG) {
        FileKind::Jpeg
    } else if bytes.starts_with(PNG) {
        FileKind::Png
    } else if find(&bytes[..bytes.len().min(1024)], PDF).is_some() {
        FileKind::Pdf
    } else {
        FileKind::Other
    };
    FileFacts {
        kind,
        size: bytes.len() as u64,
        empty: bytes.is_empty(),
        encrypted_pdf: kind == FileKind::Pdf && has_encrypt_key(bytes),
    }
}

/// How much of a file too large to read whole is read from its end: a PDF's trailer, and the last cross-reference
/// section whose dictionary names the encryption, are at the end (ASSUMPTION: within this many bytes).
pub const TAIL_LEN: u64 = 64 * 1024;

/// Examines a file too large to read whole (over [`SIZE_LIMIT`]) from its two ends: its kind from its first kilobyte
/// (`head`), and for a PDF its encryption from both ends (`tail`: its last [`TAIL_LEN`] bytes), since the `/Encrypt`
/// entry is in the trailer. `size` is the file's whole size.
pub fn examine_ends(head: &[u8], tail: &[u8], size: u64) -> FileFacts {
    let mut facts = examine(head);
    facts.size = size;
    facts.empty = size == 0;
    facts.encrypted_pdf =
        facts.kind == FileKind::Pdf && (has_encrypt_key(head) || has_encrypt_key(tail));
    facts
}

/// Whether the PDF has an `/Encrypt` key anywhere (the trailer, or the dictionary of a cross-reference stream). The
/// name must end there: `/EncryptMetadata` alone is not it (it only occurs inside an encryption dictionary anyway).
fn has_encrypt_key(bytes: &[u8]) -> bool {
    const KEY: &[u8] = b"/Encrypt";
    let mut rest = bytes;
    while let Some(at) = find(rest, KEY) {
        let after = rest.get(at + KEY.len()).copied();
        // In PDF a name ends at whitespace or a delimiter; a regular character would continue the name.
        if after.is_none_or(|b| b.is_ascii_whitespace() || b"()<>[]{}/%".contains(&b) || b == 0) {
            return true;
        }
        rest = &rest[at + 1..];
    }
    false
}

/// The first position of `needle` in `haystack`.
fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_magic_bytes() {
        assert_eq!(
            examine(b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF").kind,
            FileKind::Pdf
        );
        assert_eq!(
            examine(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F']).kind,
            FileKind::Jpeg
        );
        assert_eq!(
            examine(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]).kind,
            FileKind::Png
        );
        // A PNG signature cut short, a text file, a ZIP (e.g. a .docx renamed to .pdf): not allowed.
        assert_eq!(examine(&[0x89, b'P', b'N', b'G']).kind, FileKind::Other);
        assert_eq!(examine(b"hello.pdf").kind, FileKind::Other);
        assert_eq!(examine(b"PK\x03\x04rest").kind, FileKind::Other);
        assert!(!FileKind::Other.allowed() && FileKind::Pdf.allowed() && FileKind::Png.allowed());
        // A short junk prefix before the header is tolerated, as readers do; not one beyond 1024 bytes.
        let mut late = vec![b' '; 10];
        late.extend_from_slice(b"%PDF-1.7");
        assert_eq!(examine(&late).kind, FileKind::Pdf);
        let mut too_late = vec![b' '; 1100];
        too_late.extend_from_slice(b"%PDF-1.7");
        assert_eq!(examine(&too_late).kind, FileKind::Other);
    }

    #[test]
    fn empty_files_and_sizes() {
        let f = examine(&[]);
        assert!(f.empty);
        assert_eq!(
            (f.kind, f.size, f.encrypted_pdf),
            (FileKind::Other, 0, false)
        );
        assert_eq!(examine(&[0xFF, 0xD8, 0xFF]).size, 3);
    }

    #[test]
    fn encrypted_pdfs_are_found_by_their_encrypt_entry() {
        let plain = b"%PDF-1.4\ntrailer\n<< /Size 5 /Root 1 0 R >>\n%%EOF";
        assert!(!examine(plain).encrypted_pdf);
        let encrypted = b"%PDF-1.4\ntrailer\n<< /Size 5 /Root 1 0 R /Encrypt 4 0 R >>\n%%EOF";
        assert!(examine(encrypted).encrypted_pdf);
        let inline = b"%PDF-1.6\n5 0 obj<</Type/XRef/Encrypt<</Filter/Standard>>>>stream";
        assert!(examine(inline).encrypted_pdf);
        let only_metadata_flag = b"%PDF-1.6\n<< /EncryptMetadata false >>";
        assert!(!examine(only_metadata_flag).encrypted_pdf);
        // "/Encrypt" in a JPEG's bytes means nothing.
        let mut jpeg = vec![0xFF, 0xD8, 0xFF];
        jpeg.extend_from_slice(b" /Encrypt ");
        assert!(!examine(&jpeg).encrypted_pdf);
    }

    #[test]
    fn a_large_pdf_is_examined_from_both_ends() {
        // A 12 MB PDF (over the 10 MB limit) whose encryption is named only in its trailer, at the end: the first
        // kilobyte says "PDF", the last 64 KB say "encrypted". Reading the head alone (as before) missed it.
        let size = 12 * 1024 * 1024;
        let head = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n";
        let tail = b"trailer\n<< /Size 9 /Root 1 0 R /Encrypt 8 0 R >>\nstartxref\n123\n%%EOF";
        let facts = examine_ends(head, tail, size);
        assert_eq!(
            facts,
            FileFacts {
                kind: FileKind::Pdf,
                size,
                empty: false,
                encrypted_pdf: true
            }
        );
        assert!(!examine(head).encrypted_pdf);
        let plain_tail = b"trailer\n<< /Size 9 /Root 1 0 R >>\n%%EOF";
        assert!(!examine_ends(head, plain_tail, size).encrypted_pdf);
        // The tail of a JPEG means nothing, whatever it holds.
        assert!(!examine_ends(&[0xFF, 0xD8, 0xFF], tail, size).encrypted_pdf);
    }
}
