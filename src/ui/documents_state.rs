//! What the user has said about their documents: "I have it", the dates and properties typed, the examined scans, and
//! the identification numbers. Pure (no yew), so it is tested natively; the reducer (`state`) holds one.
//!
//! Entries are keyed by requirement id, not by position, so an answer changed on the check page keeps what was said
//! about every document still on the list. The state is kept in the tab's `sessionStorage` (see [`encode`]), so a
//! reload or a switch of language (which loads another bundle) loses nothing; files themselves are never stored,
//! only what examining them found.

use crate::ui::date_input::{parse_date, DateError, DateText};
use ruqsat_core::case::Case;
use ruqsat_core::checklist::{validate, Finding, FindingKind, ProvidedDocument, ValidationContext};
use ruqsat_core::documents::requirement;
use ruqsat_core::file_check::{FileFacts, FileKind};
use ruqsat_core::identifiers::Identity;

/// One document as the user described it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocEntry {
    pub provided: ProvidedDocument,
    /// The "valid until" date as typed (it may not be a date yet).
    pub until: DateText,
    /// For a document required only if a condition holds: the user says it does not hold for them.
    pub not_needed: bool,
}

impl DocEntry {
    fn for_requirement(requirement: &str) -> Self {
        DocEntry {
            provided: ProvidedDocument {
                requirement: requirement.to_string(),
                ..ProvidedDocument::default()
            },
            ..DocEntry::default()
        }
    }

    fn apply(&mut self, change: DocChange) {
        let doc = &mut self.provided;
        match change {
            DocChange::Have(v) => doc.have = v,
            DocChange::Until(text) => {
                let parsed = parse_date(&text.day, &text.month, &text.year);
                doc.valid_until = parsed.ok();
                // Anything typed that is not a date (31.02.2019, a day left out) is the core's finding.
                doc.valid_until_not_a_date = parsed.is_err_and(|e| e != DateError::Missing);
                self.until = text;
            }
            DocChange::Legalised(v) => doc.legalised = Some(v),
            DocChange::Translated(v) => doc.translated = Some(v),
            DocChange::File(facts) => doc.file = facts,
            DocChange::NotNeeded(v) => self.not_needed = v,
            DocChange::LegalisationNotNeeded(v) => doc.legalisation_not_needed = v,
            DocChange::TranslationNotNeeded(v) => doc.in_kazakh_or_russian = v.then_some(true),
        }
    }
}

/// A change to one document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DocChange {
    Have(bool),
    Until(DateText),
    Legalised(bool),
    Translated(bool),
    /// The scan chosen now, examined; `None` when the input was cleared or a new file is being read (the facts of
    /// the file chosen before are not kept for it).
    File(Option<FileFacts>),
    /// "Not needed in my case", for a document required only if a condition holds.
    NotNeeded(bool),
    /// "No legalisation needed in my case": a treaty says otherwise (Edition B), a CIS document (Edition A).
    LegalisationNotNeeded(bool),
    /// "No translation needed": the document is in Kazakh or Russian.
    TranslationNotNeeded(bool),
}

/// Which identification number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdField {
    EmployerBin,
    WorkerIin,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocumentsState {
    pub entries: Vec<DocEntry>,
    /// The employer's BIN as typed.
    pub bin: String,
    /// The worker's IIN as typed.
    pub iin: String,
    /// The worker's birth date as the passport gives it, as typed: checked against the IIN's.
    pub born: DateText,
    /// How often "Check my documents" was pressed. Findings are shown once it was (not while the user is still
    /// filling in); each press moves focus to the error summary again.
    pub checks: u32,
}

impl DocumentsState {
    pub fn checked(&self) -> bool {
        self.checks > 0
    }

    pub fn entry(&self, requirement: &str) -> Option<&DocEntry> {
        self.entries
            .iter()
            .find(|e| e.provided.requirement == requirement)
    }

    pub fn change(&mut self, requirement: &str, change: DocChange) {
        let i = match self
            .entries
            .iter()
            .position(|e| e.provided.requirement == requirement)
        {
            Some(i) => i,
            None => {
                self.entries.push(DocEntry::for_requirement(requirement));
                self.entries.len() - 1
            }
        };
        self.entries[i].apply(change);
    }

    pub fn set_id(&mut self, field: IdField, text: String) {
        match field {
            IdField::EmployerBin => self.bin = text,
            IdField::WorkerIin => self.iin = text,
        }
    }

    pub fn set_born(&mut self, text: DateText) {
        self.born = text;
    }

    /// What is wrong with a date typed, to show beside its fields: once the year is typed in full or a check was
    /// asked for (not while the reader is still typing); nothing for fields left blank.
    pub fn date_error(&self, text: &DateText) -> Option<DateError> {
        let judged = self.checked() || text.year.trim().len() == 4;
        parse_date(&text.day, &text.month, &text.year)
            .err()
            .filter(|&e| judged && e != DateError::Missing)
    }

    /// The passport's birth date, when the three fields make a real date.
    pub fn passport_birth_date(&self) -> Option<chrono::NaiveDate> {
        parse_date(&self.born.day, &self.born.month, &self.born.year).ok()
    }

    /// The numbers typed, as the core's [`Identity`]: a blank field is "not given".
    pub fn identity(&self) -> Identity {
        let given = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Identity {
            employer_bin: given(&self.bin),
            worker_iin: given(&self.iin),
        }
    }

    /// What the core finds wrong, for this case: every required document not yet ticked, and the problems of the
    /// ones that are (`ruqsat_core::checklist::validate`). A conditional document the user said is not needed in their
    /// case is not reported missing.
    pub fn findings(&self, case: &Case) -> Vec<Finding> {
        let provided: Vec<ProvidedDocument> = self
            .entries
            .iter()
            .filter(|e| e.provided.have)
            .map(|e| e.provided.clone())
            .collect();
        let ctx = ValidationContext {
            identity: self.identity(),
            passport_birth_date: self.passport_birth_date(),
            ..ValidationContext::for_case(case)
        };
        let mut found = validate(case, &provided, &ctx);
        found.retain(|f| {
            f.kind != FindingKind::MissingIfApplies
                || !self.entry(f.requirement).is_some_and(|e| e.not_needed)
        });
        found
    }
}

// ---- Storage: one line per document, tab-separated, then the numbers. A format of our own (no JSON library in the
// bundle); anything unreadable is skipped, never an error.

const FILE_KINDS: [(FileKind, &str); 4] = [
    (FileKind::Pdf, "pdf"),
    (FileKind::Jpeg, "jpeg"),
    (FileKind::Png, "png"),
    (FileKind::Other, "other"),
];

fn flag(v: Option<bool>) -> &'static str {
    match v {
        Some(true) => "1",
        Some(false) => "0",
        None => "",
    }
}

fn read_flag(s: &str) -> Option<bool> {
    match s {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
}

/// Strips the separators from typed text, so a tab or newline cannot break the format.
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect()
}

/// The state as text for `sessionStorage`.
pub fn encode(state: &DocumentsState) -> String {
    let mut out = format!(
        "ids\t{}\t{}\t{}\n",
        clean(&state.bin),
        clean(&state.iin),
        state.checks
    );
    let b = &state.born;
    if !(b.day.is_empty() && b.month.is_empty() && b.year.is_empty()) {
        out.push_str(&format!(
            "born\t{}\t{}\t{}\n",
            clean(&b.day),
            clean(&b.month),
            clean(&b.year)
        ));
    }
    for e in &state.entries {
        let d = &e.provided;
        let file = d.file.map_or(String::new(), |f| {
            let kind = FILE_KINDS
                .iter()
                .find(|(k, _)| *k == f.kind)
                .map_or("other", |(_, n)| n);
            format!(
                "{kind},{},{},{}",
                f.size,
                u8::from(f.empty),
                u8::from(f.encrypted_pdf)
            )
        });
        out.push_str(&format!(
            "doc\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\n",
            clean(&d.requirement),
            u8::from(d.have),
            clean(&e.until.day),
            clean(&e.until.month),
            clean(&e.until.year),
            flag(d.legalised),
            flag(d.translated),
            file,
            u8::from(e.not_needed),
            u8::from(d.legalisation_not_needed),
            u8::from(d.in_kazakh_or_russian == Some(true))
        ));
    }
    out
}

/// Reads what [`encode`] wrote; lines it cannot read are skipped, and so are documents the register does not have
/// (`ruqsat_core::documents::requirement`). Linear in the text: each document's line is read into its own entry, and
/// a second line for the same document replaces that document's entry (never another's).
pub fn decode(text: &str) -> DocumentsState {
    let mut state = DocumentsState::default();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f.as_slice() {
            ["ids", bin, iin, checked] => {
                state.bin = bin.to_string();
                state.iin = iin.to_string();
                state.checks = checked.parse().unwrap_or(0);
            }
            ["born", day, month, year] => state.born = typed(day, month, year),
            // The last fields ("not needed", then "no legalisation needed" and "no translation needed") came later:
            // a line without them is read as "needed".
            ["doc", id, have, day, month, year, legalised, translated, file, rest @ ..]
                if rest.len() <= 3 && requirement(id).is_some() =>
            {
                let mut entry = DocEntry::for_requirement(id);
                entry.apply(DocChange::Have(*have == "1"));
                entry.apply(DocChange::Until(typed(day, month, year)));
                entry.provided.legalised = read_flag(legalised);
                entry.provided.translated = read_flag(translated);
                entry.provided.file = read_file(file);
                let said = |i: usize| rest.get(i) == Some(&"1");
                entry.apply(DocChange::NotNeeded(said(0)));
                entry.apply(DocChange::LegalisationNotNeeded(said(1)));
                entry.apply(DocChange::TranslationNotNeeded(said(2)));
                // A document read twice keeps the place of its first line and what its last line says. Only the
                // register's documents are kept (no checklist has another), so this search is over a few dozen
                // entries at most, whatever the text's length.
                match state
                    .entries
                    .iter()
                    .position(|e| e.provided.requirement == *id)
                {
                    Some(i) => state.entries[i] = entry,
                    None => state.entries.push(entry),
                }
            }
            _ => {}
        }
    }
    state
}

/// Whether a line is one [`encode`] writes, whole: the right number of fields, each of its kind. A case's text
/// with a line that is not is set aside rather than read in part (`case_file::decode`).
pub fn is_whole_line(line: &str) -> bool {
    let f: Vec<&str> = line.split('\t').collect();
    let bit = |s: &str| s == "0" || s == "1";
    match f.as_slice() {
        ["ids", _, _, checked] => checked.parse::<u32>().is_ok(),
        ["born", _, _, _] => true,
        ["doc", id, have, _, _, _, legalised, translated, file, rest @ ..] => {
            requirement(id).is_some()
                && bit(have)
                && (legalised.is_empty() || bit(legalised))
                && (translated.is_empty() || bit(translated))
                && (file.is_empty() || read_file(file).is_some())
                && rest.len() <= 3
                && rest.iter().all(|r| bit(r))
        }
        _ => false,
    }
}

fn typed(day: &str, month: &str, year: &str) -> DateText {
    DateText {
        day: day.to_string(),
        month: month.to_string(),
        year: year.to_string(),
        time: String::new(),
    }
}

fn read_file(s: &str) -> Option<FileFacts> {
    let parts: Vec<&str> = s.split(',').collect();
    let [kind, size, empty, encrypted] = parts.as_slice() else {
        return None;
    };
    Some(FileFacts {
        kind: FILE_KINDS.iter().find(|(_, n)| n == kind)?.0,
        size: size.parse().ok()?,
        empty: *empty == "1",
        encrypted_pdf: *encrypted == "1",
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ruqsat_core::case::{Applicant, Channel, ServiceKind, Track};
    use ruqsat_core::checklist::{checklist, FindingKind};
    use ruqsat_core::editions::EditionId;

    fn case() -> Case {
        Case::new(
            EditionId::Zhambyl2017,
            ServiceKind::Issue,
            Track::General,
            Applicant::Employer,
            Channel::Office,
            NaiveDate::from_ymd_opt(2017, 9, 1)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
        )
    }

    #[test]
    fn nothing_ticked_means_every_required_document_is_missing() {
        let c = case();
        let list = checklist(&c);
        let findings = DocumentsState::default().findings(&c);
        let missing = findings
            .iter()
            .filter(|f| matches!(f.kind, FindingKind::Missing | FindingKind::MissingIfApplies))
            .count();
        let with_package = list
            .items
            .iter()
            .filter(|i| i.due() == ruqsat_core::documents::Due::WithPackage)
            .count();
        assert!(with_package > 0);
        assert_eq!(missing, with_package);
        assert_eq!(findings.len(), missing);
    }

    #[test]
    fn ticking_every_document_leaves_nothing_missing() {
        let c = case();
        let mut s = DocumentsState::default();
        for id in checklist(&c).ids() {
            s.change(id, DocChange::Have(true));
        }
        assert_eq!(s.findings(&c), vec![]);
    }

    #[test]
    fn an_expired_date_is_found_and_a_half_typed_one_is_not_a_date() {
        let c = case();
        let first = checklist(&c).ids()[0];
        let mut s = DocumentsState::default();
        s.change(first, DocChange::Have(true));
        s.change(first, DocChange::Until(typed("31", "8", "")));
        assert_eq!(s.entry(first).unwrap().provided.valid_until, None);
        s.change(first, DocChange::Until(typed("31", "8", "2017")));
        assert_eq!(
            s.entry(first).unwrap().provided.valid_until,
            NaiveDate::from_ymd_opt(2017, 8, 31)
        );
        let expired: Vec<_> = s
            .findings(&c)
            .into_iter()
            .filter(|f| f.kind == FindingKind::Expired)
            .collect();
        assert_eq!(expired.len(), 1);
        assert_eq!(expired[0].requirement, first);
        assert_eq!(expired[0].detail.as_deref(), Some("2017-08-31"));
        assert_eq!(
            expired[0].validity_dates(),
            Some((NaiveDate::from_ymd_opt(2017, 8, 31).unwrap(), None))
        );
    }

    #[test]
    fn a_date_that_does_not_exist_is_an_error_at_its_field_and_a_finding() {
        let c = case();
        let first = checklist(&c).ids()[0];
        let mut s = DocumentsState::default();
        s.change(first, DocChange::Have(true));
        // 31 February 2019 does not exist: no date is kept, the field says so once the year is typed, and the
        // document is not ready.
        let text = typed("31", "02", "2019");
        s.change(first, DocChange::Until(text.clone()));
        let entry = s.entry(first).unwrap();
        assert_eq!(entry.provided.valid_until, None);
        assert_eq!(s.date_error(&entry.until), Some(DateError::NotReal));
        assert!(s
            .findings(&c)
            .iter()
            .any(|f| f.requirement == first && f.kind == FindingKind::ValidUntilNotADate));
        // Still typing: no error beside the field until the year is whole or a check was asked for.
        assert_eq!(s.date_error(&typed("31", "02", "20")), None);
        s.checks = 1;
        assert_eq!(
            s.date_error(&typed("31", "02", "20")),
            Some(DateError::Year)
        );
        assert_eq!(s.date_error(&typed("", "", "")), None);
        // The birth date: the same check.
        s.set_born(typed("30", "2", "1990"));
        assert_eq!(s.date_error(&s.born), Some(DateError::NotReal));
        assert_eq!(s.passport_birth_date(), None);
        // A real date clears it.
        s.change(first, DocChange::Until(typed("28", "2", "2019")));
        assert!(!s.entry(first).unwrap().provided.valid_until_not_a_date);
    }

    #[test]
    fn a_cleared_or_replaced_file_leaves_no_facts_of_the_one_before() {
        let c = case();
        let first = checklist(&c).ids()[0];
        let mut s = DocumentsState::default();
        s.change(first, DocChange::Have(true));
        s.change(
            first,
            DocChange::File(Some(ruqsat_core::file_check::examine(b"PK\x03\x04"))),
        );
        assert!(s
            .findings(&c)
            .iter()
            .any(|f| f.kind == FindingKind::FileTypeNotAllowed));
        // The input cleared (or another file chosen, while it is read): the zip's facts go with it.
        s.change(first, DocChange::File(None));
        assert_eq!(s.entry(first).unwrap().provided.file, None);
        assert!(!s
            .findings(&c)
            .iter()
            .any(|f| f.kind == FindingKind::FileTypeNotAllowed));
    }

    #[test]
    fn a_blank_number_is_not_given_and_a_wrong_one_is_found() {
        let c = case();
        let mut s = DocumentsState::default();
        s.set_id(IdField::EmployerBin, "  ".into());
        assert_eq!(s.identity().employer_bin, None);
        s.set_id(IdField::EmployerBin, "040540000124".into());
        let bin: Vec<_> = s
            .findings(&c)
            .into_iter()
            .filter(|f| f.kind == FindingKind::BinInvalid)
            .collect();
        assert_eq!(bin.len(), 1);
        assert_eq!(bin[0].detail.as_deref(), Some("check_digit"));
        s.set_id(IdField::EmployerBin, "040540000123".into());
        assert!(s
            .findings(&c)
            .iter()
            .all(|f| f.kind != FindingKind::BinInvalid));
    }

    #[test]
    fn the_iin_is_checked_against_the_passports_birth_date_once_it_is_a_real_date() {
        let c = case();
        let mut s = DocumentsState::default();
        // 900515300018: born 15 May 1990.
        s.set_id(IdField::WorkerIin, "900515300018".into());
        let mismatches = |s: &DocumentsState| {
            s.findings(&c)
                .into_iter()
                .filter(|f| f.kind == FindingKind::IinBirthDateMismatch)
                .count()
        };
        s.set_born(typed("16", "5", "1990"));
        assert_eq!(
            s.passport_birth_date(),
            NaiveDate::from_ymd_opt(1990, 5, 16)
        );
        assert_eq!(mismatches(&s), 1);
        s.set_born(typed("15", "5", "1990"));
        assert_eq!(mismatches(&s), 0);
        // Not yet a whole date: nothing to compare.
        s.set_born(typed("16", "5", "19"));
        assert_eq!(s.passport_birth_date(), None);
        assert_eq!(mismatches(&s), 0);
    }

    #[test]
    fn storage_round_trips_everything_said() {
        let mut s = DocumentsState {
            bin: "040540000123".into(),
            iin: "9005".into(),
            born: typed("15", "5", "1990"),
            checks: 2,
            ..DocumentsState::default()
        };
        s.change("b-general-issue-passport", DocChange::Have(true));
        s.change(
            "b-general-issue-passport",
            DocChange::Until(typed("1", "2", "20")),
        );
        s.change("b-general-issue-passport", DocChange::Legalised(false));
        s.change("b-general-issue-passport", DocChange::Translated(true));
        s.change(
            "b-general-issue-passport",
            DocChange::File(Some(FileFacts {
                kind: FileKind::Pdf,
                size: 123_456,
                empty: false,
                encrypted_pdf: true,
            })),
        );
        s.change("b-general-issue-application", DocChange::Have(false));
        s.change("b-general-issue-experience", DocChange::NotNeeded(true));
        s.change(
            "b-general-issue-passport",
            DocChange::LegalisationNotNeeded(true),
        );
        s.change(
            "b-general-issue-passport",
            DocChange::TranslationNotNeeded(true),
        );
        assert_eq!(decode(&encode(&s)), s);
        // A line written before "not needed" existed reads as needed.
        let old = decode("doc\tb-general-issue-passport\t1\t\t\t\t\t\t");
        assert!(old
            .entry("b-general-issue-passport")
            .is_some_and(|e| e.provided.have && !e.not_needed));
    }

    #[test]
    fn a_conditional_document_said_not_needed_is_no_longer_missing() {
        let c = case();
        let conditional: Vec<_> = checklist(&c)
            .items
            .iter()
            .filter(|i| matches!(i.applies, ruqsat_core::checklist::Applies::RequiredIf(_)))
            .map(|i| i.id())
            .collect();
        assert!(
            !conditional.is_empty(),
            "the case has a document required only if…"
        );
        let mut s = DocumentsState::default();
        let missing_if = |s: &DocumentsState| {
            s.findings(&c)
                .iter()
                .filter(|f| f.kind == FindingKind::MissingIfApplies)
                .count()
        };
        assert_eq!(missing_if(&s), conditional.len());
        s.change(conditional[0], DocChange::NotNeeded(true));
        assert_eq!(missing_if(&s), conditional.len() - 1);
        // Said of a document that is always required, it changes nothing.
        let always = checklist(&c).ids()[0];
        let before = s.findings(&c).len();
        s.change(always, DocChange::NotNeeded(true));
        assert_eq!(s.findings(&c).len(), before);
    }

    #[test]
    fn storage_survives_tabs_in_typed_text_and_skips_broken_lines() {
        let mut s = DocumentsState {
            bin: "04\t05".into(),
            ..DocumentsState::default()
        };
        s.change(
            "b-general-issue-passport",
            DocChange::Until(typed("1\t", "2", "2020")),
        );
        let back = decode(&format!("{}garbage\ndoc\t\t1\nfile\n", encode(&s)));
        assert_eq!(back.bin, "0405");
        assert_eq!(back.entries.len(), 1);
        assert_eq!(back.entries[0].until.day, "1");
        assert_eq!(decode("").entries.len(), 0);
        // A document no register has is not kept (no checklist could show it).
        assert_eq!(decode("doc\tx\t1\t\t\t\t\t\t").entries.len(), 0);
        assert_eq!(
            decode("doc\tb-general-issue-passport\t1\t\t\t\t\t\tpdf,notanumber,0,0").entries[0]
                .provided
                .file,
            None
        );
    }
}
