//! `estimate(case)`: the expected timeline of a case — every step in order with its actor, limit, clause, start and
//! end in office local time — and Edition A's statutory deadline beside the sum of the steps.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::calendar::{CalendarError, LAST_VERIFIED_YEAR};
use super::case::{Case, Channel};
use super::counting::{OfficeHours, PORTAL_NEXT_WORKING_DAY_CITATION};
use super::editions::{DateKnown, EditionId};
use super::evidence::{Citation, Locator};
use super::procedures::{self, Limit, NotOffered, Procedure, ProcedureNote, Step, StepKind};
use crate::sources::SourceId;

/// One step placed on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Milestone {
    pub step: &'static Step,
    pub starts: NaiveDateTime,
    /// `None` for a step with no limit (collected "when the applicant asks") and no actual date given.
    pub ends: Option<NaiveDateTime>,
    /// Which counting rule placed the end (see `counting::RULES`, numbered from 1).
    pub rule: u8,
    /// The end is the actual date the applicant gave, not the latest the limit allows.
    pub actual: bool,
    /// The step touches a year whose calendar is computed without transfer decrees (2026 on).
    pub estimated: bool,
}

impl Milestone {
    pub const fn by_applicant(&self) -> bool {
        self.step.by_applicant
    }

    pub const fn clause(&self) -> Citation {
        self.step.citation
    }
}

/// Edition A's clause 4 total, counted from the registration of the package.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StatutoryDeadline {
    pub working_days: u32,
    pub ends: NaiveDateTime,
    pub citation: Citation,
    /// How the total stands to the steps (`StatutoryTerm::note`).
    pub note: ProcedureNote,
}

/// Edition B's portal term read as "a request sent after hours is taken on the next working day" (U, EVIDENCE §5),
/// kept only where it gives a later date than the regulation's own reading (clause 9.11: from the moment sent).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortalNextWorkingDay {
    /// When the request would be taken: the office's next opening.
    pub taken: NaiveDateTime,
    /// The portal's result under that reading.
    pub result_ends: NaiveDateTime,
    /// The end of the last step under that reading (`None` if it cannot be placed, an actual date before its notice).
    pub last_end: Option<NaiveDateTime>,
    pub citation: Citation,
}

/// What an expected end rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EndBasis {
    /// Edition A's statutory total (clause 4), counted from the registration.
    StatutoryTotal,
    /// Every step taking its whole limit, one after the other (rule 6).
    Steps,
    /// The steps after Edition B's portal request taken on the next working day (an assumption, U).
    PortalNextWorkingDay,
}

crate::codes!(EndBasis {
    StatutoryTotal => "statutory-total",
    Steps => "steps",
    PortalNextWorkingDay => "portal-next-working-day",
});

/// One expected end of a case, with its basis: a timeline has one or two, and every place that shows an expected end
/// shows each ([`Timeline::expected_ends`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExpectedEnd {
    pub basis: EndBasis,
    pub ends: NaiveDateTime,
    /// The working days the figure adds up to, where it is a count of working days.
    pub working_days: Option<u32>,
    pub citation: Citation,
}

/// Something the person should know about the estimate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Warning {
    /// The submission date is before the edition came into force.
    EditionNotYetInForce {
        submitted: NaiveDate,
        in_force_from: DateKnown,
    },
    /// The submission date is on or after the earliest date the edition lost force.
    EditionNoLongerInForce {
        submitted: NaiveDate,
        lost_force: DateKnown,
    },
    /// The applicant's actual date is after the latest date the regulation allows for that step.
    ApplicantStepLate {
        given: NaiveDate,
        limit_ends: NaiveDateTime,
    },
    /// Dates from 2026 on are computed without any transfer decree: estimates.
    EstimatedCalendar,
    /// The notice was received after the latest date the provider's steps allow: the provider was late. The
    /// applicant's deadline still counts from the notice received. `appeal`: where the regulation says how to
    /// complain of a provider's inaction (Edition A clause 13); `None` where the seed says nothing of it (Edition B).
    ProviderLate {
        notice_received: NaiveDate,
        latest: NaiveDateTime,
        appeal: Option<Citation>,
    },
}

/// Where the applicant's own deadline counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CountedFrom {
    /// The date the notice was actually received, as the user gave it.
    NoticeReceived(NaiveDate),
    /// No date given: the latest moment the provider's steps allow for the notice.
    LatestNotice(NaiveDateTime),
}

impl CountedFrom {
    pub const fn date(self) -> NaiveDate {
        match self {
            CountedFrom::NoticeReceived(d) => d,
            CountedFrom::LatestNotice(at) => at.date(),
        }
    }
}

/// Why the applicant's term starts at the notice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineBasis {
    /// The clause itself says so: Edition A clause 7.5, "хабарламаны алғаннан кейін" (after receiving the notice).
    ClauseNamesTheNotice,
    /// The clause gives no start (Edition B clause 5.8: "после сдачи в течение 10 (десяти) рабочих дней"); "from the
    /// notice" is read from the order of the steps (EVIDENCE §4): the notice of 5.7 is the step before it.
    ReadFromTheOrderOfTheSteps,
}

crate::codes!(DeadlineBasis {
    ClauseNamesTheNotice => "clause-names-the-notice",
    ReadFromTheOrderOfTheSteps => "read-from-the-order-of-the-steps"
});

/// The applicant's own deadline, apart from the date the applicant plans or did the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApplicantDeadline {
    /// The index of the applicant's step in `Timeline::milestones`.
    pub milestone: usize,
    pub working_days: u32,
    pub counted_from: CountedFrom,
    /// The close of the last working day of the term (rule 4).
    pub ends: NaiveDateTime,
    /// The clause that sets the term.
    pub citation: Citation,
    pub basis: DeadlineBasis,
}

/// Why an applicant's step starts at the notice; `None` for a step with no term (collected on request).
const fn deadline_basis(step: &Step) -> Option<DeadlineBasis> {
    match step.kind {
        StepKind::AHandsInGuaranteeDocuments => Some(DeadlineBasis::ClauseNamesTheNotice),
        StepKind::BHandsInFeeProof => Some(DeadlineBasis::ReadFromTheOrderOfTheSteps),
        _ => None,
    }
}

/// Where a regulation says how to appeal against the provider's decisions, actions or inaction: Edition A clause 13
/// (by section 3 of the standard). Edition B's seed has no such clause.
pub const fn appeal(edition: EditionId) -> Option<Citation> {
    match edition {
        EditionId::WestKazakhstan2014 => Some(Citation::of(
            SourceId::Wko176Regulation,
            Locator::clause(13),
        )),
        EditionId::Zhambyl2017 => None,
    }
}

/// The whole estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub procedure: &'static Procedure,
    pub handed_in: NaiveDateTime,
    /// Rule 1: when the package counts as registered.
    pub registered: NaiveDateTime,
    pub milestones: Vec<Milestone>,
    pub statutory_deadline: Option<StatutoryDeadline>,
    /// The provider's and the applicant's working days as the steps state them.
    pub step_sums: (u32, u32),
    pub warnings: Vec<Warning>,
    pub office_hours: OfficeHours,
    /// The applicant's own deadline, where the procedure has a step of the applicant's with a term.
    pub applicant_deadline: Option<ApplicantDeadline>,
    /// Edition B's portal: the after-hours reading, where it gives a later date.
    pub portal_next_working_day: Option<PortalNextWorkingDay>,
}

impl Timeline {
    /// The end of the last step that has one.
    pub fn last_end(&self) -> Option<NaiveDateTime> {
        self.milestones.iter().rev().find_map(|m| m.ends)
    }

    /// Every expected end of the case, each with its basis: Edition A's clause 4 total beside the steps' end, and
    /// Edition B's portal after-hours reading beside the regulation's where it gives a later date.
    pub fn expected_ends(&self) -> Vec<ExpectedEnd> {
        let mut out = Vec::with_capacity(2);
        if let Some(d) = self.statutory_deadline {
            out.push(ExpectedEnd {
                basis: EndBasis::StatutoryTotal,
                ends: d.ends,
                working_days: Some(d.working_days),
                citation: d.citation,
            });
        }
        let counted_in_working_days = !self
            .procedure
            .steps
            .iter()
            .any(|s| matches!(s.limit, Limit::CalendarDays(_)));
        // With a real date given (the notice received, the applicant's step done), the steps no longer all take
        // their whole limits: the end still follows from them, but the sum of the limits is no longer its count.
        let real_dates = self.milestones.iter().any(|m| m.actual)
            || self
                .applicant_deadline
                .is_some_and(|d| matches!(d.counted_from, CountedFrom::NoticeReceived(_)));
        if let Some(last) = self.milestones.iter().rev().find(|m| m.ends.is_some()) {
            let (provider, applicant) = self.step_sums;
            out.push(ExpectedEnd {
                basis: EndBasis::Steps,
                ends: last.ends.unwrap_or(last.starts),
                working_days: (counted_in_working_days && !real_dates)
                    .then_some(provider + applicant),
                citation: last.clause(),
            });
        }
        if let Some(p) = self.portal_next_working_day {
            if let Some(ends) = p.last_end {
                out.push(ExpectedEnd {
                    basis: EndBasis::PortalNextWorkingDay,
                    ends,
                    working_days: None,
                    citation: p.citation,
                });
            }
        }
        out
    }
}

/// Why no timeline can be given (the command-line program words it: `ruqsat_cli`'s `estimate_error`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EstimateError {
    NotOffered(NotOffered),
    Calendar(CalendarError),
    /// An actual date was given, but this procedure has no step of the applicant's own.
    NoApplicantStep,
    /// The applicant's actual date is before the step can start (before the notice).
    ApplicantDoneTooEarly {
        given: NaiveDate,
        earliest: NaiveDate,
    },
    /// The notice cannot have been received before the package was registered.
    NoticeBeforeRegistration {
        given: NaiveDate,
        registered: NaiveDate,
    },
}

impl From<CalendarError> for EstimateError {
    fn from(e: CalendarError) -> Self {
        EstimateError::Calendar(e)
    }
}

/// The timeline of a case with the default office hours.
pub fn estimate(case: &Case) -> Result<Timeline, EstimateError> {
    estimate_with(case, &OfficeHours::default())
}

/// How a portal request's term starts (Edition B).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// The regulation's: from the moment sent (clause 9.11).
    Regulation,
    /// After hours, the next working day (U).
    NextWorkingDay,
}

/// Rule 1: when the package counts as registered. At the office, at once within office hours before the reception
/// cut-off, else at the next opening; by Edition B's portal, the moment it is sent (clause 9.11: "from the moment of
/// application on the portal"); by Edition A's portal (clause 11 gives no times), as the office's hours allow.
fn registration(
    case: &Case,
    hours: &OfficeHours,
    reading: Reading,
) -> Result<NaiveDateTime, CalendarError> {
    match (case.channel, case.edition, reading) {
        (Channel::Office, _, _) => hours.receive(case.submitted),
        (Channel::Portal, EditionId::Zhambyl2017, Reading::Regulation) => Ok(case.submitted),
        (Channel::Portal, _, _) => hours.register(case.submitted),
    }
}

/// The timeline of a case with the given office hours.
pub fn estimate_with(case: &Case, hours: &OfficeHours) -> Result<Timeline, EstimateError> {
    let mut timeline = estimate_reading(case, hours, Reading::Regulation)?;
    if case.channel == Channel::Portal && case.edition == EditionId::Zhambyl2017 {
        let taken = hours.register(case.submitted)?;
        let first = timeline
            .milestones
            .first()
            .and_then(|m| Some((m.step.limit, m.ends?)));
        if let Some((Limit::CalendarDays(n), ends)) = first {
            let result_ends = hours.add_calendar_days(taken, n)?;
            if result_ends.date() > ends.date() {
                timeline.portal_next_working_day = Some(PortalNextWorkingDay {
                    taken,
                    result_ends,
                    last_end: estimate_reading(case, hours, Reading::NextWorkingDay)
                        .ok()
                        .and_then(|t| t.last_end()),
                    citation: PORTAL_NEXT_WORKING_DAY_CITATION,
                });
            }
        }
    }
    Ok(timeline)
}

fn estimate_reading(
    case: &Case,
    hours: &OfficeHours,
    reading: Reading,
) -> Result<Timeline, EstimateError> {
    let procedure = procedures::procedure(
        case.edition,
        case.service,
        case.track,
        case.applicant,
        case.channel,
    )
    .map_err(EstimateError::NotOffered)?;
    let given = case.applicant_done.is_some() || case.notice_received.is_some();
    if given && !procedure.steps.iter().any(|s| s.by_applicant) {
        return Err(EstimateError::NoApplicantStep);
    }

    let registered = registration(case, hours, reading)?;
    let mut warnings = Vec::new();
    let mut milestones = Vec::with_capacity(procedure.steps.len());
    let mut at = registered;
    let mut applicant_deadline = None;
    for step in procedure.steps {
        if let (true, Some(received)) = (step.by_applicant, case.notice_received) {
            // The applicant's step starts at the notice actually received, not at the latest the provider may send it.
            if received < registered.date() {
                return Err(EstimateError::NoticeBeforeRegistration {
                    given: received,
                    registered: registered.date(),
                });
            }
            if received > at.date() {
                warnings.push(Warning::ProviderLate {
                    notice_received: received,
                    latest: at,
                    appeal: appeal(case.edition),
                });
            }
            at = received.and_time(hours.opens);
        }
        let (ends, rule) = match step.limit {
            Limit::Minutes(_) | Limit::Hours(_) => (
                Some(hours.add_office_minutes(at, step.limit.office_minutes().unwrap_or(0))?),
                3,
            ),
            Limit::WorkingDays(n) => (Some(hours.add_working_days(at, n)?), 4),
            Limit::CalendarDays(n) => (Some(hours.add_calendar_days(at, n)?), 5),
            Limit::OnRequest => (None, 6),
        };
        if let (true, Some(basis), Some(deadline), Limit::WorkingDays(n)) =
            (step.by_applicant, deadline_basis(step), ends, step.limit)
        {
            applicant_deadline = Some(ApplicantDeadline {
                milestone: milestones.len(),
                working_days: n,
                counted_from: match case.notice_received {
                    Some(d) => CountedFrom::NoticeReceived(d),
                    None => CountedFrom::LatestNotice(at),
                },
                ends: deadline,
                citation: step.citation,
                basis,
            });
        }
        let (ends, actual) = match (step.by_applicant, case.applicant_done) {
            (true, Some(given)) => {
                if given < at.date() {
                    return Err(EstimateError::ApplicantDoneTooEarly {
                        given,
                        earliest: at.date(),
                    });
                }
                if let Some(limit_ends) = ends {
                    if given > limit_ends.date() {
                        warnings.push(Warning::ApplicantStepLate { given, limit_ends });
                    }
                }
                // Handed in when the office opens that day (or next opens): the assumption the UI states.
                (Some(hours.register(given.and_time(hours.opens))?), true)
            }
            _ => (ends, false),
        };
        let estimated = ends.unwrap_or(at).year() > LAST_VERIFIED_YEAR;
        milestones.push(Milestone {
            step,
            starts: at,
            ends,
            rule,
            actual,
            estimated,
        });
        match ends {
            Some(e) => at = e,
            None => break,
        }
    }

    let statutory_deadline = match procedure.statutory_term {
        Some(term) => Some(StatutoryDeadline {
            working_days: term.working_days,
            ends: hours.add_working_days(registered, term.working_days)?,
            citation: term.citation,
            note: term.note,
        }),
        None => None,
    };

    let validity = &case.edition.edition().validity;
    let submitted = case.submitted.date();
    if submitted < validity.in_force_from.date() {
        warnings.insert(
            0,
            Warning::EditionNotYetInForce {
                submitted,
                in_force_from: validity.in_force_from,
            },
        );
    } else if submitted >= validity.lost_force.date() {
        warnings.insert(
            0,
            Warning::EditionNoLongerInForce {
                submitted,
                lost_force: validity.lost_force,
            },
        );
    }
    let estimated = milestones.iter().any(|m| m.estimated)
        || statutory_deadline.is_some_and(|d| d.ends.year() > LAST_VERIFIED_YEAR)
        || registered.year() > LAST_VERIFIED_YEAR;
    if estimated {
        warnings.push(Warning::EstimatedCalendar);
    }

    Ok(Timeline {
        procedure,
        handed_in: case.submitted,
        registered,
        milestones,
        statutory_deadline,
        step_sums: procedure.working_day_sums(),
        warnings,
        office_hours: *hours,
        applicant_deadline,
        portal_next_working_day: None,
    })
}
