//! What is due next, for one case and across every case kept on a device (issue 13, part 3). A case's stage follows
//! from the real dates its answers hold — handed in, the notice received, the applicant's step done — and "now",
//! which the caller gives (the device's clock in Asia/Almaty time in the browser, a fixed moment in tests): it is
//! the one place where today matters.
//!
//! - Before the package is handed in, what is due is handing it in.
//! - Handed in, with no notice recorded: the provider's notice, by the latest day the steps allow. Past that day the
//!   provider is late (the timeline names the appeal).
//! - The notice received: the applicant's own step (the guarantee documents, Edition A clause 7.5; the fee proof,
//!   Edition B clause 5.8), by its deadline counted from the notice.
//! - The applicant's step done: the permit, by the end of the last step.
//! - The result recorded (the permit received, or refused: [`Outcome`]): nothing is due; the case is at its last stage.
//!
//! A case whose answers are not complete, or whose dates cannot be counted, has nothing due.

use chrono::{NaiveDate, NaiveDateTime};

use crate::case::Outcome;
use crate::evidence::Citation;
use crate::flow::{self, Answers, Next};
use crate::procedures::StepKind;
use crate::timeline::estimate_with;

/// What is due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// Hand in the package.
    HandIn,
    /// The provider's notice, at the latest.
    Notice,
    /// The applicant's own step, by its deadline.
    ApplicantStep(StepKind),
    /// The permit (the procedure's last step), at the latest.
    Result,
}

impl Due {
    /// Whether the provider owes it (past its day, the provider is late) rather than the applicant.
    pub const fn by_provider(self) -> bool {
        matches!(self, Due::Notice | Due::Result)
    }

    /// The stage a case is at when this is what it awaits.
    pub const fn stage(self) -> Stage {
        match self {
            Due::HandIn => Stage::Preparing,
            Due::Notice => Stage::HandedIn,
            Due::ApplicantStep(_) => Stage::NoticeReceived,
            Due::Result => Stage::ApplicantStepDone,
        }
    }
}

/// What is due next for a case, by when, and the clause that sets that day: the step whose end it is (`None` for
/// handing in, whose day is the user's own answer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    pub due: Due,
    pub by: NaiveDateTime,
    pub basis: Option<Citation>,
}

/// Where a case is, from the real dates recorded so far (issue 13, part 2), in the order a case goes through them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Stage {
    /// The package is being prepared: not handed in yet.
    Preparing,
    /// Handed in; the provider's notice is awaited.
    HandedIn,
    /// The notice is received; the applicant's own step is due.
    NoticeReceived,
    /// The applicant's step is done; the permit is awaited.
    ApplicantStepDone,
    /// The permit is received (the user recorded it).
    PermitReceived,
    /// The service was refused (the user recorded it).
    Refused,
}

impl From<Outcome> for Stage {
    fn from(o: Outcome) -> Stage {
        match o {
            Outcome::Received => Stage::PermitReceived,
            Outcome::Refused => Stage::Refused,
        }
    }
}

/// The outcome recorded for a case, once its day has come (a day after `now` is not yet a result).
fn outcome_by(answers: &Answers, now: NaiveDateTime) -> Option<Outcome> {
    answers
        .outcome
        .filter(|(_, day)| *day <= now.date())
        .map(|(o, _)| o)
}

/// Where a case is: its recorded outcome, else the stage of what it awaits; `None` when its answers are not complete
/// or cannot be counted.
pub fn stage(answers: &Answers, now: NaiveDateTime) -> Option<Stage> {
    stage_of(answers, next_due(answers, now), now)
}

/// [`stage`], given what is due next in the case, already found ([`next_due`]): no second estimate.
pub fn stage_of(answers: &Answers, due: Option<Deadline>, now: NaiveDateTime) -> Option<Stage> {
    match outcome_by(answers, now) {
        Some(o) => Some(o.into()),
        None => due.map(|d| d.due.stage()),
    }
}

/// Why a day cannot be the day of a case's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomeRefused {
    /// No hand-in is recorded: there is nothing a result could come of.
    NotHandedIn,
    /// Before the last day recorded for the case (which, and the day): a result comes after all of them.
    BeforeRecorded(Recorded, NaiveDate),
    /// After today: a result is recorded once it has come.
    AfterToday,
}

/// A day the user recorded for a case, before its result.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Recorded {
    HandedIn,
    NoticeReceived,
    ApplicantStepDone,
}

/// Whether a case's outcome can be recorded on `day`, today being `today`: not before the last day recorded for it
/// (handed in, the notice received, the applicant's step done), and not ahead of today.
pub fn refuse_outcome(
    answers: &Answers,
    day: NaiveDate,
    today: NaiveDate,
) -> Option<OutcomeRefused> {
    let recorded = [
        answers.submitted.map(|t| (t.date(), Recorded::HandedIn)),
        answers
            .notice_received
            .map(|d| (d, Recorded::NoticeReceived)),
        answers
            .applicant_done
            .map(|d| (d, Recorded::ApplicantStepDone)),
    ];
    let Some((last, what)) = recorded.into_iter().flatten().max() else {
        return Some(OutcomeRefused::NotHandedIn);
    };
    if day < last {
        Some(OutcomeRefused::BeforeRecorded(what, last))
    } else if day > today {
        Some(OutcomeRefused::AfterToday)
    } else {
        None
    }
}

/// One thing due, for one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Item {
    /// The case's place in the list given to [`agenda`].
    pub case: usize,
    pub deadline: Deadline,
    /// Its day has passed and nothing was recorded.
    pub overdue: bool,
}

/// What is due next for a case, and by when; `None` when its answers are not complete or cannot be counted.
pub fn next_due(answers: &Answers, now: NaiveDateTime) -> Option<Deadline> {
    let Next::Done(case) = flow::next(answers) else {
        return None;
    };
    if outcome_by(answers, now).is_some() {
        return None;
    }
    if now < case.submitted {
        return Some(Deadline {
            due: Due::HandIn,
            by: case.submitted,
            basis: None,
        });
    }
    let tl = estimate_with(&case, &answers.office_hours.unwrap_or_default()).ok()?;
    let done = answers.applicant_done.is_some_and(|d| d <= now.date());
    // The step whose end is the day: the one before the applicant's (the notice), the applicant's, or the last.
    let (due, m) = match tl.applicant_deadline {
        Some(d) if answers.notice_received.is_none() && !done => {
            (Due::Notice, tl.milestones.get(d.milestone.checked_sub(1)?)?)
        }
        Some(d) if !done => {
            let m = tl.milestones.get(d.milestone)?;
            return Some(Deadline {
                due: Due::ApplicantStep(m.step.kind),
                by: d.ends,
                basis: Some(m.step.citation),
            });
        }
        _ => (
            Due::Result,
            tl.milestones.iter().rev().find(|m| m.ends.is_some())?,
        ),
    };
    Some(Deadline {
        due,
        by: m.ends?,
        basis: Some(m.step.citation),
    })
}

/// Everything due across the cases, the overdue first, then by date (the overdue ones, being past, come first in
/// date order too).
pub fn agenda<'a>(cases: impl IntoIterator<Item = &'a Answers>, now: NaiveDateTime) -> Vec<Item> {
    order(cases.into_iter().map(|a| next_due(a, now)), now)
}

/// [`agenda`] for what is due next in each case, already found ([`next_due`], in the cases' order).
pub fn order(dues: impl IntoIterator<Item = Option<Deadline>>, now: NaiveDateTime) -> Vec<Item> {
    let mut items: Vec<Item> = dues
        .into_iter()
        .enumerate()
        .filter_map(|(case, d)| {
            let deadline = d?;
            Some(Item {
                case,
                deadline,
                overdue: deadline.by < now,
            })
        })
        .collect();
    items.sort_by_key(|i| (i.deadline.by, i.case));
    items
}

/// A day's midnight, for "now" given as a date.
pub fn start_of(day: NaiveDate) -> NaiveDateTime {
    day.and_time(chrono::NaiveTime::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Category, Channel};
    use crate::editions::EditionId;
    use crate::evidence::{Grade, Locator};
    use crate::flow::{Need, Who};
    use crate::sources::SourceId;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
        day(y, m, d).and_hms_opt(h, min, 0).unwrap()
    }

    /// The clause a deadline's day is set by, as a reader finds it, and its grade.
    fn basis(d: Deadline) -> (Locator, Grade) {
        let c = d
            .basis
            .expect("a deadline the provider or the applicant keeps has its clause");
        assert_eq!(c.source, SourceId::Zhambyl36Regulation);
        (c.locator, c.grade)
    }

    /// Edition B, an employer's first permit at the office, category 3, handed in on Mon 4 Dec 2017 at 10:00.
    fn b_first() -> Answers {
        Answers {
            who: Some(Who::Employer),
            edition: Some(EditionId::Zhambyl2017),
            need: Some(Need::First),
            channel: Some(Channel::Office),
            category: Some(Category::Three),
            submitted: Some(at(2017, 12, 4, 10, 0)),
            ..Answers::default()
        }
    }

    /// The stages of one case, followed by its real dates (the same case as e2e/notice.spec.js): before 4 December
    /// the package is to be handed in; then the notice is due by the latest day the steps allow, Fri 15 Dec 2017
    /// (clauses 5.1–5.7); received on Fri 29 Dec, the fee proof is due within 10 working days, by Tue 16 Jan 2018
    /// (1–2 January are days off; 7 January, Orthodox Christmas, falls on a Sunday and never moves, so Mon 8 Jan is a
    /// working day: EVIDENCE.md §5); once it is done, the permit.
    #[test]
    fn a_case_moves_through_its_stages_with_its_real_dates() {
        let mut a = b_first();
        assert_eq!(
            next_due(&a, at(2017, 12, 1, 9, 0)),
            Some(Deadline {
                due: Due::HandIn,
                by: at(2017, 12, 4, 10, 0),
                basis: None
            })
        );
        let d = next_due(&a, at(2017, 12, 5, 9, 0)).unwrap();
        assert_eq!((d.due, d.by.date()), (Due::Notice, day(2017, 12, 15)));
        // The notice's day is the end of the step that sends it: Edition B clause 5.7 (the seed, S).
        assert_eq!(basis(d), (Locator::sub_clause(5, 7), Grade::S));
        a.notice_received = Some(day(2017, 12, 29));
        let d = next_due(&a, at(2018, 1, 3, 9, 0)).unwrap();
        assert_eq!(d.due, Due::ApplicantStep(StepKind::BHandsInFeeProof));
        assert_eq!(d.by.date(), day(2018, 1, 16));
        assert_eq!(basis(d), (Locator::sub_clause(5, 8), Grade::S));
        // Planned for 10 January: until that day it is still due; from it, the permit is awaited.
        a.applicant_done = Some(day(2018, 1, 10));
        assert!(matches!(
            next_due(&a, at(2018, 1, 9, 9, 0)),
            Some(Deadline {
                due: Due::ApplicantStep(_),
                ..
            })
        ));
        let d = next_due(&a, at(2018, 1, 11, 9, 0)).unwrap();
        let (due, by) = (d.due, d.by);
        assert_eq!(due, Due::Result);
        // The permit: the last step, handing it over (clause 5.10).
        assert_eq!(basis(d), (Locator::sub_clause(5, 10), Grade::S));
        assert_eq!(due.stage(), Stage::ApplicantStepDone);
        assert_eq!(Due::HandIn.stage(), Stage::Preparing);
        assert_eq!(Due::Notice.stage(), Stage::HandedIn);
        assert!(by.date() > day(2018, 1, 10));
        // Answers not complete: nothing due.
        assert_eq!(next_due(&Answers::default(), at(2018, 1, 11, 9, 0)), None);
        assert_eq!(stage(&Answers::default(), at(2018, 1, 11, 9, 0)), None);
    }

    /// The last stage, recorded by the user: the permit received on Tue 23 Jan 2018 (or refused). From that day
    /// nothing is due; before it, the recorded day is not yet a result and the permit is still awaited.
    #[test]
    fn a_recorded_outcome_ends_what_is_due() {
        let mut a = b_first();
        a.notice_received = Some(day(2017, 12, 29));
        a.applicant_done = Some(day(2018, 1, 10));
        let before = at(2018, 1, 22, 9, 0);
        let after = at(2018, 1, 23, 9, 0);
        assert_eq!(stage(&a, before), Some(Stage::ApplicantStepDone));
        for (outcome, last) in [
            (Outcome::Received, Stage::PermitReceived),
            (Outcome::Refused, Stage::Refused),
        ] {
            a.outcome = Some((outcome, day(2018, 1, 23)));
            assert_eq!(stage(&a, before), Some(Stage::ApplicantStepDone));
            assert!(matches!(
                next_due(&a, before),
                Some(Deadline {
                    due: Due::Result,
                    ..
                })
            ));
            assert_eq!(stage(&a, after), Some(last));
            assert_eq!(next_due(&a, after), None);
            assert!(agenda([&a], after).is_empty());
        }
        // A refusal can come before any notice (an incomplete package, Edition A 7.3, Edition B clause 10): the case
        // handed in on 4 December, refused on 6 December, has nothing due any more.
        let mut refused = b_first();
        refused.outcome = Some((Outcome::Refused, day(2017, 12, 6)));
        assert_eq!(
            stage(&refused, at(2017, 12, 6, 18, 0)),
            Some(Stage::Refused)
        );
        assert!(Stage::Refused > Stage::ApplicantStepDone);
    }

    /// The day of an outcome: not before the package was handed in (Mon 4 Dec 2017), not after today.
    #[test]
    fn an_outcome_is_not_recorded_before_handing_in_or_ahead_of_today() {
        let a = b_first();
        let today = day(2018, 1, 10);
        assert_eq!(
            refuse_outcome(&a, day(2017, 12, 1), today),
            Some(OutcomeRefused::BeforeRecorded(
                Recorded::HandedIn,
                day(2017, 12, 4)
            ))
        );
        assert_eq!(refuse_outcome(&a, day(2017, 12, 4), today), None);
        assert_eq!(refuse_outcome(&a, today, today), None);
        assert_eq!(
            refuse_outcome(&a, day(2018, 1, 11), today),
            Some(OutcomeRefused::AfterToday)
        );
        assert_eq!(
            refuse_outcome(&Answers::default(), today, today),
            Some(OutcomeRefused::NotHandedIn)
        );
    }

    /// Nor before the notice received (Fri 29 Dec 2017) or the applicant's step done (Wed 10 Jan 2018), once recorded:
    /// the last of them is the one named.
    #[test]
    fn an_outcome_is_not_recorded_before_the_notice_or_the_step_done() {
        let today = day(2018, 1, 23);
        let mut a = b_first();
        a.notice_received = Some(day(2017, 12, 29));
        assert_eq!(
            refuse_outcome(&a, day(2017, 12, 28), today),
            Some(OutcomeRefused::BeforeRecorded(
                Recorded::NoticeReceived,
                day(2017, 12, 29)
            ))
        );
        assert_eq!(refuse_outcome(&a, day(2017, 12, 29), today), None);
        a.applicant_done = Some(day(2018, 1, 10));
        assert_eq!(
            refuse_outcome(&a, day(2018, 1, 9), today),
            Some(OutcomeRefused::BeforeRecorded(
                Recorded::ApplicantStepDone,
                day(2018, 1, 10)
            ))
        );
        assert_eq!(refuse_outcome(&a, day(2018, 1, 10), today), None);
    }

    /// Three cases under a test clock of Wed 10 Jan 2018, 12:00: one whose notice is late (due 15 Dec), one whose fee
    /// proof is due on 16 Jan, one still to be handed in on 1 Feb. The late one leads, then by date.
    #[test]
    fn the_agenda_puts_the_overdue_first_then_orders_by_date() {
        let late = b_first();
        let mut fee = b_first();
        fee.notice_received = Some(day(2017, 12, 29));
        let mut later = b_first();
        later.submitted = Some(at(2018, 2, 1, 10, 0));
        let now = at(2018, 1, 10, 12, 0);
        let items = agenda([&later, &fee, &late, &Answers::default()], now);
        let order: Vec<(usize, bool)> = items.iter().map(|i| (i.case, i.overdue)).collect();
        assert_eq!(order, [(2, true), (1, false), (0, false)]);
        assert!(items[0].deadline.due.by_provider());
        assert_eq!(items[2].deadline.due, Due::HandIn);
        assert_eq!(start_of(day(2018, 1, 10)), at(2018, 1, 10, 0, 0));
    }
}
