//! The procedures of both editions as ordered steps: who acts, within what limit, what the step produces, whether it
//! is the applicant's own step, and the clause it comes from. The data reads clause by clause like the seeds:
//! Edition A, clauses 4 and 7 (and 11 for the portal); Edition B, clauses 5, 8 and 9.

use super::case::{Applicant, Channel, ServiceKind, Track};
use super::editions::EditionId;
use super::evidence::{Aside, Citation, Locator};
use crate::sources::SourceId;

/// How long a step may take, as the seed states it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Limit {
    /// Office minutes (nights, breaks and days off do not count).
    Minutes(u32),
    /// Office hours.
    Hours(u32),
    /// Working days, not counting the day the step starts.
    WorkingDays(u32),
    /// Calendar days, not counting the day the step starts.
    CalendarDays(u32),
    /// No limit: the step happens when the applicant asks (Edition A, extension, clause 7.5).
    OnRequest,
}

impl Limit {
    /// The limit in office minutes, for steps counted in minutes or hours.
    pub const fn office_minutes(self) -> Option<u32> {
        match self {
            Limit::Minutes(m) => Some(m),
            Limit::Hours(h) => Some(h * 60),
            _ => None,
        }
    }
}

/// Who takes a step (`ruqsat_wording::rules::procedures::actor` words it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Actor {
    /// Edition A: кеңсе маманы; Edition B: работник канцелярии.
    OfficeSpecialist,
    /// The head of the provider (басшы / руководитель).
    Head,
    /// Edition B: заместитель руководителя.
    DeputyHead,
    /// Edition B: руководитель отдела.
    HeadOfDepartment,
    /// Edition B: работник отдела.
    DepartmentWorker,
    /// Edition A: жауапты орындаушы.
    ResponsibleExecutor,
    /// Edition A: the permits commission (комиссия).
    Commission,
    /// The applicant (employer or foreign worker) or a representative.
    Applicant,
    /// The provider as a whole, when the seed does not name the worker (portal path).
    Provider,
}

impl Actor {
    pub const ALL: &'static [Actor] = &[
        Actor::OfficeSpecialist,
        Actor::Head,
        Actor::DeputyHead,
        Actor::HeadOfDepartment,
        Actor::DepartmentWorker,
        Actor::ResponsibleExecutor,
        Actor::Commission,
        Actor::Applicant,
        Actor::Provider,
    ];

    pub const fn as_str(self) -> &'static str {
        match self {
            Actor::OfficeSpecialist => "office-specialist",
            Actor::Head => "head",
            Actor::DeputyHead => "deputy-head",
            Actor::HeadOfDepartment => "head-of-department",
            Actor::DepartmentWorker => "department-worker",
            Actor::ResponsibleExecutor => "responsible-executor",
            Actor::Commission => "commission",
            Actor::Applicant => "applicant",
            Actor::Provider => "provider",
        }
    }
}

/// What the actor of a step does, as the seed states it; the wording layer words it
/// (`ruqsat_wording::rules::procedures::step`). A and B name the edition whose clause the step comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StepKind {
    /// Edition A, 7.1: accepts and registers the package, passes it to the head.
    AAcceptsAndRegisters,
    /// Edition A, 7.2: reads the package and names the responsible executor.
    ANamesTheResponsibleExecutor,
    /// Edition A, 7.3: reviews the package; complete, to the commission; incomplete, a reasoned refusal.
    AReviewsThePackage,
    /// Edition A, 7.4: the commission decides to grant the permit or gives a reasoned refusal.
    ACommissionDecides,
    /// Edition A, 7.4 (result): hands the applicant a notice of the commission's decision.
    AHandsTheCommissionsNotice,
    /// Edition A, 7.5: the applicant hands in copies of the guarantee documents.
    AHandsInGuaranteeDocuments,
    /// Edition A, 7.5 (result): issues the permit after receiving the guarantee documents.
    AIssuesThePermitAfterGuarantee,
    /// Edition A, 7.5 (result): the applicant collects the extended permit when asking for it.
    ACollectsTheExtendedPermit,
    /// Edition B, 5.1: registers the documents as incoming mail and passes them to the head.
    BRegistersAsIncomingMail,
    /// Edition B, 5.2: reviews the documents and sends them to the deputy head.
    BSendsToTheDeputyHead,
    /// Edition B, 5.3: checks the documents against the requirements, sends them to the head of department.
    BChecksAgainstTheRequirements,
    /// Edition B, 5.4: reviews the documents and assigns them to a department worker.
    BAssignsToADepartmentWorker,
    /// Edition B, 5.5: reviews the documents and prepares a notice of issue or of refusal.
    BPreparesANoticeOfIssueOrRefusal,
    /// Edition B, 5.6: the head (or deputy) signs the notice.
    BSignsTheNotice,
    /// Edition B, 5.7: hands the notice to the applicant.
    BHandsTheNotice,
    /// Edition B, 5.8: the applicant hands in copies of the documents proving the fee was paid.
    BHandsInFeeProof,
    /// Edition B, 5.8: prepares the permit and passes it for signature.
    BPreparesThePermitForSignature,
    /// Edition B, 5.9 (ICT 5.6): the head (or deputy) signs the permit.
    BSignsThePermit,
    /// Edition B, 5.10 (ICT 5.7): hands the permit to the applicant.
    BHandsThePermit,
    /// Edition B, ICT 5.5: reviews the documents and prepares the permit.
    BIctReviewsAndPreparesThePermit,
    /// Edition B, 9.11: checks the documents; the result reaches the personal cabinet as an electronic document.
    BPortalResultToThePersonalCabinet,
}

impl StepKind {
    pub const ALL: &'static [StepKind] = &[
        StepKind::AAcceptsAndRegisters,
        StepKind::ANamesTheResponsibleExecutor,
        StepKind::AReviewsThePackage,
        StepKind::ACommissionDecides,
        StepKind::AHandsTheCommissionsNotice,
        StepKind::AHandsInGuaranteeDocuments,
        StepKind::AIssuesThePermitAfterGuarantee,
        StepKind::ACollectsTheExtendedPermit,
        StepKind::BRegistersAsIncomingMail,
        StepKind::BSendsToTheDeputyHead,
        StepKind::BChecksAgainstTheRequirements,
        StepKind::BAssignsToADepartmentWorker,
        StepKind::BPreparesANoticeOfIssueOrRefusal,
        StepKind::BSignsTheNotice,
        StepKind::BHandsTheNotice,
        StepKind::BHandsInFeeProof,
        StepKind::BPreparesThePermitForSignature,
        StepKind::BSignsThePermit,
        StepKind::BHandsThePermit,
        StepKind::BIctReviewsAndPreparesThePermit,
        StepKind::BPortalResultToThePersonalCabinet,
    ];
}

/// A note shown with a timeline: what the seed leaves open and how the product reads it, or how Edition A's total
/// stands to the steps' own terms. The wording layer words it (`ruqsat_wording::rules::procedures::note`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProcedureNote {
    /// Edition A: clause 4 sets the whole term, clause 7 each step's; the two do not add up and both are shown.
    ATotalsBesideTheSteps,
    /// Edition A: clause 11 gives no times for the portal steps; clause 7's limits are used.
    APortalTakesTheOfficeLimits,
    /// Edition A: no step of a reissue after the notice; the timeline ends with the notice.
    AReissueEndsWithTheNotice,
    /// Edition A: no step of a foreign worker's permit after the notice; the timeline ends with the notice.
    AWorkerPermitEndsWithTheNotice,
    /// Edition A: the extended permit is handed over when the applicant asks; that step has no limit.
    AExtensionCollectedOnRequest,
    /// Edition B: by the portal the result reaches the personal cabinet within the calendar days of
    /// [`StepKind::BPortalResultToThePersonalCabinet`]'s limit (clause 9.11); the office's steps fall within it.
    BPortalResultWithinCalendarDays,
    /// Edition B: the regulation applies the fee step to a reissue too; practitioners say no second fee (C).
    BReissueFeeStep,
    /// Edition B: an intra-corporate transfer has no notice and no fee step.
    BIctHasNoNoticeAndNoFee,
}

impl ProcedureNote {
    pub const ALL: &'static [ProcedureNote] = &[
        ProcedureNote::ATotalsBesideTheSteps,
        ProcedureNote::APortalTakesTheOfficeLimits,
        ProcedureNote::AReissueEndsWithTheNotice,
        ProcedureNote::AWorkerPermitEndsWithTheNotice,
        ProcedureNote::AExtensionCollectedOnRequest,
        ProcedureNote::BPortalResultWithinCalendarDays,
        ProcedureNote::BReissueFeeStep,
        ProcedureNote::BIctHasNoNoticeAndNoFee,
    ];
}

/// One step of a procedure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub actor: Actor,
    pub limit: Limit,
    /// What the actor does (`ruqsat_wording::rules::procedures::step` words it).
    pub kind: StepKind,
    /// True for the applicant's own step (Edition A guarantee documents, Edition B fee proof); such a step may be
    /// given an actual date, and every later step follows from it.
    pub by_applicant: bool,
    pub citation: Citation,
}

/// Edition A's statutory total (clause 4), counted in working days from the day the package is handed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatutoryTerm {
    pub working_days: u32,
    pub citation: Citation,
    /// How the total stands to the steps' own terms, shown beside the two.
    pub note: ProcedureNote,
}

/// The procedure of one service, for one applicant, by one channel.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Procedure {
    pub edition: EditionId,
    pub service: ServiceKind,
    pub track: Track,
    pub applicant: Applicant,
    pub channel: Channel,
    pub steps: &'static [Step],
    pub statutory_term: Option<StatutoryTerm>,
    /// What the seed leaves open and how the product reads it; shown with the timeline.
    pub notes: &'static [ProcedureNote],
}

// ---------------------------------------------------------------------------------------------------------------
// Edition A: West Kazakhstan oblast akimat resolution No. 176 of 1 July 2014 (Kazakh text).

const fn a(locator: Locator) -> Citation {
    Citation::of(SourceId::Wko176Regulation, locator)
}

const A_ACCEPT: Step = Step {
    actor: Actor::OfficeSpecialist,
    limit: Limit::Minutes(20),
    kind: StepKind::AAcceptsAndRegisters,
    by_applicant: false,
    citation: a(Locator::sub_clause(7, 1)),
};

const A_HEAD: Step = Step {
    actor: Actor::Head,
    limit: Limit::Hours(1),
    kind: StepKind::ANamesTheResponsibleExecutor,
    by_applicant: false,
    citation: a(Locator::sub_clause(7, 2)),
};

const A_REVIEW: Step = Step {
    actor: Actor::ResponsibleExecutor,
    limit: Limit::WorkingDays(5),
    kind: StepKind::AReviewsThePackage,
    by_applicant: false,
    citation: a(Locator::sub_clause(7, 3)),
};

const fn a_commission(days: u32) -> Step {
    Step {
        actor: Actor::Commission,
        limit: Limit::WorkingDays(days),
        kind: StepKind::ACommissionDecides,
        by_applicant: false,
        citation: a(Locator::sub_clause(7, 4)),
    }
}

const A_NOTICE: Step = Step {
    actor: Actor::ResponsibleExecutor,
    limit: Limit::WorkingDays(3),
    kind: StepKind::AHandsTheCommissionsNotice,
    by_applicant: false,
    citation: a(Locator::sub_clause(7, 4).aside(Aside::Result)),
};

const A_GUARANTEE: Step = Step {
    actor: Actor::Applicant,
    limit: Limit::WorkingDays(20),
    kind: StepKind::AHandsInGuaranteeDocuments,
    by_applicant: true,
    citation: a(Locator::sub_clause(7, 5)),
};

const A_ISSUE_PERMIT: Step = Step {
    actor: Actor::ResponsibleExecutor,
    limit: Limit::WorkingDays(3),
    kind: StepKind::AIssuesThePermitAfterGuarantee,
    by_applicant: false,
    citation: a(Locator::sub_clause(7, 5).aside(Aside::Result)),
};

const A_EXTENDED_ON_REQUEST: Step = Step {
    actor: Actor::Applicant,
    limit: Limit::OnRequest,
    kind: StepKind::ACollectsTheExtendedPermit,
    by_applicant: true,
    citation: a(Locator::sub_clause(7, 5).aside(Aside::Result)),
};

const A_EMPLOYER_ISSUE: [Step; 7] = [
    A_ACCEPT,
    A_HEAD,
    A_REVIEW,
    a_commission(15),
    A_NOTICE,
    A_GUARANTEE,
    A_ISSUE_PERMIT,
];
const A_EMPLOYER_EXTENSION: [Step; 6] = [
    A_ACCEPT,
    A_HEAD,
    A_REVIEW,
    a_commission(5),
    A_NOTICE,
    A_EXTENDED_ON_REQUEST,
];
const A_EMPLOYER_REISSUE: [Step; 5] = [A_ACCEPT, A_HEAD, A_REVIEW, a_commission(5), A_NOTICE];
const A_WORKER_ISSUE_OR_EXTENSION: [Step; 5] =
    [A_ACCEPT, A_HEAD, A_REVIEW, a_commission(5), A_NOTICE];
const A_WORKER_REISSUE: [Step; 5] = [A_ACCEPT, A_HEAD, A_REVIEW, a_commission(3), A_NOTICE];

const fn a_term(working_days: u32, locator: Locator) -> Option<StatutoryTerm> {
    Some(StatutoryTerm {
        working_days,
        citation: a(locator),
        note: ProcedureNote::ATotalsBesideTheSteps,
    })
}

const fn a_employer(service: ServiceKind, channel: Channel) -> Procedure {
    let (steps, term, notes): (&'static [Step], _, &'static [ProcedureNote]) =
        match (service, channel) {
            (ServiceKind::Issue, Channel::Office) => (
                &A_EMPLOYER_ISSUE,
                a_term(41, Locator::sub_clause(4, 1)),
                &[],
            ),
            (ServiceKind::Issue, Channel::Portal) => (
                &A_EMPLOYER_ISSUE,
                a_term(41, Locator::sub_clause(4, 1)),
                &[ProcedureNote::APortalTakesTheOfficeLimits],
            ),
            (ServiceKind::Reissue, Channel::Office) => (
                &A_EMPLOYER_REISSUE,
                a_term(31, Locator::sub_clause(4, 1)),
                &[ProcedureNote::AReissueEndsWithTheNotice],
            ),
            (ServiceKind::Reissue, Channel::Portal) => (
                &A_EMPLOYER_REISSUE,
                a_term(31, Locator::sub_clause(4, 1)),
                &[
                    ProcedureNote::AReissueEndsWithTheNotice,
                    ProcedureNote::APortalTakesTheOfficeLimits,
                ],
            ),
            (ServiceKind::Extension, Channel::Office) => (
                &A_EMPLOYER_EXTENSION,
                a_term(8, Locator::sub_clause(4, 1)),
                &[ProcedureNote::AExtensionCollectedOnRequest],
            ),
            (ServiceKind::Extension, Channel::Portal) => (
                &A_EMPLOYER_EXTENSION,
                a_term(8, Locator::sub_clause(4, 1)),
                &[
                    ProcedureNote::AExtensionCollectedOnRequest,
                    ProcedureNote::APortalTakesTheOfficeLimits,
                ],
            ),
        };
    Procedure {
        edition: EditionId::WestKazakhstan2014,
        service,
        track: Track::General,
        applicant: Applicant::Employer,
        channel,
        steps,
        statutory_term: term,
        notes,
    }
}

const fn a_worker(service: ServiceKind) -> Procedure {
    let (steps, days): (&'static [Step], u32) = match service {
        ServiceKind::Issue | ServiceKind::Extension => (&A_WORKER_ISSUE_OR_EXTENSION, 31),
        ServiceKind::Reissue => (&A_WORKER_REISSUE, 3),
    };
    Procedure {
        edition: EditionId::WestKazakhstan2014,
        service,
        track: Track::General,
        applicant: Applicant::Worker,
        channel: Channel::Office,
        steps,
        statutory_term: a_term(days, Locator::sub_clause(4, 2)),
        notes: &[ProcedureNote::AWorkerPermitEndsWithTheNotice],
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Edition B: Zhambyl oblast akimat resolution No. 36 of 13 March 2017 (Russian text).

const fn b(locator: Locator) -> Citation {
    Citation::of(SourceId::Zhambyl36Regulation, locator)
}

const B_REGISTER: Step = Step {
    actor: Actor::OfficeSpecialist,
    limit: Limit::Minutes(20),
    kind: StepKind::BRegistersAsIncomingMail,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 1)),
};
const B_HEAD: Step = Step {
    actor: Actor::Head,
    limit: Limit::Minutes(20),
    kind: StepKind::BSendsToTheDeputyHead,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 2)),
};
const B_DEPUTY: Step = Step {
    actor: Actor::DeputyHead,
    limit: Limit::Minutes(20),
    kind: StepKind::BChecksAgainstTheRequirements,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 3)),
};
const B_HEAD_OF_DEPARTMENT: Step = Step {
    actor: Actor::HeadOfDepartment,
    limit: Limit::Minutes(20),
    kind: StepKind::BAssignsToADepartmentWorker,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 4)),
};

const fn b_review_notice(days: u32) -> Step {
    Step {
        actor: Actor::DepartmentWorker,
        limit: Limit::WorkingDays(days),
        kind: StepKind::BPreparesANoticeOfIssueOrRefusal,
        by_applicant: false,
        citation: b(Locator::sub_clause(5, 5)),
    }
}
const B_SIGN_NOTICE: Step = Step {
    actor: Actor::Head,
    limit: Limit::Minutes(20),
    kind: StepKind::BSignsTheNotice,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 6)),
};
const B_HAND_NOTICE: Step = Step {
    actor: Actor::DepartmentWorker,
    limit: Limit::WorkingDays(1),
    kind: StepKind::BHandsTheNotice,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 7)),
};
const B_FEE: Step = Step {
    actor: Actor::Applicant,
    limit: Limit::WorkingDays(10),
    kind: StepKind::BHandsInFeeProof,
    by_applicant: true,
    citation: b(Locator::sub_clause(5, 8)),
};
const B_PREPARE_PERMIT: Step = Step {
    actor: Actor::DepartmentWorker,
    limit: Limit::Minutes(20),
    kind: StepKind::BPreparesThePermitForSignature,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 8)),
};
const B_SIGN_PERMIT: Step = Step {
    actor: Actor::Head,
    limit: Limit::Minutes(20),
    kind: StepKind::BSignsThePermit,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 9)),
};
const B_HAND_PERMIT: Step = Step {
    actor: Actor::DepartmentWorker,
    limit: Limit::WorkingDays(1),
    kind: StepKind::BHandsThePermit,
    by_applicant: false,
    citation: b(Locator::sub_clause(5, 10)),
};

const fn b_ict_review(days: u32) -> Step {
    Step {
        actor: Actor::DepartmentWorker,
        limit: Limit::WorkingDays(days),
        kind: StepKind::BIctReviewsAndPreparesThePermit,
        by_applicant: false,
        citation: b(Locator::ict_sub_clause(5, 5)),
    }
}
const B_ICT_SIGN: Step = Step {
    citation: b(Locator::ict_sub_clause(5, 6)),
    ..B_SIGN_PERMIT
};
const B_ICT_HAND: Step = Step {
    citation: b(Locator::ict_sub_clause(5, 7)),
    ..B_HAND_PERMIT
};
const B_ICT_FIRST: [Step; 4] = [
    Step {
        citation: b(Locator::ict_sub_clause(5, 1)),
        ..B_REGISTER
    },
    Step {
        citation: b(Locator::ict_sub_clause(5, 2)),
        ..B_HEAD
    },
    Step {
        citation: b(Locator::ict_sub_clause(5, 3)),
        ..B_DEPUTY
    },
    Step {
        citation: b(Locator::ict_sub_clause(5, 4)),
        ..B_HEAD_OF_DEPARTMENT
    },
];

const B_PORTAL_RESULT: Step = Step {
    actor: Actor::Provider,
    limit: Limit::CalendarDays(7),
    kind: StepKind::BPortalResultToThePersonalCabinet,
    by_applicant: false,
    citation: b(Locator::sub_clause(9, 11)),
};

const fn b_general_office(days: u32) -> [Step; 11] {
    [
        B_REGISTER,
        B_HEAD,
        B_DEPUTY,
        B_HEAD_OF_DEPARTMENT,
        b_review_notice(days),
        B_SIGN_NOTICE,
        B_HAND_NOTICE,
        B_FEE,
        B_PREPARE_PERMIT,
        B_SIGN_PERMIT,
        B_HAND_PERMIT,
    ]
}

const B_ISSUE_OFFICE: [Step; 11] = b_general_office(7);
const B_REISSUE_OFFICE: [Step; 11] = b_general_office(5);
const B_EXTENSION_OFFICE: [Step; 11] = b_general_office(3);
/// An office step of clause 5 applied to the portal path after its notice: clause 9 ends at the notice, so the step
/// is an inference from the office clauses, and its citation says so.
const fn after_the_portal_notice(step: Step) -> Step {
    Step {
        citation: Citation {
            locator: step
                .citation
                .locator
                .aside(Aside::OfficeClauseAppliedToThePortal),
            ..step.citation
        },
        ..step
    }
}

const B_GENERAL_PORTAL: [Step; 5] = [
    B_PORTAL_RESULT,
    after_the_portal_notice(B_FEE),
    after_the_portal_notice(B_PREPARE_PERMIT),
    after_the_portal_notice(B_SIGN_PERMIT),
    after_the_portal_notice(B_HAND_PERMIT),
];
const B_ICT_ISSUE_OFFICE: [Step; 7] = ict_office(7);
const B_ICT_OTHER_OFFICE: [Step; 7] = ict_office(5);
const B_ICT_PORTAL: [Step; 1] = [B_PORTAL_RESULT];

const fn ict_office(days: u32) -> [Step; 7] {
    [
        B_ICT_FIRST[0],
        B_ICT_FIRST[1],
        B_ICT_FIRST[2],
        B_ICT_FIRST[3],
        b_ict_review(days),
        B_ICT_SIGN,
        B_ICT_HAND,
    ]
}

const fn b_procedure(service: ServiceKind, track: Track, channel: Channel) -> Procedure {
    let (steps, notes): (&'static [Step], &'static [ProcedureNote]) =
        match (track, channel, service) {
            (Track::General, Channel::Office, ServiceKind::Issue) => (&B_ISSUE_OFFICE, &[]),
            (Track::General, Channel::Office, ServiceKind::Extension) => (&B_EXTENSION_OFFICE, &[]),
            (Track::General, Channel::Office, ServiceKind::Reissue) => {
                (&B_REISSUE_OFFICE, &[ProcedureNote::BReissueFeeStep])
            }
            (Track::General, Channel::Portal, ServiceKind::Reissue) => (
                &B_GENERAL_PORTAL,
                &[
                    ProcedureNote::BPortalResultWithinCalendarDays,
                    ProcedureNote::BReissueFeeStep,
                ],
            ),
            (Track::General, Channel::Portal, _) => (
                &B_GENERAL_PORTAL,
                &[ProcedureNote::BPortalResultWithinCalendarDays],
            ),
            (Track::IntraCorporateTransfer, Channel::Office, ServiceKind::Issue) => (
                &B_ICT_ISSUE_OFFICE,
                &[ProcedureNote::BIctHasNoNoticeAndNoFee],
            ),
            (Track::IntraCorporateTransfer, Channel::Office, _) => (
                &B_ICT_OTHER_OFFICE,
                &[ProcedureNote::BIctHasNoNoticeAndNoFee],
            ),
            (Track::IntraCorporateTransfer, Channel::Portal, _) => (
                &B_ICT_PORTAL,
                &[
                    ProcedureNote::BIctHasNoNoticeAndNoFee,
                    ProcedureNote::BPortalResultWithinCalendarDays,
                ],
            ),
        };
    Procedure {
        edition: EditionId::Zhambyl2017,
        service,
        track,
        applicant: Applicant::Employer,
        channel,
        steps,
        statutory_term: None,
        notes,
    }
}

/// Every procedure both seeds time: Edition A, employer (issue, reissue, extension; office and portal) and foreign
/// worker (issue, reissue, extension; office only); Edition B, general and ICT permits (issue, extension, reissue;
/// office and portal).
pub static PROCEDURES: [Procedure; 21] = [
    a_employer(ServiceKind::Issue, Channel::Office),
    a_employer(ServiceKind::Issue, Channel::Portal),
    a_employer(ServiceKind::Reissue, Channel::Office),
    a_employer(ServiceKind::Reissue, Channel::Portal),
    a_employer(ServiceKind::Extension, Channel::Office),
    a_employer(ServiceKind::Extension, Channel::Portal),
    a_worker(ServiceKind::Issue),
    a_worker(ServiceKind::Reissue),
    a_worker(ServiceKind::Extension),
    b_procedure(ServiceKind::Issue, Track::General, Channel::Office),
    b_procedure(ServiceKind::Issue, Track::General, Channel::Portal),
    b_procedure(ServiceKind::Extension, Track::General, Channel::Office),
    b_procedure(ServiceKind::Extension, Track::General, Channel::Portal),
    b_procedure(ServiceKind::Reissue, Track::General, Channel::Office),
    b_procedure(ServiceKind::Reissue, Track::General, Channel::Portal),
    b_procedure(
        ServiceKind::Issue,
        Track::IntraCorporateTransfer,
        Channel::Office,
    ),
    b_procedure(
        ServiceKind::Issue,
        Track::IntraCorporateTransfer,
        Channel::Portal,
    ),
    b_procedure(
        ServiceKind::Extension,
        Track::IntraCorporateTransfer,
        Channel::Office,
    ),
    b_procedure(
        ServiceKind::Extension,
        Track::IntraCorporateTransfer,
        Channel::Portal,
    ),
    b_procedure(
        ServiceKind::Reissue,
        Track::IntraCorporateTransfer,
        Channel::Office,
    ),
    b_procedure(
        ServiceKind::Reissue,
        Track::IntraCorporateTransfer,
        Channel::Portal,
    ),
];

/// Why a combination has no procedure: the edition does not offer it. Each reason cites the seed; the wording layer
/// words it (`ruqsat_wording::rules::procedures::not_offered`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotOffered {
    /// Intra-corporate transfer exists only in Edition B.
    IctOnlyInEditionB,
    /// Edition B's permits are the employer's; a foreign worker's own permit is Edition A only.
    WorkerPermitOnlyInEditionA,
    /// Edition A: a foreign worker applies at the provider only (clause 4, sub-clause 2).
    WorkerOnlyAtTheOffice,
}

impl NotOffered {
    pub const ALL: &'static [NotOffered] = &[
        NotOffered::IctOnlyInEditionB,
        NotOffered::WorkerPermitOnlyInEditionA,
        NotOffered::WorkerOnlyAtTheOffice,
    ];

    /// A stable id, as the eligibility notes and the interface use it.
    pub const fn id(self) -> &'static str {
        match self {
            NotOffered::IctOnlyInEditionB => "ict-only-edition-b",
            NotOffered::WorkerPermitOnlyInEditionA => "worker-permit-only-edition-a",
            NotOffered::WorkerOnlyAtTheOffice => "worker-only-at-the-office",
        }
    }

    pub const fn citation(self) -> Citation {
        match self {
            NotOffered::IctOnlyInEditionB => b(Locator::clause(1).aside(Aside::ServiceIncludesIct)),
            NotOffered::WorkerPermitOnlyInEditionA => {
                b(Locator::clause(1).aside(Aside::ServiceIsForEmployers))
            }
            NotOffered::WorkerOnlyAtTheOffice => a(Locator::sub_clause(4, 2)),
        }
    }
}

/// The procedure for a combination, or why the edition does not offer it.
pub fn procedure(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    applicant: Applicant,
    channel: Channel,
) -> Result<&'static Procedure, NotOffered> {
    match (edition, track, applicant, channel) {
        (EditionId::WestKazakhstan2014, Track::IntraCorporateTransfer, _, _) => {
            Err(NotOffered::IctOnlyInEditionB)
        }
        (EditionId::Zhambyl2017, _, Applicant::Worker, _) => {
            Err(NotOffered::WorkerPermitOnlyInEditionA)
        }
        (EditionId::WestKazakhstan2014, _, Applicant::Worker, Channel::Portal) => {
            Err(NotOffered::WorkerOnlyAtTheOffice)
        }
        _ => Ok(PROCEDURES
            .iter()
            .find(|p| {
                p.edition == edition
                    && p.service == service
                    && p.track == track
                    && p.applicant == applicant
                    && p.channel == channel
            })
            .expect("every offered combination has a procedure (tested)")),
    }
}

impl Procedure {
    /// The sum of the provider's working-day limits, and of the applicant's, as the seed states them (Edition A's
    /// clause 4 totals are set beside this, never replaced by it).
    pub fn working_day_sums(&self) -> (u32, u32) {
        self.steps.iter().fold((0, 0), |(provider, applicant), s| {
            match (s.limit, s.by_applicant) {
                (Limit::WorkingDays(n), false) => (provider + n, applicant),
                (Limit::WorkingDays(n), true) => (provider, applicant + n),
                _ => (provider, applicant),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::evidence::{Grade, Locator, Place};

    fn get(e: EditionId, s: ServiceKind, t: Track, a: Applicant, c: Channel) -> &'static Procedure {
        procedure(e, s, t, a, c).unwrap()
    }

    fn limits(p: &Procedure) -> Vec<Limit> {
        p.steps.iter().map(|s| s.limit).collect()
    }

    use Limit::{CalendarDays as Cd, Hours as H, Minutes as M, OnRequest, WorkingDays as Wd};
    const A: EditionId = EditionId::WestKazakhstan2014;
    const B: EditionId = EditionId::Zhambyl2017;

    #[test]
    fn edition_a_employer_figures_are_those_of_clauses_4_and_7() {
        for channel in [Channel::Office, Channel::Portal] {
            let issue = get(
                A,
                ServiceKind::Issue,
                Track::General,
                Applicant::Employer,
                channel,
            );
            // 7.1 20 min, 7.2 1 hour, 7.3 5 WD, 7.4 commission 15 WD, notice 3 WD, 7.5 guarantee 20 WD, permit 3 WD.
            assert_eq!(
                limits(issue),
                [M(20), H(1), Wd(5), Wd(15), Wd(3), Wd(20), Wd(3)]
            );
            assert_eq!(issue.statutory_term.unwrap().working_days, 41);
            // Edition A's clause 4 against its steps: 5 + 15 + 3 + 3 of the provider and 20 of the applicant, not 41.
            assert_eq!(issue.working_day_sums(), (26, 20));
            assert_eq!(issue.steps.iter().filter(|s| s.by_applicant).count(), 1);
            assert!(issue.steps[5].by_applicant);

            let reissue = get(
                A,
                ServiceKind::Reissue,
                Track::General,
                Applicant::Employer,
                channel,
            );
            assert_eq!(limits(reissue), [M(20), H(1), Wd(5), Wd(5), Wd(3)]);
            assert_eq!(reissue.statutory_term.unwrap().working_days, 31);

            let extension = get(
                A,
                ServiceKind::Extension,
                Track::General,
                Applicant::Employer,
                channel,
            );
            assert_eq!(
                limits(extension),
                [M(20), H(1), Wd(5), Wd(5), Wd(3), OnRequest]
            );
            assert_eq!(extension.statutory_term.unwrap().working_days, 8);
        }
    }

    #[test]
    fn edition_a_foreign_worker_figures_are_those_of_clauses_4_and_7() {
        let issue = get(
            A,
            ServiceKind::Issue,
            Track::General,
            Applicant::Worker,
            Channel::Office,
        );
        assert_eq!(limits(issue), [M(20), H(1), Wd(5), Wd(5), Wd(3)]);
        assert_eq!(issue.statutory_term.unwrap().working_days, 31);
        let extension = get(
            A,
            ServiceKind::Extension,
            Track::General,
            Applicant::Worker,
            Channel::Office,
        );
        assert_eq!(limits(extension), [M(20), H(1), Wd(5), Wd(5), Wd(3)]);
        assert_eq!(extension.statutory_term.unwrap().working_days, 31);
        let reissue = get(
            A,
            ServiceKind::Reissue,
            Track::General,
            Applicant::Worker,
            Channel::Office,
        );
        assert_eq!(limits(reissue), [M(20), H(1), Wd(5), Wd(3), Wd(3)]);
        assert_eq!(reissue.statutory_term.unwrap().working_days, 3);
        assert_eq!(
            procedure(
                A,
                ServiceKind::Issue,
                Track::General,
                Applicant::Worker,
                Channel::Portal
            ),
            Err(NotOffered::WorkerOnlyAtTheOffice)
        );
    }

    #[test]
    fn edition_b_general_figures_are_those_of_clause_5() {
        for (service, review) in [
            (ServiceKind::Issue, 7),
            (ServiceKind::Reissue, 5),
            (ServiceKind::Extension, 3),
        ] {
            let p = get(
                B,
                service,
                Track::General,
                Applicant::Employer,
                Channel::Office,
            );
            assert_eq!(
                limits(p),
                [
                    M(20),
                    M(20),
                    M(20),
                    M(20),
                    Wd(review),
                    M(20),
                    Wd(1),
                    Wd(10),
                    M(20),
                    M(20),
                    Wd(1)
                ],
                "{service:?}"
            );
            assert_eq!(p.statutory_term, None);
            let fee = p.steps.iter().position(|s| s.by_applicant).unwrap();
            assert_eq!(p.steps[fee].citation.locator, Locator::sub_clause(5, 8));
            let portal = get(
                B,
                service,
                Track::General,
                Applicant::Employer,
                Channel::Portal,
            );
            assert_eq!(limits(portal), [Cd(7), Wd(10), M(20), M(20), Wd(1)]);
            assert_eq!(portal.steps[0].citation.locator, Locator::sub_clause(9, 11));
            // Clause 9 ends at the notice: the fee and permit steps after it are the office's 5.8–5.10 applied to
            // the portal, and their citations say it is an inference.
            assert_eq!(portal.steps[0].citation.locator.aside, None);
            for (step, sub) in portal.steps[1..].iter().zip([8, 8, 9, 10]) {
                assert_eq!(
                    step.citation.locator,
                    Locator::sub_clause(5, sub).aside(Aside::OfficeClauseAppliedToThePortal),
                    "{service:?} {:?}",
                    step.kind
                );
            }
        }
    }

    #[test]
    fn edition_b_ict_has_no_notice_and_no_fee() {
        for (service, review) in [
            (ServiceKind::Issue, 7),
            (ServiceKind::Reissue, 5),
            (ServiceKind::Extension, 5),
        ] {
            let p = get(
                B,
                service,
                Track::IntraCorporateTransfer,
                Applicant::Employer,
                Channel::Office,
            );
            assert_eq!(
                limits(p),
                [M(20), M(20), M(20), M(20), Wd(review), M(20), Wd(1)],
                "{service:?}"
            );
            assert!(p.steps.iter().all(|s| !s.by_applicant));
            assert!(p.steps.iter().all(|s| matches!(
                s.citation.locator.places,
                [Some(Place::IctSubClause(..)), None]
            )));
            let portal = get(
                B,
                service,
                Track::IntraCorporateTransfer,
                Applicant::Employer,
                Channel::Portal,
            );
            assert_eq!(limits(portal), [Cd(7)]);
        }
    }

    #[test]
    fn every_combination_is_either_a_procedure_or_a_cited_refusal() {
        let mut offered = 0;
        for e in EditionId::ALL {
            for s in ServiceKind::ALL {
                for t in [Track::General, Track::IntraCorporateTransfer] {
                    for a in [Applicant::Employer, Applicant::Worker] {
                        for c in [Channel::Office, Channel::Portal] {
                            match procedure(e, s, t, a, c) {
                                Ok(p) => {
                                    offered += 1;
                                    assert_eq!(
                                        (p.edition, p.service, p.track, p.applicant, p.channel),
                                        (e, s, t, a, c)
                                    );
                                }
                                Err(why) => {
                                    assert_eq!(why.citation().grade, Grade::S);
                                    assert!(why.citation().blank_in().is_empty(), "{why:?}");
                                }
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(offered, PROCEDURES.len());
    }

    #[test]
    fn every_step_is_cited_to_a_clause_of_its_own_edition() {
        for p in &PROCEDURES {
            assert!(!p.steps.is_empty());
            let source = match p.edition {
                EditionId::WestKazakhstan2014 => SourceId::Wko176Regulation,
                EditionId::Zhambyl2017 => SourceId::Zhambyl36Regulation,
            };
            for s in p.steps {
                assert_eq!(s.citation.source, source);
                assert_eq!(s.citation.grade, Grade::S);
                assert!(s.citation.blank_in().is_empty(), "{:?}", s.citation);
                assert!(
                    matches!(
                        s.citation.locator.places[0],
                        Some(Place::Clause(_) | Place::SubClause(..) | Place::IctSubClause(..))
                    ),
                    "{:?}",
                    s.citation
                );
                assert_eq!(s.by_applicant, s.actor == Actor::Applicant);
            }
            // Edition A's total is shown with how it stands to the steps; Edition B has no such total. (The words
            // of the labels and notes are tested with them, in `ruqsat_wording::rules::procedures`.)
            match (p.edition, p.statutory_term) {
                (EditionId::WestKazakhstan2014, Some(total)) => {
                    assert!(total.citation.blank_in().is_empty());
                    assert_eq!(total.note, ProcedureNote::ATotalsBesideTheSteps);
                }
                (EditionId::Zhambyl2017, None) => {}
                (edition, total) => panic!("{edition:?}: unexpected total {total:?}"),
            }
        }
    }

    #[test]
    fn procedures_are_unique() {
        for (i, p) in PROCEDURES.iter().enumerate() {
            for q in &PROCEDURES[i + 1..] {
                assert_ne!(
                    (p.edition, p.service, p.track, p.applicant, p.channel),
                    (q.edition, q.service, q.track, q.applicant, q.channel)
                );
            }
        }
    }
}
