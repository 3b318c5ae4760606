//! The documents of clause 9 of the state-service standard, as cited data.
//!
//! The seeds say only *that* the documents of "clause 9 of the standard" are required; the standards' own clause 9
//! could not be obtained. [`REQUIREMENTS`] encodes `regulations/EVIDENCE.md` §1 record by record, in its order, each
//! with the grade the evidence gives it (S seed, O official page, C consultant, U unknown) and, for C facts, the
//! period the source describes where it says. Where the evidence is U (Edition A's employer reissue and every
//! foreign-worker permit, Edition B's ICT extension and reissue), the table holds the application (which the seed
//! itself names) and one record that says the rest is not known.
//!
//! Three readings of the evidence are ours, and are marked where they are made:
//! - the ICT education documents apply to packages handed in *before* 15 Sep 2017 and the two letters to those handed
//!   in on or after that day ("until 15 Sep 2017, after which letters … replace them");
//! - the fee for an Edition B *extension* is listed (EVIDENCE §4: a fee "for issue and extension", C), with the
//!   seed's deadline for the fee proof (its general procedure covers issue, extension and reissue), while a reissue
//!   gets no fee record (§1: "no second fee", C);
//! - Edition A's guarantee documents are listed for an issue only: §1 lists them under issue, and the seed's clause
//!   7, sub-clause 5 speaks of the notice "of issuing the permit".

use chrono::NaiveDate;

use super::case::{Applicant, CaseFacts, ServiceKind, Track};
use super::editions::EditionId;
use super::evidence::{Citation, Grade};

/// A requirement's stable id, e.g. `"a-employer-issue-education"`: edition letter, applicant or track, service, what.
pub type RequirementId = &'static str;

/// When a requirement applies, as data. A condition on a fact the user has not given is listed as "required if …".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Always,
    /// The post's qualification requirements demand work experience ([`CaseFacts::post_requires_experience`]).
    PostRequiresExperience,
    /// The employer's earlier permits came with special conditions
    /// ([`CaseFacts::earlier_permits_with_special_conditions`]).
    EarlierPermitsHadSpecialConditions,
    /// The package is handed in before this day.
    SubmittedBefore(NaiveDate),
    /// The package is handed in on this day or later.
    SubmittedOnOrAfter(NaiveDate),
}

impl Condition {
    /// Whether the condition holds for these facts and this submission date; `None` when a fact it needs is unknown.
    pub fn holds(self, facts: &CaseFacts, submitted: NaiveDate) -> Option<bool> {
        match self {
            Condition::Always => Some(true),
            Condition::PostRequiresExperience => facts.post_requires_experience,
            Condition::EarlierPermitsHadSpecialConditions => {
                facts.earlier_permits_with_special_conditions
            }
            Condition::SubmittedBefore(d) => Some(submitted < d),
            Condition::SubmittedOnOrAfter(d) => Some(submitted >= d),
        }
    }
}

/// What a copy needs by way of apostille, legalisation or notarisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legalisation {
    /// The source says nothing about it (which is not the same as "not needed").
    NotStated,
    /// Apostilled or legalised; for documents from CIS countries, notarised copies instead (Edition A, C).
    ApostilleOrLegalisationCisNotarised,
    /// Legalised as Kazakh law requires unless a treaty says otherwise, and notarised (Edition B, O).
    LegalisedUnlessTreatyAndNotarised,
}

/// What a copy needs by way of translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Translation {
    /// The source says nothing about it.
    NotStated,
    /// A notarised translation into Russian (Edition A, C). Checked only for documents in a language other than
    /// Kazakh or Russian: a Russian document needs no translation into Russian (our reading).
    NotarisedIntoRussian,
    /// A notarised translation where the document is not in Kazakh or Russian (Edition B, O).
    NotarisedIfNotKazakhOrRussian,
}

/// What makes a copy acceptable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopyRules {
    pub legalisation: Legalisation,
    pub translation: Translation,
    /// The document has its own validity dates that matter (a passport).
    pub validity_matters: bool,
}

impl CopyRules {
    /// Nothing stated.
    pub const NONE: CopyRules = CopyRules {
        legalisation: Legalisation::NotStated,
        translation: Translation::NotStated,
        validity_matters: false,
    };

    pub const fn needs_translation(&self) -> bool {
        !matches!(self.translation, Translation::NotStated)
    }

    pub const fn needs_legalisation(&self) -> bool {
        !matches!(self.legalisation, Legalisation::NotStated)
    }
}

/// When a document is handed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// With the package.
    WithPackage,
    /// After a positive notice, within this many working days, by this source.
    AfterPositiveNotice {
        working_days: u8,
        citation: Citation,
    },
}

/// One document that clause 9 of the standard requires, as the evidence gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requirement {
    pub id: RequirementId,
    pub edition: EditionId,
    pub applicant: Applicant,
    pub track: Track,
    pub service: ServiceKind,
    pub condition: Condition,
    pub title: DocumentTitle,
    /// What it is and what makes it acceptable, as the source says it.
    pub description: DocumentText,
    pub copy: CopyRules,
    /// What may be handed in instead, if the source names anything.
    pub alternatives: Option<Alternative>,
    /// Where the document comes from (practical guidance, not law).
    pub obtain_from: Option<ObtainFrom>,
    pub due: Due,
    pub citation: Citation,
    /// For a C fact: the period the source describes, where it says.
    pub period: Option<Period>,
}

impl Requirement {
    /// Whether the requirement belongs to this service.
    pub fn belongs_to(
        &self,
        edition: EditionId,
        service: ServiceKind,
        track: Track,
        applicant: Applicant,
    ) -> bool {
        self.edition == edition
            && self.service == service
            && self.track == track
            && self.applicant == applicant
    }
}

/// Whether a (edition, track, applicant) exists at all: Edition A has no ICT (its service names none), Edition B
/// serves employers only (its service is "to employers"). Every service kind exists for those that do.
pub fn is_offered(edition: EditionId, track: Track, applicant: Applicant) -> bool {
    // One home for what each edition offers: the procedures table. The office is offered wherever anything is.
    super::procedures::procedure(
        edition,
        ServiceKind::Issue,
        track,
        applicant,
        super::case::Channel::Office,
    )
    .is_ok()
}

/// Every (edition, service, track, applicant) that exists.
pub fn offered_combinations() -> Vec<(EditionId, ServiceKind, Track, Applicant)> {
    let mut out = Vec::new();
    for edition in EditionId::ALL {
        for track in [Track::General, Track::IntraCorporateTransfer] {
            for applicant in [Applicant::Employer, Applicant::Worker] {
                if is_offered(edition, track, applicant) {
                    out.extend(ServiceKind::ALL.map(|s| (edition, s, track, applicant)));
                }
            }
        }
    }
    out
}

/// The requirement with this id.
pub fn requirement(id: &str) -> Option<&'static Requirement> {
    REQUIREMENTS.iter().find(|r| r.id == id)
}

/// The requirements of one service, in the table's order.
pub fn requirements_for(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    applicant: Applicant,
) -> impl Iterator<Item = &'static Requirement> {
    REQUIREMENTS
        .iter()
        .filter(move |r| r.belongs_to(edition, service, track, applicant))
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in the documents data"),
    }
}

/// From this day letters replace the education documents of an ICT application (C: bal.com, peregrine).
pub const ICT_LETTERS_FROM: NaiveDate = ymd(2017, 9, 15);

// ---- The texts of the records, as keys ------------------------------------------------------------------------

/// A requirement's title (its words: `ruqsat_wording::rules::documents::title`). A title shared by several
/// records has no edition letter; one record's title starts with its edition's (A, B).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentTitle {
    /// Edition A's application "in the set form" (000 clause 7, sub-clause 3).
    Application,
    /// Edition B's application, as Edition B words it: "заявление" (clause 1; clause 6, sub-clause 1), with no
    /// "set form".
    BApplication,
    WorkerEducation,
    WorkerPassport,
    LocalStaffShare,
    BWorkHistory,
    FeeProof,
    ChangesNotKnown,
    OtherClause9DocumentsNotKnown,
    AEducationAndQualification,
    AExperienceRecord,
    ASpecialConditionsMet,
    AGuaranteeDocuments,
    AExtensionReasons,
    AForeignersEmployed,
    BForeignWorker,
    BPassportElectronicCopy,
    BNewWorkerEducation,
    BNewWorkerWorkHistory,
    BIctLetterForeignEmployer,
    BIctLetterHost,
}
impl DocumentTitle {
    pub const ALL: &[DocumentTitle] = &[
        DocumentTitle::Application,
        DocumentTitle::BApplication,
        DocumentTitle::WorkerEducation,
        DocumentTitle::WorkerPassport,
        DocumentTitle::LocalStaffShare,
        DocumentTitle::BWorkHistory,
        DocumentTitle::FeeProof,
        DocumentTitle::ChangesNotKnown,
        DocumentTitle::OtherClause9DocumentsNotKnown,
        DocumentTitle::AEducationAndQualification,
        DocumentTitle::AExperienceRecord,
        DocumentTitle::ASpecialConditionsMet,
        DocumentTitle::AGuaranteeDocuments,
        DocumentTitle::AExtensionReasons,
        DocumentTitle::AForeignersEmployed,
        DocumentTitle::BForeignWorker,
        DocumentTitle::BPassportElectronicCopy,
        DocumentTitle::BNewWorkerEducation,
        DocumentTitle::BNewWorkerWorkHistory,
        DocumentTitle::BIctLetterForeignEmployer,
        DocumentTitle::BIctLetterHost,
    ];
}

/// What a requirement is and what makes it acceptable, as the source says it (its words:
/// `ruqsat_wording::rules::documents::description`). A text that names a deadline says the working days of the
/// record's [`Due`]: the wording's tests hold them equal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DocumentText {
    AApplicationWithTheDocuments,
    BApplicationAtTheOfficeOrPortal,
    LocalStaffShare,
    BEducationLegalisedAndNotarised,
    BWorkHistoryOnLetterhead,
    FeeProofAfterTheNoticeOfIssue,
    Clause9NotFound,
    AEducationApostilled,
    AExperienceOnLetterheadSignedByHead,
    APassportTranslatedIntoRussian,
    ASpecialConditionsOfEarlierPermits,
    AGuaranteeContractAndDeposit,
    AWhyTheExtensionIsNeeded,
    AForeignersEngaged,
    PassportCopy,
    BForeignerWhosePermitIsExtended,
    BPassportScan,
    BFeeAlsoForAnExtension,
    BNewWorkerQualifiedAsForAnIssue,
    BIctEducationUntilTheLetters,
    BIctLetterInsteadOfEducation,
}
impl DocumentText {
    pub const ALL: &[DocumentText] = &[
        DocumentText::AApplicationWithTheDocuments,
        DocumentText::BApplicationAtTheOfficeOrPortal,
        DocumentText::LocalStaffShare,
        DocumentText::BEducationLegalisedAndNotarised,
        DocumentText::BWorkHistoryOnLetterhead,
        DocumentText::FeeProofAfterTheNoticeOfIssue,
        DocumentText::Clause9NotFound,
        DocumentText::AEducationApostilled,
        DocumentText::AExperienceOnLetterheadSignedByHead,
        DocumentText::APassportTranslatedIntoRussian,
        DocumentText::ASpecialConditionsOfEarlierPermits,
        DocumentText::AGuaranteeContractAndDeposit,
        DocumentText::AWhyTheExtensionIsNeeded,
        DocumentText::AForeignersEngaged,
        DocumentText::PassportCopy,
        DocumentText::BForeignerWhosePermitIsExtended,
        DocumentText::BPassportScan,
        DocumentText::BFeeAlsoForAnExtension,
        DocumentText::BNewWorkerQualifiedAsForAnIssue,
        DocumentText::BIctEducationUntilTheLetters,
        DocumentText::BIctLetterInsteadOfEducation,
    ];
}

/// Where a document comes from: practical guidance, not law (its words: `ruqsat_wording::rules::documents::obtain_from`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ObtainFrom {
    ProviderOrPortal,
    Worker,
    FormerEmployer,
    EmployerRecords,
    SchoolThenApostilleAndNotary,
    PayingBank,
    AskTheProvider,
    EmployerBank,
    ForeignSendingEntity,
    HostOrganisation,
}
impl ObtainFrom {
    pub const ALL: &[ObtainFrom] = &[
        ObtainFrom::ProviderOrPortal,
        ObtainFrom::Worker,
        ObtainFrom::FormerEmployer,
        ObtainFrom::EmployerRecords,
        ObtainFrom::SchoolThenApostilleAndNotary,
        ObtainFrom::PayingBank,
        ObtainFrom::AskTheProvider,
        ObtainFrom::EmployerBank,
        ObtainFrom::ForeignSendingEntity,
        ObtainFrom::HostOrganisation,
    ];
}

/// What may be handed in instead of a document (its words: `ruqsat_wording::rules::documents::alternative`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Alternative {
    OtherDocumentsRecognisedInKazakhstan,
}
impl Alternative {
    pub const ALL: &[Alternative] = &[Alternative::OtherDocumentsRecognisedInKazakhstan];
}

/// The period a C source describes (its words: `ruqsat_wording::rules::documents::period`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    Rules2012,
    NotStated,
    CurrentPractice,
    From2017,
    AmendmentsOfEarly2017,
}
impl Period {
    pub const ALL: &[Period] = &[
        Period::Rules2012,
        Period::NotStated,
        Period::CurrentPractice,
        Period::From2017,
        Period::AmendmentsOfEarly2017,
    ];
}

// ---- Copy rules ------------------------------------------------------------------------------------------------

const A_EDUCATION_COPY: CopyRules = CopyRules {
    legalisation: Legalisation::ApostilleOrLegalisationCisNotarised,
    translation: Translation::NotarisedIntoRussian,
    validity_matters: false,
};
const A_PASSPORT_COPY: CopyRules = CopyRules {
    legalisation: Legalisation::NotStated,
    translation: Translation::NotarisedIntoRussian,
    validity_matters: true,
};
const B_EDUCATION_COPY: CopyRules = CopyRules {
    legalisation: Legalisation::LegalisedUnlessTreatyAndNotarised,
    translation: Translation::NotarisedIfNotKazakhOrRussian,
    validity_matters: false,
};
const PASSPORT_COPY: CopyRules = CopyRules {
    validity_matters: true,
    ..CopyRules::NONE
};

// ---- Record builders -------------------------------------------------------------------------------------------

const fn application(
    id: RequirementId,
    edition: EditionId,
    applicant: Applicant,
    track: Track,
    service: ServiceKind,
) -> Requirement {
    let (title, description, citation) = match edition {
        EditionId::WestKazakhstan2014 => (
            DocumentTitle::Application,
            DocumentText::AApplicationWithTheDocuments,
            A_APPLICATION,
        ),
        EditionId::Zhambyl2017 => (
            DocumentTitle::BApplication,
            DocumentText::BApplicationAtTheOfficeOrPortal,
            B_APPLICATION,
        ),
    };
    Requirement {
        id,
        edition,
        applicant,
        track,
        service,
        condition: Condition::Always,
        title,
        description,
        copy: CopyRules::NONE,
        alternatives: None,
        obtain_from: Some(ObtainFrom::ProviderOrPortal),
        due: Due::WithPackage,
        citation,
        period: None,
    }
}

/// The U record: "the rest of clause 9 is not known".
const fn not_known(
    id: RequirementId,
    edition: EditionId,
    applicant: Applicant,
    track: Track,
    service: ServiceKind,
    title: DocumentTitle,
) -> Requirement {
    Requirement {
        id,
        edition,
        applicant,
        track,
        service,
        condition: Condition::Always,
        title,
        description: DocumentText::Clause9NotFound,
        copy: CopyRules::NONE,
        alternatives: None,
        obtain_from: Some(ObtainFrom::AskTheProvider),
        due: Due::WithPackage,
        citation: match edition {
            EditionId::WestKazakhstan2014 => A_CLAUSE_9_UNKNOWN,
            EditionId::Zhambyl2017 => B_CLAUSE_9_UNKNOWN,
        },
        period: None,
    }
}

/// A plain record: an employer's, general track, handed in with the package, no alternatives.
#[allow(clippy::too_many_arguments)]
const fn doc(
    id: RequirementId,
    edition: EditionId,
    service: ServiceKind,
    condition: Condition,
    title: DocumentTitle,
    description: DocumentText,
    copy: CopyRules,
    obtain_from: ObtainFrom,
    citation: Citation,
    period: Option<Period>,
) -> Requirement {
    Requirement {
        id,
        edition,
        applicant: Applicant::Employer,
        track: Track::General,
        service,
        condition,
        title,
        description,
        copy,
        alternatives: None,
        obtain_from: Some(obtain_from),
        due: Due::WithPackage,
        citation,
        period,
    }
}

mod edition_a;
mod edition_b;

use edition_a::{A_APPLICATION, A_CLAUSE_9_UNKNOWN};
pub use edition_a::{A_GUARANTEE, A_GUARANTEE_WORKING_DAYS};
pub use edition_b::B_FEE_DEADLINE;
use edition_b::{B_APPLICATION, B_CLAUSE_9_UNKNOWN};

/// Edition A's and Edition B's records one after the other, at compile time.
const fn joined<const N: usize>(a: &[Requirement], b: &[Requirement]) -> [Requirement; N] {
    let mut out = [a[0]; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

const COUNT: usize = edition_a::REQUIREMENTS.len() + edition_b::REQUIREMENTS.len();
static TABLE: [Requirement; COUNT] = joined(edition_a::REQUIREMENTS, edition_b::REQUIREMENTS);

/// The requirement table: EVIDENCE.md §1, in its order (Edition A's records, `src/documents/edition_a.rs`, then Edition
/// B's, `src/documents/edition_b.rs`). Within one service the order is the checklist's order: the application first,
/// documents due after a positive notice last.
pub static REQUIREMENTS: &[Requirement] = &TABLE;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;
    use std::collections::HashSet;
    use EditionId::{WestKazakhstan2014 as A, Zhambyl2017 as B};

    #[test]
    fn every_requirement_is_cited() {
        for r in REQUIREMENTS {
            let c = r.citation;
            assert!(c.blank_in().is_empty(), "{}", r.id);
            if c.grade == Grade::S {
                assert!(
                    !c.locator.is_whole(),
                    "{}: a seed is cited by its clause",
                    r.id
                );
            }
            if let Due::AfterPositiveNotice {
                working_days,
                citation,
            } = r.due
            {
                assert!(working_days > 0);
                assert_eq!(
                    citation.grade,
                    Grade::S,
                    "{}: the seeds set these deadlines",
                    r.id
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_and_name_their_edition_and_service() {
        let mut seen = HashSet::new();
        for r in REQUIREMENTS {
            assert!(seen.insert(r.id), "duplicate id {}", r.id);
            let letter = match r.edition {
                A => "a-",
                B => "b-",
            };
            assert!(r.id.starts_with(letter), "{}", r.id);
            assert!(
                r.id.contains(&format!("-{}-", r.service.code())),
                "{}",
                r.id
            );
            assert!(
                r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn only_offered_services_have_requirements() {
        for r in REQUIREMENTS {
            assert!(is_offered(r.edition, r.track, r.applicant), "{}", r.id);
        }
        assert_eq!(offered_combinations().len(), 12);
    }

    #[test]
    fn c_facts_state_their_period_where_the_evidence_does() {
        for r in REQUIREMENTS.iter().filter(|r| r.citation.grade == Grade::C) {
            assert!(r.period.is_some(), "{}", r.id);
        }
    }

    #[test]
    fn conditions_decide_or_stay_open() {
        let known = CaseFacts {
            post_requires_experience: Some(false),
            ..CaseFacts::default()
        };
        let day = ymd(2017, 6, 1);
        assert_eq!(
            Condition::PostRequiresExperience.holds(&known, day),
            Some(false)
        );
        assert_eq!(
            Condition::PostRequiresExperience.holds(&CaseFacts::default(), day),
            None
        );
        assert_eq!(
            Condition::SubmittedBefore(ICT_LETTERS_FROM).holds(&known, ymd(2017, 9, 14)),
            Some(true)
        );
        assert_eq!(
            Condition::SubmittedBefore(ICT_LETTERS_FROM).holds(&known, ymd(2017, 9, 15)),
            Some(false)
        );
        assert_eq!(
            Condition::SubmittedOnOrAfter(ICT_LETTERS_FROM).holds(&known, ymd(2017, 9, 15)),
            Some(true)
        );
    }
}
