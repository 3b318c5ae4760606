//! Edition A's documents (West Kazakhstan, 2014): EVIDENCE.md §1, "Edition A", record by record.

use super::*;
use crate::evidence::{Aside, Locator, Place};
use crate::sources::SourceId;

// ---- Citations -------------------------------------------------------------------------------------------------

pub(super) const A_APPLICATION: Citation = Citation::of(
    SourceId::Wko176Regulation,
    Locator::clause(6).and(Place::SubClause(7, 3)),
);
/// Edition A's guarantee documents: due within this many working days of the notice of issue (clause 7.5, 11.13).
pub const A_GUARANTEE_WORKING_DAYS: u8 = 20;
/// Edition A's guarantee documents: the deadline of [`A_GUARANTEE_WORKING_DAYS`] after the notice.
pub const A_GUARANTEE: Citation = Citation::of(
    SourceId::Wko176Regulation,
    Locator::sub_clause(7, 5).and(Place::SubClause(11, 13)),
);
pub(super) const A_LAWADEPT: Citation = Citation::whole(SourceId::Lawadept);
pub(super) const A_LWP_EXTENSION: Citation = Citation::whole(SourceId::Lwp);
pub(super) const A_CLAUSE_9_UNKNOWN: Citation = Citation::of(
    SourceId::Wko176Regulation,
    Locator::clause(6).aside(Aside::Clause9OfDecree217Standard),
)
.graded(Grade::U);

use Applicant::{Employer, Worker};
use EditionId::WestKazakhstan2014 as A;
use ServiceKind::{Extension, Issue, Reissue};
use Track::General;

/// Edition A's records, in the order of EVIDENCE.md §1.
pub(super) const REQUIREMENTS: &[Requirement] = &[
    // ===== Edition A (2014), employer, issue ====================================================================
    application("a-employer-issue-application", A, Employer, General, Issue),
    doc(
        "a-employer-issue-education",
        A,
        Issue,
        Condition::Always,
        DocumentTitle::AEducationAndQualification,
        DocumentText::AEducationApostilled,
        A_EDUCATION_COPY,
        ObtainFrom::SchoolThenApostilleAndNotary,
        A_LAWADEPT,
        Some(Period::Rules2012),
    ),
    doc(
        "a-employer-issue-experience",
        A,
        Issue,
        Condition::PostRequiresExperience,
        DocumentTitle::AExperienceRecord,
        DocumentText::AExperienceOnLetterheadSignedByHead,
        CopyRules::NONE,
        ObtainFrom::FormerEmployer,
        A_LAWADEPT,
        Some(Period::Rules2012),
    ),
    doc(
        "a-employer-issue-passport",
        A,
        Issue,
        Condition::Always,
        DocumentTitle::WorkerPassport,
        DocumentText::APassportTranslatedIntoRussian,
        A_PASSPORT_COPY,
        ObtainFrom::Worker,
        A_LAWADEPT,
        Some(Period::Rules2012),
    ),
    doc(
        "a-employer-issue-special-conditions",
        A,
        Issue,
        Condition::EarlierPermitsHadSpecialConditions,
        DocumentTitle::ASpecialConditionsMet,
        DocumentText::ASpecialConditionsOfEarlierPermits,
        CopyRules::NONE,
        ObtainFrom::EmployerRecords,
        A_LAWADEPT,
        Some(Period::Rules2012),
    ),
    Requirement {
        id: "a-employer-issue-guarantee",
        edition: A,
        applicant: Employer,
        track: General,
        service: Issue,
        condition: Condition::Always,
        title: DocumentTitle::AGuaranteeDocuments,
        description: DocumentText::AGuaranteeContractAndDeposit,
        copy: CopyRules::NONE,
        alternatives: None,
        obtain_from: Some(ObtainFrom::EmployerBank),
        due: Due::AfterPositiveNotice {
            working_days: A_GUARANTEE_WORKING_DAYS,
            citation: A_GUARANTEE,
        },
        citation: A_GUARANTEE,
        period: None,
    },
    // ===== Edition A, employer, extension (C: lwp.kz, period not stated) =========================================
    application(
        "a-employer-extension-application",
        A,
        Employer,
        General,
        Extension,
    ),
    doc(
        "a-employer-extension-reasons",
        A,
        Extension,
        Condition::Always,
        DocumentTitle::AExtensionReasons,
        DocumentText::AWhyTheExtensionIsNeeded,
        CopyRules::NONE,
        ObtainFrom::EmployerRecords,
        A_LWP_EXTENSION,
        Some(Period::NotStated),
    ),
    doc(
        "a-employer-extension-local-share",
        A,
        Extension,
        Condition::Always,
        DocumentTitle::LocalStaffShare,
        DocumentText::LocalStaffShare,
        CopyRules::NONE,
        ObtainFrom::EmployerRecords,
        A_LWP_EXTENSION,
        Some(Period::NotStated),
    ),
    doc(
        "a-employer-extension-foreigners",
        A,
        Extension,
        Condition::Always,
        DocumentTitle::AForeignersEmployed,
        DocumentText::AForeignersEngaged,
        CopyRules::NONE,
        ObtainFrom::EmployerRecords,
        A_LWP_EXTENSION,
        Some(Period::NotStated),
    ),
    doc(
        "a-employer-extension-passport",
        A,
        Extension,
        Condition::Always,
        DocumentTitle::WorkerPassport,
        DocumentText::PassportCopy,
        PASSPORT_COPY,
        ObtainFrom::Worker,
        A_LWP_EXTENSION,
        Some(Period::NotStated),
    ),
    // ===== Edition A, employer, reissue: U ========================================================================
    application(
        "a-employer-reissue-application",
        A,
        Employer,
        General,
        Reissue,
    ),
    not_known(
        "a-employer-reissue-changes",
        A,
        Employer,
        General,
        Reissue,
        DocumentTitle::ChangesNotKnown,
    ),
    // ===== Edition A, foreign worker: U ===========================================================================
    application("a-worker-issue-application", A, Worker, General, Issue),
    not_known(
        "a-worker-issue-other",
        A,
        Worker,
        General,
        Issue,
        DocumentTitle::OtherClause9DocumentsNotKnown,
    ),
    application(
        "a-worker-extension-application",
        A,
        Worker,
        General,
        Extension,
    ),
    not_known(
        "a-worker-extension-other",
        A,
        Worker,
        General,
        Extension,
        DocumentTitle::OtherClause9DocumentsNotKnown,
    ),
    application("a-worker-reissue-application", A, Worker, General, Reissue),
    not_known(
        "a-worker-reissue-changes",
        A,
        Worker,
        General,
        Reissue,
        DocumentTitle::ChangesNotKnown,
    ),
];
