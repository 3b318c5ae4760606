//! How terms are counted: one named, documented set of rules the interface can explain.
//!
//! Grounds: EVIDENCE.md §5 — a term counted in days starts on the day after the event that starts it, and a term whose
//! last day is not a working day ends on the next working day (Law "On administrative procedures" No. 107-II,
//! article 12-1, and the Civil Code; grade C). Office hours are not in either seed (grade U): the default below is an
//! assumption the user can change.
//!
//! The rules:
//! 1. **Registration.** A package handed in at the office is registered at that moment if it is inside office hours
//!    on a working day and before the reception cut-off, otherwise at the next moment the office is open. Edition B's
//!    portal result counts from the moment the request is sent, at any hour and on any day (clause 9, sub-clause 11,
//!    S); the reading that a request sent after hours is taken on the next working day is U (EVIDENCE §5) and is shown
//!    beside it where it gives a later date. Edition A's portal (clause 11 gives no times) takes office hours.
//! 2. **Office hours.** Default Monday–Friday plus working weekend days, 09:00–18:30, break 13:00–14:30, reception of
//!    documents until 17:30 (an assumption, EVIDENCE §5).
//! 3. **Minutes and hours** consume office time from the end of the step before (skipping the break, nights and
//!    non-working days).
//! 4. **N working days** starting at instant T end at the close of the N-th working day after T's date; T's own date
//!    is not counted.
//! 5. **N calendar days** end at the end of the N-th day after the start; if that day is not a working day, at the
//!    close of the next working day.
//! 6. **Latest schedule.** Every step takes its whole limit; an applicant's own step may instead be given an actual
//!    date, and every later step follows from it (see `timeline`).

use chrono::{Duration, NaiveDate, NaiveDateTime, NaiveTime};

use super::calendar::{self, CalendarError};
use super::evidence::{Citation, Locator, Part, Place};
use crate::sources::SourceId;

/// The provider's office hours on a working day. Not in the seeds (U): an assumption the user can change.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OfficeHours {
    pub opens: NaiveTime,
    pub closes: NaiveTime,
    /// The lunch break, if any: (start, end).
    pub break_time: Option<(NaiveTime, NaiveTime)>,
    /// The office receives documents until this time; a package handed in later counts from the next opening.
    pub reception_until: NaiveTime,
}

/// Why a package handed in at the office counts from a later moment than the one it was handed in at: the office
/// hours are an assumption (U, EVIDENCE §5), and so is each of these but the day off.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moved {
    /// On a day off (a weekend day or a holiday): from the next working day's opening.
    DayOff,
    /// Before the office opens: from its opening.
    BeforeOpening,
    /// In the break: from its end.
    InTheBreak,
    /// After the office closes: from the next working day's opening.
    AfterClosing,
    /// After the reception of documents ends, before closing: from the next working day's opening.
    AfterReception,
}

/// Office hours the user set that cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfficeHoursError {
    /// Opening must be before closing.
    ClosesBeforeOpening,
    /// The break must lie inside the opening hours and start before it ends.
    BreakOutsideHours,
    /// The reception cut-off must be after opening, not after closing, and not inside the break.
    ReceptionOutsideHours,
}

impl std::fmt::Display for OfficeHoursError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            OfficeHoursError::ClosesBeforeOpening => "office hours: the office must open before it closes",
            OfficeHoursError::BreakOutsideHours => {
                "office hours: the break must start after opening, end before closing, and start before it ends"
            }
            OfficeHoursError::ReceptionOutsideHours => {
                "office hours: reception must end after opening, not after closing, and not inside the break"
            }
        })
    }
}

const fn hm(h: u32, m: u32) -> NaiveTime {
    match NaiveTime::from_hms_opt(h, m, 0) {
        Some(t) => t,
        None => panic!("invalid time"),
    }
}

/// What the default office hours rest on.
pub const OFFICE_HOURS_CITATION: Citation = Citation::of(
    SourceId::OfficeHoursAssumption,
    Locator::at(Place::Part(Part::Assumption)),
);

/// What the counting rules of days rest on: the Law "On administrative procedures", article 12-1, and the Civil
/// Code's general rule (C, EVIDENCE §5). Rules 4 and 5 (and the day after the event that starts a term) apply it.
pub const COUNTING_CITATION: Citation = Citation::whole(SourceId::AdministrativeProceduresLaw);

/// What the reading "a portal request sent after hours is taken on the next working day" rests on: the common
/// wording of standards of that time, in neither of these two regulations (U, EVIDENCE §5).
pub const PORTAL_NEXT_WORKING_DAY_CITATION: Citation = Citation::of(
    SourceId::PortalNextWorkingDayAssumption,
    Locator::at(Place::Part(Part::Assumption)),
);

/// A counting rule; the wording layer words it (`ruqsat_wording::rules::counting::rule`) and the interface shows
/// the rules behind one click.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountingRule {
    /// Rule 1: a package is registered when handed in within office hours before the reception cut-off, otherwise
    /// when the office next opens; Edition B's portal counts from the moment the request is sent.
    Registration,
    /// Rule 2: the default office hours (an assumption): [`OfficeHours::default`].
    OfficeHours,
    /// Rule 3: minutes and hours consume office time from the end of the step before.
    MinutesAndHours,
    /// Rule 4: N working days end at the close of the N-th working day after the start's date.
    WorkingDays,
    /// Rule 5: N calendar days end at the end of the N-th day, or the close of the next working day.
    CalendarDays,
    /// Rule 6: the latest schedule; an applicant's own step may be given an actual date.
    LatestSchedule,
}

impl CountingRule {
    /// The rule's number, from 1, as `timeline::Milestone::rule` gives it.
    pub const fn number(self) -> u8 {
        match self {
            CountingRule::Registration => 1,
            CountingRule::OfficeHours => 2,
            CountingRule::MinutesAndHours => 3,
            CountingRule::WorkingDays => 4,
            CountingRule::CalendarDays => 5,
            CountingRule::LatestSchedule => 6,
        }
    }

    /// The rule of this number (from 1), as `timeline::Milestone::rule` gives it.
    pub const fn numbered(n: u8) -> Option<CountingRule> {
        match n {
            1..=6 => Some(RULES[n as usize - 1]),
            _ => None,
        }
    }

    /// What the rule rests on: registration and office time rest on the office hours, an assumption (U); the
    /// counting of days on the Law "On administrative procedures" (C).
    pub const fn citation(self) -> Citation {
        match self {
            CountingRule::Registration
            | CountingRule::OfficeHours
            | CountingRule::MinutesAndHours => OFFICE_HOURS_CITATION,
            CountingRule::WorkingDays
            | CountingRule::CalendarDays
            | CountingRule::LatestSchedule => COUNTING_CITATION,
        }
    }
}

/// The counting rules in their order; the interface shows them behind one click.
pub const RULES: [CountingRule; 6] = [
    CountingRule::Registration,
    CountingRule::OfficeHours,
    CountingRule::MinutesAndHours,
    CountingRule::WorkingDays,
    CountingRule::CalendarDays,
    CountingRule::LatestSchedule,
];

/// The time a calendar-day step ends on a working day: the end of that day.
pub const END_OF_DAY: NaiveTime = hm(23, 59);

impl Default for OfficeHours {
    /// Monday–Friday plus working weekend days, 09:00–18:30, break 13:00–14:30, reception of documents until 17:30
    /// (an assumption, EVIDENCE §5).
    fn default() -> Self {
        OfficeHours {
            opens: hm(9, 0),
            closes: hm(18, 30),
            break_time: Some((hm(13, 0), hm(14, 30))),
            reception_until: hm(17, 30),
        }
    }
}

impl OfficeHours {
    /// Office hours after checking that they make sense.
    pub fn new(
        opens: NaiveTime,
        closes: NaiveTime,
        break_time: Option<(NaiveTime, NaiveTime)>,
        reception_until: NaiveTime,
    ) -> Result<Self, OfficeHoursError> {
        if opens >= closes {
            return Err(OfficeHoursError::ClosesBeforeOpening);
        }
        if let Some((from, to)) = break_time {
            if !(opens < from && from < to && to < closes) {
                return Err(OfficeHoursError::BreakOutsideHours);
            }
        }
        let in_break =
            break_time.is_some_and(|(from, to)| from < reception_until && reception_until <= to);
        if !(opens < reception_until && reception_until <= closes) || in_break {
            return Err(OfficeHoursError::ReceptionOutsideHours);
        }
        Ok(OfficeHours {
            opens,
            closes,
            break_time,
            reception_until,
        })
    }

    /// Office minutes in one working day.
    pub fn minutes_per_day(&self) -> i64 {
        let open = (self.closes - self.opens).num_minutes();
        let pause = self.break_time.map_or(0, |(a, b)| (b - a).num_minutes());
        open - pause
    }

    fn is_open_at(&self, t: NaiveTime) -> bool {
        t >= self.opens && t < self.closes && !self.break_time.is_some_and(|(a, b)| t >= a && t < b)
    }

    /// Rule 1: the moment a package handed in at `at` is registered.
    pub fn register(&self, at: NaiveDateTime) -> Result<NaiveDateTime, CalendarError> {
        if calendar::is_working(at.date())? && self.is_open_at(at.time()) {
            Ok(at)
        } else {
            self.next_opening(at)
        }
    }

    /// Rule 1 at the office: the moment a package handed in at `at` is received. After the reception cut-off, at a
    /// time the office is closed or on a day off, it counts as handed in at the next opening before the cut-off.
    pub fn receive(&self, at: NaiveDateTime) -> Result<NaiveDateTime, CalendarError> {
        let open = self.register(at)?;
        if open.time() < self.reception_until {
            Ok(open)
        } else {
            Ok(calendar::next_working_day(open.date())?.and_time(self.opens))
        }
    }

    /// Why a package handed in at the office at `at` does not count from that moment (the reason [`Self::receive`]
    /// moves it), or `None` when it counts at once.
    pub fn why_moved(&self, at: NaiveDateTime) -> Result<Option<Moved>, CalendarError> {
        let t = at.time();
        Ok(if !calendar::is_working(at.date())? {
            Some(Moved::DayOff)
        } else if t < self.opens {
            Some(Moved::BeforeOpening)
        } else if self.break_time.is_some_and(|(a, b)| t >= a && t < b) {
            Some(Moved::InTheBreak)
        } else if t >= self.closes {
            Some(Moved::AfterClosing)
        } else if t >= self.reception_until {
            Some(Moved::AfterReception)
        } else {
            None
        })
    }

    /// The first moment at or after `at` when the office is open.
    pub fn next_opening(&self, at: NaiveDateTime) -> Result<NaiveDateTime, CalendarError> {
        let (date, t) = (at.date(), at.time());
        if calendar::is_working(date)? {
            if t < self.opens {
                return Ok(date.and_time(self.opens));
            }
            if let Some((a, b)) = self.break_time {
                if t >= a && t < b {
                    return Ok(date.and_time(b));
                }
            }
            if self.is_open_at(t) {
                return Ok(at);
            }
        }
        Ok(calendar::next_working_day(date)?.and_time(self.opens))
    }

    /// Rule 3: the instant `minutes` of office time after `from`.
    pub fn add_office_minutes(
        &self,
        from: NaiveDateTime,
        minutes: u32,
    ) -> Result<NaiveDateTime, CalendarError> {
        let mut left = i64::from(minutes);
        let mut at = from;
        loop {
            if left == 0 {
                return Ok(at);
            }
            at = self.next_opening(at)?;
            // The end of the open stretch `at` is in: the break or the close.
            let stretch_end = match self.break_time {
                Some((a, _)) if at.time() < a => a,
                _ => self.closes,
            };
            let available = (stretch_end - at.time()).num_minutes();
            if left <= available {
                return Ok(at + Duration::minutes(left));
            }
            left -= available;
            at = at.date().and_time(stretch_end);
        }
    }

    /// Rule 4: the close of the N-th working day after `from`'s date.
    pub fn add_working_days(
        &self,
        from: NaiveDateTime,
        n: u32,
    ) -> Result<NaiveDateTime, CalendarError> {
        Ok(calendar::nth_working_day_after(from.date(), n)?.and_time(self.closes))
    }

    /// Rule 5: the end of the N-th calendar day after `from`, or the close of the next working day when that day is
    /// not a working day.
    pub fn add_calendar_days(
        &self,
        from: NaiveDateTime,
        n: u32,
    ) -> Result<NaiveDateTime, CalendarError> {
        let last = from.date() + Duration::days(i64::from(n));
        if calendar::is_working(last)? {
            Ok(last.and_time(END_OF_DAY))
        } else {
            Ok(calendar::next_working_day(last)?.and_time(self.closes))
        }
    }
}

/// The non-working days strictly between two instants' dates and on the last one, i.e. the days off that stretch a
/// step from `start` to `end`.
pub fn days_off_within(start: NaiveDateTime, end: NaiveDateTime) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = start.date();
    while d < end.date() {
        d = match d.succ_opt() {
            Some(next) => next,
            None => break,
        };
        if calendar::is_working(d) == Ok(false) {
            out.push(d);
        }
    }
    out
}

/// The days off that stretch a step of this limit from `start` to `end`, the ones the timeline lists beside it. For
/// working days and office hours, every day off on the way ([`days_off_within`]). A term in calendar days counts
/// its days off like any other day: only those from its last day on stretch it, when that day is not a working
/// day and the end moves to the next one.
pub fn days_off_stretching(
    limit: super::procedures::Limit,
    start: NaiveDateTime,
    end: NaiveDateTime,
) -> Vec<NaiveDate> {
    let mut days = days_off_within(start, end);
    if let super::procedures::Limit::CalendarDays(n) = limit {
        let last = start.date() + Duration::days(i64::from(n));
        days.retain(|d| *d >= last);
    }
    days
}
