//! What to do when the journey ends at a not-eligible result: the core's answer, worded by `ruqsat_wording::remedy`.
//!
//! The remedy follows from why the case cannot go ahead ([`NotEligible`]) and, for one of them, from who applies: the
//! summary page only words it and offers its action.

use super::flow::{Answers, Need, NotEligible, QuestionId, Who};
use super::procedures::NotOffered;

/// What the person can do instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Remedy {
    /// A worker asked for a transfer: under Edition B the employer applies for it.
    EmployerAppliesForTransfer,
    /// The transfer exists only in Edition B: choose it, or a general permit.
    ChooseEditionWithTransfer,
    /// A worker's own permit exists only in Edition A.
    WorkerPermitInEditionA,
    /// A worker applies at the provider's office, not on the portal.
    HandInAtTheOffice,
    /// A rule blocks an extension (limit reached, no extension for the category): apply for a new permit.
    ApplyForANewPermit,
    /// A rule blocks an intra-corporate transfer's extension (extended once only): apply for a new transfer
    /// permit, not an ordinary first permit (the worker is still transferred within the group).
    ApplyForANewTransferPermit,
    /// The date is before the edition came into force: choose a later one.
    ChooseALaterDate,
    /// The date is outside the calendar (2013–2027): choose one inside it.
    ChooseADateInCoverage,
}

/// What the remedy's button does: open a question again, or answer one with a value (its answer code).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Action {
    Reopen(QuestionId),
    Answer(QuestionId, &'static str),
}

impl Remedy {
    /// The remedy for why a case cannot go ahead, given who applies.
    pub fn for_case(why: &NotEligible, who: Option<Who>) -> Remedy {
        match why {
            NotEligible::NotOffered(NotOffered::IctOnlyInEditionB) if who == Some(Who::Worker) => {
                Remedy::EmployerAppliesForTransfer
            }
            NotEligible::NotOffered(NotOffered::IctOnlyInEditionB) => {
                Remedy::ChooseEditionWithTransfer
            }
            NotEligible::NotOffered(NotOffered::WorkerPermitOnlyInEditionA) => {
                Remedy::WorkerPermitInEditionA
            }
            NotEligible::NotOffered(NotOffered::WorkerOnlyAtTheOffice) => Remedy::HandInAtTheOffice,
            NotEligible::Rule(_) => Remedy::ApplyForANewPermit,
            NotEligible::BeforeInForce { .. } => Remedy::ChooseALaterDate,
            NotEligible::DateNotCovered(_) => Remedy::ChooseADateInCoverage,
        }
    }

    /// The remedy for why the case of these answers cannot go ahead: [`Remedy::for_case`], with a transfer's
    /// blocked extension answered by a new transfer permit.
    pub fn for_answers(why: &NotEligible, a: &Answers) -> Remedy {
        match Remedy::for_case(why, a.who) {
            Remedy::ApplyForANewPermit if a.need == Some(Need::Transfer) => {
                Remedy::ApplyForANewTransferPermit
            }
            r => r,
        }
    }

    /// What its button does.
    pub const fn action(self) -> Action {
        match self {
            Remedy::EmployerAppliesForTransfer | Remedy::WorkerPermitInEditionA => {
                Action::Reopen(QuestionId::Who)
            }
            Remedy::ChooseEditionWithTransfer => Action::Reopen(QuestionId::Edition),
            Remedy::HandInAtTheOffice => Action::Reopen(QuestionId::Channel),
            // A new permit: the need question answered "a first permit".
            Remedy::ApplyForANewPermit => Action::Answer(QuestionId::Need, "first"),
            // A new transfer permit: the transfer question answered "issue".
            Remedy::ApplyForANewTransferPermit => Action::Answer(QuestionId::TransferNeed, "issue"),
            Remedy::ChooseALaterDate | Remedy::ChooseADateInCoverage => {
                Action::Reopen(QuestionId::Submitted)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::editions::DateKnown;
    use chrono::NaiveDate;

    #[test]
    fn each_reason_has_its_remedy_and_action() {
        let d = NaiveDate::from_ymd_opt(2012, 1, 1).unwrap();
        let ict = NotEligible::NotOffered(NotOffered::IctOnlyInEditionB);
        assert_eq!(
            Remedy::for_case(&ict, Some(Who::Worker)),
            Remedy::EmployerAppliesForTransfer
        );
        assert_eq!(
            Remedy::for_case(&ict, Some(Who::Employer)),
            Remedy::ChooseEditionWithTransfer
        );
        assert_eq!(
            Remedy::ChooseEditionWithTransfer.action(),
            Action::Reopen(QuestionId::Edition)
        );
        assert_eq!(
            Remedy::EmployerAppliesForTransfer.action(),
            Action::Reopen(QuestionId::Who)
        );
        let office = NotEligible::NotOffered(NotOffered::WorkerOnlyAtTheOffice);
        assert_eq!(
            Remedy::for_case(&office, None).action(),
            Action::Reopen(QuestionId::Channel)
        );
        let early = NotEligible::BeforeInForce {
            submitted: d,
            in_force_from: DateKnown::Exact(d),
        };
        assert_eq!(Remedy::for_case(&early, None), Remedy::ChooseALaterDate);
        assert_eq!(
            Remedy::for_case(&NotEligible::DateNotCovered(d), None).action(),
            Action::Reopen(QuestionId::Submitted)
        );
        assert_eq!(
            Remedy::ApplyForANewPermit.action(),
            Action::Answer(QuestionId::Need, "first")
        );
    }

    #[test]
    fn a_transfer_whose_extension_is_blocked_is_offered_a_new_transfer_permit() {
        use crate::case::{Category, Channel, ServiceKind};
        use crate::editions::EditionId;
        use crate::flow::{next, Next};
        // Edition B, the employer's ICT extension after one extension already: "once by 1 year" is used up.
        let ict = Answers {
            who: Some(Who::Employer),
            edition: Some(EditionId::Zhambyl2017),
            need: Some(Need::Transfer),
            transfer_need: Some(ServiceKind::Extension),
            channel: Some(Channel::Office),
            extensions: Some(1),
            // The limit is a practitioners' rule (C): it warns first; "instead" leads to the remedy.
            caution: Some(crate::flow::Heed::Instead),
            ..Answers::default()
        };
        let Next::NotEligible(why) = next(&ict) else {
            panic!("expected the limit to block: {:?}", next(&ict));
        };
        let remedy = Remedy::for_answers(&why, &ict);
        assert_eq!(remedy, Remedy::ApplyForANewTransferPermit);
        let Action::Answer(q, code) = remedy.action() else {
            panic!("an answer");
        };
        // Answered, the journey goes on as a transfer's issue, not an ordinary first permit.
        let a = q.question().answered(&ict, code);
        assert_eq!(a.need, Some(Need::Transfer));
        assert_eq!(
            a.service(),
            Some((
                ServiceKind::Issue,
                crate::case::Track::IntraCorporateTransfer
            ))
        );
        // A general permit's blocked extension is still offered a first permit.
        let general = Answers {
            need: Some(Need::RunsOut),
            transfer_need: None,
            category: Some(Category::Four),
            extensions: None,
            ..ict
        };
        let Next::NotEligible(why) = next(&general) else {
            panic!("category 4 is not extended");
        };
        assert_eq!(
            Remedy::for_answers(&why, &general),
            Remedy::ApplyForANewPermit
        );
    }
}
