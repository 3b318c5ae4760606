//! The documents a case needs ([`checklist`]) and what is wrong with the ones the user has ([`validate`]).
//!
//! Both read the requirement table of [`super::documents`]. A requirement whose condition depends on a fact the user
//! has not given is listed as "required if …", never dropped and never asserted.

use chrono::NaiveDate;

use super::case::{Case, CaseFacts};
use super::documents::{
    requirements_for, Condition, Due, Legalisation, Requirement, RequirementId,
};
use super::editions::EditionId;
use super::evidence::{Aside, Citation, Grade, Locator};
use super::file_check::{FileFacts, SIZE_LIMIT};
use super::identifiers::{
    iin_matches_birth_date, parse_bin, parse_iin, Identity, STRUCTURE_CITATION,
};
use crate::sources::SourceId;

/// Whether a listed document applies to this case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    Required,
    /// Required if the condition holds; a fact it depends on is not known yet.
    RequiredIf(Condition),
}

/// One line of the checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    pub requirement: &'static Requirement,
    pub applies: Applies,
}

impl ChecklistItem {
    pub fn id(&self) -> RequirementId {
        self.requirement.id
    }

    pub fn due(&self) -> Due {
        self.requirement.due
    }

    pub fn citation(&self) -> Citation {
        self.requirement.citation
    }
}

/// The documents of one case, in order: the application first, then the package, then what is due after a
/// positive notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checklist {
    pub items: Vec<ChecklistItem>,
}

impl Checklist {
    pub fn get(&self, id: &str) -> Option<&ChecklistItem> {
        self.items.iter().find(|i| i.id() == id)
    }

    pub fn ids(&self) -> Vec<RequirementId> {
        self.items.iter().map(ChecklistItem::id).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// The documents this case requires. Empty for a service that does not exist (e.g. an ICT permit under Edition A;
/// `permits::eligibility` says why).
pub fn checklist(case: &Case) -> Checklist {
    let submitted = case.submitted.date();
    let items: Vec<ChecklistItem> =
        requirements_for(case.edition, case.service, case.track, case.applicant)
            .filter_map(|r| match r.condition.holds(&case.facts, submitted) {
                Some(true) => Some(ChecklistItem {
                    requirement: r,
                    applies: Applies::Required,
                }),
                Some(false) => None,
                None => Some(ChecklistItem {
                    requirement: r,
                    applies: Applies::RequiredIf(r.condition),
                }),
            })
            .collect();
    // The table already orders each service; this keeps that order and guarantees the after-notice documents last.
    // A stable partition rather than a sort: same order, less code in the bundle.
    let (mut items, after): (Vec<_>, Vec<_>) = items
        .into_iter()
        .partition(|i| !matches!(i.due(), Due::AfterPositiveNotice { .. }));
    items.extend(after);
    Checklist { items }
}

/// What the user says about one document of the checklist. `None` means "not said": nothing is checked on it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProvidedDocument {
    /// The requirement's id, e.g. `"a-employer-issue-passport"`.
    pub requirement: String,
    /// The user has the document.
    pub have: bool,
    pub valid_from: Option<NaiveDate>,
    pub valid_until: Option<NaiveDate>,
    /// A "valid until" was typed that is not a date (31.02.2019): a finding, never "ready".
    pub valid_until_not_a_date: bool,
    /// Apostilled or legalised.
    pub legalised: Option<bool>,
    /// The user says legalisation is not needed in their case, where the evidence says it depends: under Edition B
    /// a treaty says otherwise ("unless a treaty says otherwise"); under Edition A the document is from a CIS
    /// country (a notarised copy instead of the apostille).
    pub legalisation_not_needed: bool,
    /// A notarised copy.
    pub notarised: Option<bool>,
    /// With a notarised translation.
    pub translated: Option<bool>,
    /// The document is in Kazakh or Russian; when `None`, the case's
    /// [`CaseFacts::documents_in_foreign_language`] decides.
    pub in_kazakh_or_russian: Option<bool>,
    /// The examined scan, if one was chosen (see [`super::file_check::examine`]).
    pub file: Option<FileFacts>,
}

impl ProvidedDocument {
    /// A document the user has, with nothing else said about it.
    pub fn have(requirement: &str) -> ProvidedDocument {
        ProvidedDocument {
            requirement: requirement.to_string(),
            have: true,
            ..ProvidedDocument::default()
        }
    }
}

/// What validation needs besides the documents.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidationContext {
    /// The day the package is handed in.
    pub submission: NaiveDate,
    /// The day the permit is expected to be issued: the end of the case's last step (`timeline::estimate`).
    pub issued_by: Option<NaiveDate>,
    /// The day the permit is expected to end, if known (see `permits::expected_permit_end`).
    pub permit_end: Option<NaiveDate>,
    pub identity: Identity,
    /// The worker's birth date as the passport gives it.
    pub passport_birth_date: Option<NaiveDate>,
}

impl ValidationContext {
    /// Submission on the case's date; the permit issued when its timeline ends and ending when its term does
    /// (where the term is fixed: `permits::expected_permit_end`); no identity given.
    pub fn for_case(case: &Case) -> ValidationContext {
        let issued_by = super::timeline::estimate(case)
            .ok()
            .and_then(|t| t.last_end())
            .map(|end| end.date());
        ValidationContext {
            submission: case.submitted.date(),
            issued_by,
            permit_end: issued_by
                .and_then(|day| super::permits::expected_permit_end(case, day))
                .map(|(end, _)| end),
            identity: Identity::default(),
            passport_birth_date: None,
        }
    }
}

/// What is wrong. The order is the order findings of one document are listed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FindingKind {
    /// A required document, due with the package, is not there.
    Missing,
    /// A document that is required if a condition holds is not there, and the condition is not known.
    MissingIfApplies,
    /// The "valid until" typed is not a date.
    ValidUntilNotADate,
    /// Its validity starts after the submission date.
    NotYetValid,
    /// Its validity ended before the submission date.
    Expired,
    /// It ends before the permit is expected to be issued (ASSUMPTION, as for the next: a precaution).
    ExpiresBeforeIssue,
    /// It ends before the permit would (ASSUMPTION: no source requires it to last; a precaution).
    ExpiresBeforePermitEnd,
    NotLegalised,
    NotNotarised,
    NotTranslated,
    FileEmpty,
    /// Not PDF, JPEG or PNG by its bytes (ASSUMPTION).
    FileTypeNotAllowed,
    /// A PDF with an `/Encrypt` entry (ASSUMPTION that the provider cannot use it).
    FileEncryptedPdf,
    /// Larger than [`SIZE_LIMIT`] (ASSUMPTION: no source gives a limit).
    FileTooLarge,
    /// The worker's IIN fails its check (structure: ASSUMPTION, see `identifiers`).
    IinInvalid,
    /// The employer's BIN fails its check.
    BinInvalid,
    /// The IIN's birth date differs from the passport's.
    IinBirthDateMismatch,
}

impl FindingKind {
    pub const ALL: [FindingKind; 17] = [
        FindingKind::Missing,
        FindingKind::MissingIfApplies,
        FindingKind::ValidUntilNotADate,
        FindingKind::NotYetValid,
        FindingKind::Expired,
        FindingKind::ExpiresBeforeIssue,
        FindingKind::ExpiresBeforePermitEnd,
        FindingKind::NotLegalised,
        FindingKind::NotNotarised,
        FindingKind::NotTranslated,
        FindingKind::FileEmpty,
        FindingKind::FileTypeNotAllowed,
        FindingKind::FileEncryptedPdf,
        FindingKind::FileTooLarge,
        FindingKind::IinInvalid,
        FindingKind::BinInvalid,
        FindingKind::IinBirthDateMismatch,
    ];
}

/// One thing wrong with one requirement's document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub requirement: RequirementId,
    pub kind: FindingKind,
    /// The source of the rule the finding applies.
    pub citation: Citation,
    /// When the rule is ours, not a source's: what we assumed.
    pub assumption: Option<Assumption>,
    /// Language-neutral detail: a date (ISO), a size in bytes, an error code.
    pub detail: Option<String>,
}

/// Between the two dates of an [`FindingKind::ExpiresBeforePermitEnd`] or [`FindingKind::ExpiresBeforeIssue`]
/// detail: "UNTIL < PERMIT_END", "UNTIL < ISSUED_BY".
const DATES_APART: &str = " < ";

impl Finding {
    /// The dates an expiry finding names, read from its detail: the document's "valid until" and, when it ends
    /// before the permit would be issued or would end, that day. `None` for other findings.
    pub fn validity_dates(&self) -> Option<(NaiveDate, Option<NaiveDate>)> {
        if !matches!(
            self.kind,
            FindingKind::Expired
                | FindingKind::ExpiresBeforeIssue
                | FindingKind::ExpiresBeforePermitEnd
        ) {
            return None;
        }
        // ISO dates are ten characters: read by position, which keeps string searching out of the wasm.
        let detail = self.detail.as_deref()?;
        let until = super::iso::parse_date(detail.get(..10)?)?;
        let end = detail
            .get(10 + DATES_APART.len()..)
            .and_then(super::iso::parse_date);
        Some((until, end))
    }
}

/// A rule of ours, not of a source, that a finding applies: what we assumed (its words:
/// `ruqsat_wording::rules::checklist::assumption`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Assumption {
    /// The note of [`FindingKind::ExpiresBeforePermitEnd`]: no source requires the passport to last the permit's
    /// term; the finding is a precaution.
    PassportOutlastingThePermit,
    /// The basis of the file findings: no regulation sets a file type or size ([`super::file_check`]).
    FileTypesAndSize,
    /// The basis of every IIN and BIN check: the published structure of the numbers ([`super::identifiers`]).
    IdentifierStructure,
}

impl Assumption {
    pub const ALL: [Assumption; 3] = [
        Assumption::PassportOutlastingThePermit,
        Assumption::FileTypesAndSize,
        Assumption::IdentifierStructure,
    ];
}

/// The grade of a file check (type, size, encryption): an assumption of Ruqsat's, as the office hours are
/// ([`crate::counting::OFFICE_HOURS_CITATION`]); no regulation sets a file type or size.
pub const FILE_CHECK_GRADE: Grade = SourceId::OfficeHoursAssumption.source().grade;

/// Where the seeds have the applicant attach scans: the basis of the file findings (whose rules are assumptions).
pub const fn attachment_citation(edition: EditionId) -> Citation {
    match edition {
        EditionId::WestKazakhstan2014 => Citation::of(
            SourceId::Wko176Regulation,
            Locator::sub_clause(11, 5).aside(Aside::ScannedAttachments),
        ),
        EditionId::Zhambyl2017 => Citation::of(
            SourceId::Zhambyl36Regulation,
            Locator::sub_clause(9, 5).aside(Aside::ElectronicAttachments),
        ),
    }
}

/// Checks the documents the user has against this case's checklist. Findings come in checklist order, and for one
/// document in the order of [`FindingKind`]; identity findings go with the application (IIN, BIN) or the passport
/// (birth date). Documents for requirements not on the checklist are ignored.
pub fn validate(
    case: &Case,
    documents: &[ProvidedDocument],
    ctx: &ValidationContext,
) -> Vec<Finding> {
    let list = checklist(case);
    let mut out: Vec<(usize, Finding)> = Vec::new();
    for (index, item) in list.items.iter().enumerate() {
        let r = item.requirement;
        let mut add = |kind, citation, assumption, detail| {
            out.push((
                index,
                Finding {
                    requirement: r.id,
                    kind,
                    citation,
                    assumption,
                    detail,
                },
            ))
        };
        let provided = documents.iter().find(|d| d.requirement == r.id && d.have);
        let Some(doc) = provided else {
            // A document whose content is not known (U) is not "missing": the person asks the provider what it is,
            // and it does not count against "ready to submit".
            if r.due == Due::WithPackage && r.citation.grade != Grade::U {
                let kind = match item.applies {
                    Applies::Required => FindingKind::Missing,
                    Applies::RequiredIf(_) => FindingKind::MissingIfApplies,
                };
                add(kind, r.citation, None, None);
            }
            continue;
        };
        for (kind, assumption, detail) in document_findings(r, doc, &case.facts, ctx) {
            add(kind, r.citation, assumption, detail);
        }
        if let Some(file) = doc.file {
            for (kind, detail) in file_findings(&file) {
                // The clause asks for scans (S); the checks of type, size and encryption are ours, an assumption:
                // the finding carries the assumption's grade, not the clause's.
                add(
                    kind,
                    attachment_citation(case.edition).graded(FILE_CHECK_GRADE),
                    Some(Assumption::FileTypesAndSize),
                    detail,
                );
            }
        }
    }
    if let Some(application) = list.items.first() {
        let index_of =
            |id: RequirementId| list.items.iter().position(|i| i.id() == id).unwrap_or(0);
        let passport = list
            .items
            .iter()
            .find(|i| i.id().ends_with("-passport"))
            .unwrap_or(application);
        for (kind, detail) in identity_findings(ctx) {
            let on = if kind == FindingKind::IinBirthDateMismatch {
                passport
            } else {
                application
            };
            // After this document's own findings: identity kinds come last in `FindingKind`, so the order holds
            // without a sort (a library sort costs the bundle ~1.5 KB gzip).
            let index = index_of(on.id());
            let at = out
                .iter()
                .position(|(i, _)| *i > index)
                .unwrap_or(out.len());
            out.insert(
                at,
                (
                    index,
                    Finding {
                        requirement: on.id(),
                        kind,
                        citation: STRUCTURE_CITATION,
                        assumption: Some(Assumption::IdentifierStructure),
                        detail,
                    },
                ),
            );
        }
    }
    out.into_iter().map(|(_, f)| f).collect()
}

type Found = (FindingKind, Option<Assumption>, Option<String>);

/// Validity dates, legalisation, notarisation and translation of one document.
fn document_findings(
    r: &Requirement,
    doc: &ProvidedDocument,
    facts: &CaseFacts,
    ctx: &ValidationContext,
) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    if doc.valid_until_not_a_date {
        found.push((FindingKind::ValidUntilNotADate, None, None));
    }
    if let Some(from) = doc.valid_from.filter(|&d| d > ctx.submission) {
        found.push((FindingKind::NotYetValid, None, Some(from.to_string())));
    }
    if let Some(until) = doc.valid_until {
        let matters = |d: &NaiveDate| r.copy.validity_matters && until < *d;
        if until < ctx.submission {
            found.push((FindingKind::Expired, None, Some(until.to_string())));
        } else if let Some(issue) = ctx.issued_by.filter(matters) {
            // Valid on the day of submission, but not on the day the permit is expected: the passport runs out
            // while the package is being considered.
            found.push((
                FindingKind::ExpiresBeforeIssue,
                Some(Assumption::PassportOutlastingThePermit),
                Some(format!("{until}{DATES_APART}{issue}")),
            ));
        } else if let Some(end) = ctx
            .permit_end
            .filter(|&end| r.copy.validity_matters && until < end)
        {
            let detail = Some(format!("{until}{DATES_APART}{end}"));
            found.push((
                FindingKind::ExpiresBeforePermitEnd,
                Some(Assumption::PassportOutlastingThePermit),
                detail,
            ));
        }
    }
    let no = |x: Option<bool>| x == Some(false);
    // Under Edition A a document said to be from a CIS country is checked as one, whatever the case says.
    let from_cis = if doc.legalisation_not_needed {
        Some(true)
    } else {
        facts.documents_from_cis
    };
    match r.copy.legalisation {
        Legalisation::NotStated => {}
        // Edition A: apostille or legalisation; a notarised copy for a CIS document. When the origin is not known,
        // only a document that is neither is flagged.
        Legalisation::ApostilleOrLegalisationCisNotarised => match from_cis {
            Some(true) if no(doc.notarised) => found.push((FindingKind::NotNotarised, None, None)),
            Some(false) if no(doc.legalised) => found.push((FindingKind::NotLegalised, None, None)),
            None if no(doc.legalised) && no(doc.notarised) => {
                found.push((FindingKind::NotLegalised, None, None))
            }
            _ => {}
        },
        // Edition B: notarised always; legalised "unless a treaty says otherwise". For a CIS document we do not
        // flag the legalisation, since a treaty between CIS states may say otherwise (our reading, conservative).
        Legalisation::LegalisedUnlessTreatyAndNotarised => {
            if no(doc.legalised)
                && facts.documents_from_cis != Some(true)
                && !doc.legalisation_not_needed
            {
                found.push((FindingKind::NotLegalised, None, None));
            }
            if no(doc.notarised) {
                found.push((FindingKind::NotNotarised, None, None));
            }
        }
    }
    let foreign = doc
        .in_kazakh_or_russian
        .map(|kk_ru| !kk_ru)
        .or(facts.documents_in_foreign_language);
    if r.copy.needs_translation() && foreign == Some(true) && no(doc.translated) {
        found.push((FindingKind::NotTranslated, None, None));
    }
    found
}

/// What is wrong with a scan; an empty file is only reported as empty.
fn file_findings(file: &FileFacts) -> Vec<(FindingKind, Option<String>)> {
    if file.empty {
        return vec![(FindingKind::FileEmpty, None)];
    }
    let mut found = Vec::new();
    if !file.kind.allowed() {
        found.push((FindingKind::FileTypeNotAllowed, None));
    }
    if file.encrypted_pdf {
        found.push((FindingKind::FileEncryptedPdf, None));
    }
    if file.size > SIZE_LIMIT {
        found.push((
            FindingKind::FileTooLarge,
            Some(format!("{} > {SIZE_LIMIT} bytes", file.size)),
        ));
    }
    found
}

/// The IIN and BIN checks, and the IIN's birth date against the passport's. The parsers are the ones behind
/// [`Identity`]'s `validator` rules (`validate_iin`, `validate_bin`; a test holds them equal); they are called
/// directly so that validator's error maps stay out of the browser bundle.
fn identity_findings(ctx: &ValidationContext) -> Vec<(FindingKind, Option<String>)> {
    let mut found = Vec::new();
    if let Some(Err(e)) = ctx.identity.worker_iin.as_deref().map(parse_iin) {
        found.push((FindingKind::IinInvalid, Some(e.code().to_string())));
    }
    if let Some(Err(e)) = ctx.identity.employer_bin.as_deref().map(parse_bin) {
        found.push((FindingKind::BinInvalid, Some(e.code().to_string())));
    }
    if let (Some(iin), Some(born)) = (&ctx.identity.worker_iin, ctx.passport_birth_date) {
        if iin_matches_birth_date(iin, born) == Some(false) {
            found.push((FindingKind::IinBirthDateMismatch, Some(born.to_string())));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Applicant, Channel, ServiceKind, Track};

    #[test]
    fn the_citations_of_checks_are_worded_in_three_languages() {
        for e in EditionId::ALL {
            let c = attachment_citation(e);
            assert!(c.blank_in().is_empty() && !c.locator.is_whole(), "{c:?}");
        }
        let hours = crate::counting::OFFICE_HOURS_CITATION;
        assert!(hours.blank_in().is_empty() && !hours.locator.is_whole());
        let ids = crate::identifiers::STRUCTURE_CITATION;
        assert!(ids.blank_in().is_empty());
    }

    fn case(edition: EditionId, service: ServiceKind, track: Track, applicant: Applicant) -> Case {
        Case::new(
            edition,
            service,
            track,
            applicant,
            Channel::Portal,
            NaiveDate::from_ymd_opt(2017, 6, 1)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
        )
    }

    #[test]
    fn unknown_facts_give_required_if_and_known_ones_decide() {
        let mut c = case(
            EditionId::WestKazakhstan2014,
            ServiceKind::Issue,
            Track::General,
            Applicant::Employer,
        );
        let open = checklist(&c);
        assert_eq!(
            open.get("a-employer-issue-experience").unwrap().applies,
            Applies::RequiredIf(Condition::PostRequiresExperience)
        );
        c.facts.post_requires_experience = Some(false);
        c.facts.earlier_permits_with_special_conditions = Some(true);
        let decided = checklist(&c);
        assert!(decided.get("a-employer-issue-experience").is_none());
        assert_eq!(
            decided
                .get("a-employer-issue-special-conditions")
                .unwrap()
                .applies,
            Applies::Required
        );
    }

    #[test]
    fn finding_kinds_are_listed_in_their_order() {
        let mut sorted = FindingKind::ALL;
        sorted.sort();
        assert_eq!(sorted, FindingKind::ALL);
    }
}
