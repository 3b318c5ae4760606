//! The guided journey's questions as a graph over the answers given so far (GOV.UK smart-answers style: the flow is
//! routing; each question is declared once in `questions`, its wording lives in the web app's `ui::questions`, the
//! rules in `procedures` and `permits`).
//!
//! Answers are kept by question id, so a changed answer keeps every later answer that is still valid: the flow simply
//! walks the questions again and asks only those whose answer is missing or no longer allowed.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use super::calendar;
use super::case::{Applicant, Case, CaseFacts, Channel, ServiceKind, Track};
use super::counting::OfficeHours;
use super::editions::{DateKnown, EditionId};

mod questions;
use super::evidence::Grade;
use super::permits::{self, Effect, EligibilityNote};
use super::procedures::{self, NotOffered};
use super::timeline::{self, EstimateError};
pub use questions::{
    example_submission, Answers, Heed, Input, Need, Question, QuestionId, Who, QUESTIONS,
};

/// Why the journey ends without a timeline: a result, not a validation error.
// One is made per render; boxing the note would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotEligible {
    /// The chosen edition does not offer this service to this applicant (cited in `procedures`).
    NotOffered(NotOffered),
    /// A rule of the permits blocks it (category 4 cannot be extended, extension limit reached), with its grade: a
    /// rule of the regulation itself (S), or one below S that the person, warned of it, chose not to go past
    /// ([`Heed::Instead`]).
    Rule(EligibilityNote),
    /// The submission date is before the chosen edition came into force, even at its earliest
    /// (`Validity::in_force_from`): its rules did not exist yet. A date after it lost force is not refused: the
    /// product estimates with an edition as a model, and the timeline warns (`timeline::Warning`).
    BeforeInForce {
        submitted: NaiveDate,
        in_force_from: DateKnown,
    },
    /// The submission date, or a step after it, falls outside the calendar (2013–2027).
    DateNotCovered(NaiveDate),
}

/// Where the journey is.
///
/// `NotEligible` is the large variant: a rule's note carries its texts and citation in three languages (about 270
/// bytes natively). A one-language wasm bundle keeps one text per field, about a third of that; `Next` is made
/// once per page and never stored in bulk, so it is not boxed.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Next {
    Ask(QuestionId),
    NotEligible(NotEligible),
    /// Every question that matters is answered: the case, with the service chosen and why.
    Done(Case),
}

impl Answers {
    /// Who applies: the employer or the worker, directly or through a consultant.
    pub fn applicant(&self) -> Option<Applicant> {
        match self.who? {
            Who::Employer => Some(Applicant::Employer),
            Who::Worker => Some(Applicant::Worker),
            Who::Consultant => self.acting_for,
        }
    }

    /// The service and track the plain-words need maps to.
    pub fn service(&self) -> Option<(ServiceKind, Track)> {
        match self.need? {
            Need::First => Some((ServiceKind::Issue, Track::General)),
            Need::RunsOut => Some((ServiceKind::Extension, Track::General)),
            Need::Changed => Some((ServiceKind::Reissue, Track::General)),
            Need::Transfer => self
                .transfer_need
                .map(|s| (s, Track::IntraCorporateTransfer)),
        }
    }

    /// The case the answers describe, once the parts that define it are given.
    fn case(&self, submitted: NaiveDateTime) -> Option<Case> {
        let (service, track) = self.service()?;
        Some(Case {
            category: self.category,
            applicant_done: self.applicant_done,
            notice_received: self.notice_received,
            facts: CaseFacts {
                extensions_so_far: self.extensions,
                ..CaseFacts::default()
            },
            ..Case::new(
                self.edition?,
                service,
                track,
                self.applicant()?,
                self.channel?,
                submitted,
            )
        })
    }

    /// Whether a reissue may mean another worker on the permit: the employer's permit to attract foreign labour (a
    /// reissue replacing the worker, EVIDENCE §1, C). A foreign worker's own permit is theirs: it does not pass to
    /// another person, so the worker is not offered that.
    pub fn reissue_may_replace_the_worker(&self) -> bool {
        self.applicant() != Some(Applicant::Worker)
    }

    /// The questions asked for these answers, in order, up to and including the first unanswered one.
    pub fn path(&self) -> Vec<QuestionId> {
        let mut asked = Vec::new();
        walk(self, |q| asked.push(q), &mut None);
        asked
    }
}

/// The first blocking eligibility rule for a case whose date does not matter yet (before the date is asked).
fn blocking_rule(case: &Case) -> Option<EligibilityNote> {
    permits::eligibility(case)
        .into_iter()
        .find(|n| n.effect == Effect::Blocking)
}

/// The next step of the journey.
pub fn next(a: &Answers) -> Next {
    walk(a, |_| {}, &mut None)
}

/// The rule the [`QuestionId::Caution`] question warns of, where it is on the path: a blocking rule graded below S
/// (the regulations alone may refuse). Its page states the rule, its grade, its period and its source.
pub fn caution(a: &Answers) -> Option<EligibilityNote> {
    let mut rule = None;
    walk(a, |_| {}, &mut rule);
    rule
}

/// Walks the graph, calling `visit` for each question on the path; returns where the walk stops. `caution` gets the
/// rule the walk warned of, if it did.
fn walk(
    a: &Answers,
    mut visit: impl FnMut(QuestionId),
    caution: &mut Option<EligibilityNote>,
) -> Next {
    let mut ask = |q: QuestionId, answered: bool| {
        visit(q);
        !answered
    };
    if ask(QuestionId::Who, a.who.is_some()) {
        return Next::Ask(QuestionId::Who);
    }
    if a.who == Some(Who::Consultant) && ask(QuestionId::ActingFor, a.acting_for.is_some()) {
        return Next::Ask(QuestionId::ActingFor);
    }
    let applicant = a.applicant().unwrap_or(Applicant::Employer);
    if ask(QuestionId::Edition, a.edition.is_some()) {
        return Next::Ask(QuestionId::Edition);
    }
    let edition = a.edition.unwrap_or(EditionId::Zhambyl2017);
    // Edition B serves employers only: say so before asking anything else.
    if let Err(why) = procedures::procedure(
        edition,
        ServiceKind::Issue,
        Track::General,
        applicant,
        Channel::Office,
    ) {
        return Next::NotEligible(NotEligible::NotOffered(why));
    }
    if ask(QuestionId::Need, a.need.is_some()) {
        return Next::Ask(QuestionId::Need);
    }
    if a.need == Some(Need::Transfer) {
        if let Err(why) = procedures::procedure(
            edition,
            ServiceKind::Issue,
            Track::IntraCorporateTransfer,
            applicant,
            Channel::Office,
        ) {
            return Next::NotEligible(NotEligible::NotOffered(why));
        }
        if ask(QuestionId::TransferNeed, a.transfer_need.is_some()) {
            return Next::Ask(QuestionId::TransferNeed);
        }
    }
    let Some((service, track)) = a.service() else {
        return Next::Ask(QuestionId::Need);
    };
    // The channel is asked only where both are offered (a worker under Edition A applies at the office only).
    let portal_offered =
        procedures::procedure(edition, service, track, applicant, Channel::Portal).is_ok();
    let mut a = *a;
    if portal_offered {
        if ask(QuestionId::Channel, a.channel.is_some()) {
            return Next::Ask(QuestionId::Channel);
        }
    } else {
        a.channel = Some(Channel::Office);
    }
    // The category decides terms and extension limits of an employer's general permit.
    if track == Track::General && applicant == Applicant::Employer {
        if ask(QuestionId::Category, a.category.is_some()) {
            return Next::Ask(QuestionId::Category);
        }
    } else {
        a.category = None;
    }
    // The count of extensions so far matters where the permit's term limits them (`permits::term_for`).
    let extension_limited = service == ServiceKind::Extension
        && permits::term_for(edition, track, a.category)
            .and_then(|t| t.extension.limit())
            .is_some_and(|limit| limit > 0);
    if extension_limited {
        if ask(QuestionId::Extensions, a.extensions.is_some()) {
            return Next::Ask(QuestionId::Extensions);
        }
    } else {
        a.extensions = None;
    }
    // Rules that block whatever the date (category 4, extension limits): ask no more.
    let provisional = a.case(
        edition
            .edition()
            .validity
            .in_force_from
            .date()
            .and_time(NaiveTime::MIN),
    );
    // Only the regulations themselves (S) refuse. A rule of lesser grade (practitioners' C) warns: the person reads
    // it, with its grade, period and source, and goes on or not.
    match provisional.as_ref().and_then(blocking_rule) {
        Some(rule) if rule.grade() == Grade::S => {
            return Next::NotEligible(NotEligible::Rule(rule));
        }
        Some(rule) => {
            *caution = Some(rule);
            if ask(QuestionId::Caution, a.caution.is_some()) {
                return Next::Ask(QuestionId::Caution);
            }
            if a.caution == Some(Heed::Instead) {
                return Next::NotEligible(NotEligible::Rule(rule));
            }
        }
        None => a.caution = None,
    }
    if ask(QuestionId::Submitted, a.submitted.is_some()) {
        return Next::Ask(QuestionId::Submitted);
    }
    let submitted = a.submitted.unwrap_or_default();
    let in_force_from = edition.edition().validity.in_force_from;
    if submitted.date() < in_force_from.date() {
        return Next::NotEligible(NotEligible::BeforeInForce {
            submitted: submitted.date(),
            in_force_from,
        });
    }
    if !calendar::covers(submitted.date()) {
        return Next::NotEligible(NotEligible::DateNotCovered(submitted.date()));
    }
    // Counted with the answers' office hours, as the timeline counts them: a package handed in after a cut-off counts
    // from the next opening, which may be past the calendar.
    let hours = a.office_hours.unwrap_or_default();
    let outside = |case: &Case| {
        timeline::estimate_with(case, &hours)
            .is_err_and(|e| matches!(e, EstimateError::Calendar(_)))
    };
    match a.case(submitted) {
        // An applicant's own date that puts a later step outside the calendar (one from a link: the timeline refuses
        // it at its field, `refuse_applicant_done`) is set aside, not made a dead end that "Change" cannot leave.
        Some(case) if case.applicant_done.is_some() && outside(&case) => {
            let without = Case {
                applicant_done: None,
                ..case
            };
            if outside(&without) {
                Next::NotEligible(NotEligible::DateNotCovered(submitted.date()))
            } else {
                Next::Done(without)
            }
        }
        // Every step must fall inside the calendar too, not only the submission.
        Some(case) if outside(&case) => {
            Next::NotEligible(NotEligible::DateNotCovered(submitted.date()))
        }
        Some(case) => Next::Done(case),
        None => Next::Ask(QuestionId::Who),
    }
}

/// Why a date typed at its field cannot be taken: said beside the field, the question staying open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRefused {
    /// Before the chosen edition came into force, even at its earliest: this is its earliest date.
    BeforeInForce(DateKnown),
    /// The date, or a step after it, falls outside the calendar ([`calendar::FIRST_DAY`] to [`calendar::LAST_DAY`]).
    NotCovered,
    /// The applicant's own step cannot be done before it starts (the notice): this is the first day it can.
    BeforeStepStarts(NaiveDate),
}

/// Whether the date question can take this submission for these answers: the journey's own checks
/// ([`NotEligible::BeforeInForce`], [`NotEligible::DateNotCovered`]) asked before the answer is given, so that the page
/// refuses the date at its field instead of ending the journey. Counted with the answers' office hours
/// ([`Answers::office_hours`], the default without them), as the journey and the timeline count.
pub fn refuse_submitted(a: &Answers, at: NaiveDateTime) -> Option<DateRefused> {
    let answers = Answers {
        submitted: Some(at),
        applicant_done: None,
        ..*a
    };
    match next(&answers) {
        Next::NotEligible(NotEligible::BeforeInForce { in_force_from, .. }) => {
            Some(DateRefused::BeforeInForce(in_force_from))
        }
        Next::NotEligible(NotEligible::DateNotCovered(_)) => Some(DateRefused::NotCovered),
        _ => None,
    }
}

/// Whether the timeline can take this date for the applicant's own step ("I will do it on"): not before the step
/// starts, and with every later step inside the calendar, counted with the office hours the timeline uses.
pub fn refuse_applicant_done(
    case: &Case,
    hours: &OfficeHours,
    done: NaiveDate,
) -> Option<DateRefused> {
    let with = Case {
        applicant_done: Some(done),
        ..case.clone()
    };
    match timeline::estimate_with(&with, hours) {
        Err(EstimateError::ApplicantDoneTooEarly { earliest, .. }) => {
            Some(DateRefused::BeforeStepStarts(earliest))
        }
        Err(EstimateError::Calendar(_)) => Some(DateRefused::NotCovered),
        _ => None,
    }
}

/// Whether a notice received on `notice` can be counted: `NotCovered` when the steps that follow from it would fall
/// past the calendar (a notice before the registration is the timeline's own error), counted with the office hours
/// the timeline uses.
pub fn refuse_notice_received(
    case: &Case,
    hours: &OfficeHours,
    notice: NaiveDate,
) -> Option<DateRefused> {
    let with = Case {
        notice_received: Some(notice),
        ..case.clone()
    };
    match timeline::estimate_with(&with, hours) {
        Err(EstimateError::Calendar(_)) => Some(DateRefused::NotCovered),
        _ => None,
    }
}

/// Whether the timeline can be counted with these office hours: `NotCovered` when a step would then fall past the
/// calendar (a package handed in after a new cut-off counts from the next opening), so that the hours form refuses
/// them at its field instead of ending the journey.
pub fn refuse_hours(case: &Case, hours: &OfficeHours) -> Option<DateRefused> {
    match timeline::estimate_with(case, hours) {
        Err(EstimateError::Calendar(_)) => Some(DateRefused::NotCovered),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
