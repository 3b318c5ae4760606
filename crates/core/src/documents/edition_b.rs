//! Edition B's documents (Zhambyl, 2017): EVIDENCE.md §1, "Edition B", record by record.

use super::*;
use crate::evidence::{Aside, Locator, Place};
use crate::sources::SourceId;

// ---- Citations -------------------------------------------------------------------------------------------------

/// Edition B's application: clause 1 ("Прием заявления от услугополучателя … через: канцелярию услугодателя; …
/// портал") and clause 6, sub-clause 1 ("регистрация заявления и иных документов"). Clause 4 names only the documents
/// of clause 9 of the standard (EVIDENCE.md §1).
pub(super) const B_APPLICATION: Citation = Citation::of(
    SourceId::Zhambyl36Regulation,
    Locator::clause(1).and(Place::SubClause(6, 1)),
);
/// Edition B's fee proof: 10 working days after the notice.
pub const B_FEE_DEADLINE: Citation =
    Citation::of(SourceId::Zhambyl36Regulation, Locator::sub_clause(5, 8));
pub(super) const B_SOBES: Citation = Citation::whole(SourceId::SobesZhambyl);
pub(super) const B_PASSPORT: Citation = Citation::whole(SourceId::Consultants);
pub(super) const B_EXTENSION: Citation =
    Citation::whole(SourceId::DosImmigration).and(SourceId::SmartMigration);
pub(super) const B_EXTENSION_FEE: Citation =
    Citation::whole(SourceId::BalCom).and(SourceId::Celsium);
pub(super) const B_REISSUE: Citation = Citation::whole(SourceId::SmartMigration);
pub(super) const B_ICT_DOCUMENTS: Citation =
    Citation::whole(SourceId::BalCom).and(SourceId::Peregrine);
pub(super) const B_CLAUSE_9_UNKNOWN: Citation = Citation::of(
    SourceId::Zhambyl36Regulation,
    Locator::clause(4).aside(Aside::Clause9OfOrder279Standard),
)
.graded(Grade::U);

use Applicant::Employer;
use EditionId::Zhambyl2017 as B;
use ServiceKind::{Extension, Issue, Reissue};
use Track::{General, IntraCorporateTransfer as Ict};

/// Edition B's records, in the order of EVIDENCE.md §1.
pub(super) const REQUIREMENTS: &[Requirement] = &[
    // ===== Edition B (2017), general permit, issue ================================================================
    application("b-general-issue-application", B, Employer, General, Issue),
    doc(
        "b-general-issue-education",
        B,
        Issue,
        Condition::Always,
        DocumentTitle::WorkerEducation,
        DocumentText::BEducationLegalisedAndNotarised,
        B_EDUCATION_COPY,
        ObtainFrom::SchoolThenApostilleAndNotary,
        B_SOBES,
        None,
    ),
    Requirement {
        alternatives: Some(Alternative::OtherDocumentsRecognisedInKazakhstan),
        ..doc(
            "b-general-issue-experience",
            B,
            Issue,
            Condition::PostRequiresExperience,
            DocumentTitle::BWorkHistory,
            DocumentText::BWorkHistoryOnLetterhead,
            CopyRules::NONE,
            ObtainFrom::FormerEmployer,
            B_SOBES,
            None,
        )
    },
    doc(
        "b-general-issue-passport",
        B,
        Issue,
        Condition::Always,
        DocumentTitle::WorkerPassport,
        DocumentText::PassportCopy,
        PASSPORT_COPY,
        ObtainFrom::Worker,
        B_PASSPORT,
        Some(Period::CurrentPractice),
    ),
    Requirement {
        due: Due::AfterPositiveNotice {
            working_days: 10,
            citation: B_FEE_DEADLINE,
        },
        ..doc(
            "b-general-issue-fee-proof",
            B,
            Issue,
            Condition::Always,
            DocumentTitle::FeeProof,
            DocumentText::FeeProofAfterTheNoticeOfIssue,
            CopyRules::NONE,
            ObtainFrom::PayingBank,
            B_FEE_DEADLINE,
            None,
        )
    },
    // ===== Edition B, general permit, extension (C: dos-immigration.kz, smart-migration.kz, current practice) ====
    application(
        "b-general-extension-application",
        B,
        Employer,
        General,
        Extension,
    ),
    doc(
        "b-general-extension-foreigner",
        B,
        Extension,
        Condition::Always,
        DocumentTitle::BForeignWorker,
        DocumentText::BForeignerWhosePermitIsExtended,
        CopyRules::NONE,
        ObtainFrom::EmployerRecords,
        B_EXTENSION,
        Some(Period::CurrentPractice),
    ),
    doc(
        "b-general-extension-local-share",
        B,
        Extension,
        Condition::Always,
        DocumentTitle::LocalStaffShare,
        DocumentText::LocalStaffShare,
        CopyRules::NONE,
        ObtainFrom::EmployerRecords,
        B_EXTENSION,
        Some(Period::CurrentPractice),
    ),
    doc(
        "b-general-extension-passport",
        B,
        Extension,
        Condition::Always,
        DocumentTitle::BPassportElectronicCopy,
        DocumentText::BPassportScan,
        PASSPORT_COPY,
        ObtainFrom::Worker,
        B_EXTENSION,
        Some(Period::CurrentPractice),
    ),
    Requirement {
        due: Due::AfterPositiveNotice {
            working_days: 10,
            citation: B_FEE_DEADLINE,
        },
        ..doc(
            "b-general-extension-fee-proof",
            B,
            Extension,
            Condition::Always,
            DocumentTitle::FeeProof,
            DocumentText::BFeeAlsoForAnExtension,
            CopyRules::NONE,
            ObtainFrom::PayingBank,
            B_EXTENSION_FEE,
            Some(Period::From2017),
        )
    },
    // ===== Edition B, general permit, reissue: replacing the worker (C: smart-migration.kz, current practice) =====
    application(
        "b-general-reissue-application",
        B,
        Employer,
        General,
        Reissue,
    ),
    doc(
        "b-general-reissue-education",
        B,
        Reissue,
        Condition::Always,
        DocumentTitle::BNewWorkerEducation,
        DocumentText::BNewWorkerQualifiedAsForAnIssue,
        B_EDUCATION_COPY,
        ObtainFrom::SchoolThenApostilleAndNotary,
        B_REISSUE,
        Some(Period::CurrentPractice),
    ),
    Requirement {
        alternatives: Some(Alternative::OtherDocumentsRecognisedInKazakhstan),
        ..doc(
            "b-general-reissue-experience",
            B,
            Reissue,
            Condition::PostRequiresExperience,
            DocumentTitle::BNewWorkerWorkHistory,
            DocumentText::BWorkHistoryOnLetterhead,
            CopyRules::NONE,
            ObtainFrom::FormerEmployer,
            B_REISSUE,
            Some(Period::CurrentPractice),
        )
    },
    // ===== Edition B, intra-corporate transfer, issue (no fee) ===================================================
    application("b-ict-issue-application", B, Employer, Ict, Issue),
    Requirement {
        track: Ict,
        ..doc(
            "b-ict-issue-education",
            B,
            Issue,
            Condition::SubmittedBefore(ICT_LETTERS_FROM),
            DocumentTitle::WorkerEducation,
            DocumentText::BIctEducationUntilTheLetters,
            CopyRules::NONE,
            ObtainFrom::SchoolThenApostilleAndNotary,
            B_ICT_DOCUMENTS,
            Some(Period::AmendmentsOfEarly2017),
        )
    },
    Requirement {
        track: Ict,
        ..doc(
            "b-ict-issue-letter-foreign-employer",
            B,
            Issue,
            Condition::SubmittedOnOrAfter(ICT_LETTERS_FROM),
            DocumentTitle::BIctLetterForeignEmployer,
            DocumentText::BIctLetterInsteadOfEducation,
            CopyRules::NONE,
            ObtainFrom::ForeignSendingEntity,
            B_ICT_DOCUMENTS,
            Some(Period::AmendmentsOfEarly2017),
        )
    },
    Requirement {
        track: Ict,
        ..doc(
            "b-ict-issue-letter-host",
            B,
            Issue,
            Condition::SubmittedOnOrAfter(ICT_LETTERS_FROM),
            DocumentTitle::BIctLetterHost,
            DocumentText::BIctLetterInsteadOfEducation,
            CopyRules::NONE,
            ObtainFrom::HostOrganisation,
            B_ICT_DOCUMENTS,
            Some(Period::AmendmentsOfEarly2017),
        )
    },
    // ===== Edition B, intra-corporate transfer, extension and reissue: U ==========================================
    application("b-ict-extension-application", B, Employer, Ict, Extension),
    not_known(
        "b-ict-extension-other",
        B,
        Employer,
        Ict,
        Extension,
        DocumentTitle::OtherClause9DocumentsNotKnown,
    ),
    application("b-ict-reissue-application", B, Employer, Ict, Reissue),
    not_known(
        "b-ict-reissue-changes",
        B,
        Employer,
        Ict,
        Reissue,
        DocumentTitle::ChangesNotKnown,
    ),
];
