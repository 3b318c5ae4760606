//! When to file for an extension, given the date the current permit expires (issue 12, section 3).
//!
//! Only Edition B's general permit has a source: the extension is filed at least 30 calendar days before the permit
//! expires; from 2020, no earlier than 60 and no later than 30 days before (C: lwp.kz, regulations/EVIDENCE.md §1,
//! the same record as the eligibility note `b-extension-filing-time`). For Edition A and for an intra-corporate
//! transfer no source says (U).

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::B_EXTENSION_TIMING;
use crate::calendar;
use crate::case::{Case, ServiceKind, Track};
use crate::editions::EditionId;
use crate::evidence::Citation;
use crate::sources::SourceId;

/// Filed no later than this many calendar days before the permit expires.
pub const LATEST_DAYS_BEFORE_EXPIRY: i64 = 30;
/// From [`EARLIEST_LIMIT_FROM`], filed no earlier than this many calendar days before the permit expires.
pub const EARLIEST_DAYS_BEFORE_EXPIRY: i64 = 60;
/// The year the earliest limit starts ("from 2020"): it applies where the latest day to file falls in 2020 or later.
pub const EARLIEST_LIMIT_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2020, 1, 1) {
    Some(d) => d,
    None => panic!("2020-01-01"),
};

/// The days on which an extension may be filed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FilingWindow {
    pub expires: NaiveDate,
    /// The first day to file, where the source sets one (from 2020).
    pub earliest: Option<NaiveDate>,
    /// The last day to file: 30 calendar days before the expiry.
    pub latest: NaiveDate,
    /// When [`Self::latest`] is a day off: the last working day before it, the last day an office is open to take
    /// the package. Ruqsat's reading (the source counts calendar days and says nothing of days off), so graded C as
    /// the rule it follows from; `None` when the last day is a working day or the calendar does not cover it.
    pub last_working_day: Option<NaiveDate>,
    pub citation: Citation,
}

impl FilingWindow {
    /// Whether a package handed in on `day` is within the window.
    pub fn contains(&self, day: NaiveDate) -> bool {
        day <= self.latest && self.earliest.is_none_or(|e| day >= e)
    }
}

/// When to file, or that no source says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filing {
    Window(FilingWindow),
    /// No source gives the filing time for this edition or track (grade U).
    NotKnown(Citation),
}

/// When to file an extension of a permit that expires on `expires`; `None` when the case is not an extension.
pub fn filing(case: &Case, expires: NaiveDate) -> Option<Filing> {
    if case.service != ServiceKind::Extension {
        return None;
    }
    if case.edition != EditionId::Zhambyl2017 || case.track != Track::General {
        return Some(Filing::NotKnown(Citation::whole(SourceId::NotFound)));
    }
    let latest = expires - Duration::days(LATEST_DAYS_BEFORE_EXPIRY);
    let earliest = (latest >= EARLIEST_LIMIT_FROM)
        .then(|| expires - Duration::days(EARLIEST_DAYS_BEFORE_EXPIRY));
    let last_working_day = calendar::working_day_on_or_before(latest)
        .ok()
        .filter(|&d| d != latest);
    Some(Filing::Window(FilingWindow {
        expires,
        earliest,
        latest,
        last_working_day,
        citation: B_EXTENSION_TIMING,
    }))
}

/// Whether the procedure's expected end comes in time: on or before the day the permit expires (a permit is valid
/// through its last day).
pub fn ends_before_expiry(end: NaiveDateTime, expires: NaiveDate) -> bool {
    end.date() <= expires
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Applicant, Channel};
    use crate::evidence::Grade;
    use crate::timeline::estimate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn b_extension(submitted: NaiveDate) -> Case {
        Case::new(
            EditionId::Zhambyl2017,
            ServiceKind::Extension,
            Track::General,
            Applicant::Employer,
            Channel::Office,
            submitted.and_hms_opt(10, 0, 0).unwrap(),
        )
    }

    /// A permit expiring on Fri 15 Jun 2018: 30 calendar days before is Wed 16 May 2018 (June 15 − 15 days = May 31,
    /// − 15 more = May 16). Before 2020 the source sets no earliest day.
    #[test]
    fn before_2020_file_at_least_30_days_before_expiry() {
        let c = b_extension(day(2018, 5, 2));
        let Some(Filing::Window(w)) = filing(&c, day(2018, 6, 15)) else {
            panic!("a window")
        };
        assert_eq!(w.latest, day(2018, 5, 16));
        // Wednesday 16 May 2018 is a working day: nothing to move.
        assert_eq!(w.last_working_day, None);
        assert_eq!(w.earliest, None);
        assert_eq!(w.citation.grade, Grade::C);
        assert!(w.contains(day(2018, 5, 2)) && w.contains(day(2018, 5, 16)));
        assert!(!w.contains(day(2018, 5, 17)));
    }

    /// A permit expiring on Mon 1 Jun 2020: the latest day is 2 May 2020 (1 Jun − 30 days: May has 31 days, so
    /// 1 Jun − 31 = 1 May, + 1 = 2 May); from 2020 the earliest is 60 days before, 2 Apr 2020 (1 Jun − 30 = 2 May,
    /// − 30 more = 2 Apr, April having 30 days).
    #[test]
    fn from_2020_file_between_60_and_30_days_before_expiry() {
        let c = b_extension(day(2020, 4, 20));
        let Some(Filing::Window(w)) = filing(&c, day(2020, 6, 1)) else {
            panic!("a window")
        };
        assert_eq!(
            (w.earliest, w.latest),
            (Some(day(2020, 4, 2)), day(2020, 5, 2))
        );
        assert!(!w.contains(day(2020, 4, 1)));
        assert!(w.contains(day(2020, 4, 2)) && w.contains(day(2020, 5, 2)));
        assert!(!w.contains(day(2020, 5, 3)));
        // A permit expiring on 30 Jan 2020: the latest day is 31 Dec 2019, before 2020: no earliest day.
        let Some(Filing::Window(w)) = filing(&c, day(2020, 1, 30)) else {
            panic!("a window")
        };
        assert_eq!((w.earliest, w.latest), (None, day(2019, 12, 31)));
    }

    /// Edition B, general extension at the office handed in on Wed 2 May 2018 at 10:00 (registered then): 5.1–5.4
    /// take 80 minutes; 5.5's 3 WD are Thu 3, Fri 4 and Sat 5 May (a working Saturday: decree P1700000864 moved its
    /// day off to Tue 8 May); 5.6 the next working morning, Thu 10 May (7 May Defender's Day, 8 May the moved day
    /// off, 9 May Victory Day); 5.7 the notice by Fri 11 May; the fee proof 10 WD, 14–25 May; 5.8–5.9 on the morning
    /// of Mon 28 May; 5.10 by the close of Tue 29 May. In time for a permit expiring on 29 May, not for one on 28 May.
    #[test]
    fn the_expected_end_is_compared_with_the_expiry() {
        let c = b_extension(day(2018, 5, 2));
        let end = estimate(&c).unwrap().last_end().unwrap();
        assert_eq!(end, day(2018, 5, 29).and_hms_opt(18, 30, 0).unwrap());
        assert!(ends_before_expiry(end, day(2018, 5, 29)));
        assert!(!ends_before_expiry(end, day(2018, 5, 28)));
    }

    /// A permit expiring on Mon 8 Apr 2019: 30 calendar days before is Sat 9 Mar 2019 (8 Apr − 8 = 31 Mar, − 22 more
    /// = 9 Mar), a day off; Fri 8 Mar is International Women's Day, so the last working day to hand in at an office is
    /// Thu 7 Mar 2019. The window itself still ends on the 9th (a portal request is taken on any day).
    #[test]
    fn a_last_day_that_is_a_day_off_names_the_working_day_before_it() {
        let c = b_extension(day(2019, 2, 20));
        let Some(Filing::Window(w)) = filing(&c, day(2019, 4, 8)) else {
            panic!("a window")
        };
        assert_eq!(w.latest, day(2019, 3, 9));
        assert_eq!(w.last_working_day, Some(day(2019, 3, 7)));
        assert!(w.contains(day(2019, 3, 9)));
    }

    #[test]
    fn no_source_for_edition_a_or_a_transfer_and_none_for_an_issue() {
        let mut c = b_extension(day(2018, 5, 2));
        c.track = Track::IntraCorporateTransfer;
        assert!(matches!(
            filing(&c, day(2018, 6, 15)),
            Some(Filing::NotKnown(n)) if n.grade == Grade::U
        ));
        c.track = Track::General;
        c.edition = EditionId::WestKazakhstan2014;
        assert!(matches!(
            filing(&c, day(2015, 6, 15)),
            Some(Filing::NotKnown(_))
        ));
        c.edition = EditionId::Zhambyl2017;
        c.service = ServiceKind::Issue;
        assert_eq!(filing(&c, day(2018, 6, 15)), None);
    }
}
