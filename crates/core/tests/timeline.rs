//! `estimate(case)` on worked examples: every date below was counted by hand from the seeds and the calendar, and the
//! comments show the count.

use chrono::{NaiveDate, NaiveDateTime};
use ruqsat_core::case::{Applicant, Case, Channel, ServiceKind, Track};
use ruqsat_core::editions::EditionId;
use ruqsat_core::evidence::{Grade, Locator};
use ruqsat_core::procedures::NotOffered;
use ruqsat_core::timeline::{
    appeal, estimate, CountedFrom, DeadlineBasis, EndBasis, EstimateError, Warning,
};

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}
fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn case(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    applicant: Applicant,
    channel: Channel,
    submitted: NaiveDateTime,
) -> Case {
    Case::new(edition, service, track, applicant, channel, submitted)
}

fn ends(c: &Case) -> Vec<Option<NaiveDateTime>> {
    estimate(c)
        .unwrap()
        .milestones
        .iter()
        .map(|m| m.ends)
        .collect()
}

fn a_employer_issue(submitted: NaiveDateTime) -> Case {
    case(
        EditionId::WestKazakhstan2014,
        ServiceKind::Issue,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        submitted,
    )
}

/// Edition A, employer, first permit, handed in on Monday 1 Sep 2014 at 10:00. Constitution Day (30 Aug) fell on a
/// Saturday, so Monday 1 Sep was a day off: the package is registered on Tuesday 2 Sep at 09:00.
#[test]
fn edition_a_employer_issue_autumn_2014() {
    let c = a_employer_issue(at(2014, 9, 1, 10, 0));
    let t = estimate(&c).unwrap();
    assert_eq!(t.registered, at(2014, 9, 2, 9, 0));
    assert_eq!(
        ends(&c),
        [
            Some(at(2014, 9, 2, 9, 20)),   // 7.1: 20 minutes
            Some(at(2014, 9, 2, 10, 20)),  // 7.2: 1 hour
            Some(at(2014, 9, 9, 18, 30)),  // 7.3: 5 WD — 3, 4, 5, 8, 9 Sep
            Some(at(2014, 9, 30, 18, 30)), // 7.4: 15 WD — 10 Sep … 30 Sep
            Some(at(2014, 10, 3, 18, 30)), // notice: 3 WD — 1, 2, 3 Oct
            // 7.5: the employer's 20 WD for the guarantee documents; Kurban Ait (Sat 4 Oct) never moves, so
            // 6–10, 13–17, 20–24, 27–31 Oct.
            Some(at(2014, 10, 31, 18, 30)),
            Some(at(2014, 11, 5, 18, 30)), // the permit: 3 WD — 3, 4, 5 Nov
        ]
    );
    assert!(t.milestones[5].by_applicant());
    assert_eq!(t.milestones[5].clause().locator, Locator::sub_clause(7, 5));
    // Clause 4's 41 WD from 2 Sep: Sep 3–30 (20), Oct 1–3 (23), 6–10 (28), 13–17 (33), 20–24 (38), 27–29 (41).
    let deadline = t.statutory_deadline.unwrap();
    assert_eq!(
        (deadline.working_days, deadline.ends),
        (41, at(2014, 10, 29, 18, 30))
    );
    assert_eq!(deadline.citation.locator, Locator::sub_clause(4, 1));
    // The steps' own sums: 5 + 15 + 3 + 3 of the provider, 20 of the applicant.
    assert_eq!(t.step_sums, (26, 20));
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
}

#[test]
fn an_actual_applicant_date_moves_every_later_step() {
    let mut c = a_employer_issue(at(2014, 9, 1, 10, 0));
    c.applicant_done = Some(day(2014, 10, 15));
    let t = estimate(&c).unwrap();
    // Handed in when the office opens on Wed 15 Oct; the permit 3 WD later: 16, 17, 20 Oct.
    assert_eq!(t.milestones[5].ends, Some(at(2014, 10, 15, 9, 0)));
    assert!(t.milestones[5].actual);
    assert_eq!(t.milestones[6].ends, Some(at(2014, 10, 20, 18, 30)));
    assert!(t.warnings.is_empty());

    // After the 20 WD limit (31 Oct): still placed, with a warning.
    c.applicant_done = Some(day(2014, 11, 10));
    let t = estimate(&c).unwrap();
    assert_eq!(
        t.warnings,
        [Warning::ApplicantStepLate {
            given: day(2014, 11, 10),
            limit_ends: at(2014, 10, 31, 18, 30)
        }]
    );
    assert_eq!(t.milestones[6].ends, Some(at(2014, 11, 13, 18, 30)));

    // Before the notice (3 Oct): refused.
    c.applicant_done = Some(day(2014, 9, 15));
    assert_eq!(
        estimate(&c).unwrap_err(),
        EstimateError::ApplicantDoneTooEarly {
            given: day(2014, 9, 15),
            earliest: day(2014, 10, 3)
        }
    );
}

/// Edition B, employer, first permit at the office, handed in on Monday 28 Aug 2017 at 17:50, just before
/// Constitution Day (Wed 30 Aug) and Kurban Ait (Fri 1 Sep).
#[test]
fn edition_b_general_issue_office_late_summer_2017() {
    let c = case(
        EditionId::Zhambyl2017,
        ServiceKind::Issue,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        at(2017, 8, 28, 17, 50),
    );
    assert_eq!(
        ends(&c),
        [
            // Handed in at 17:50, after the reception cut-off (17:30): counted from Tuesday 29 Aug at 09:00.
            Some(at(2017, 8, 29, 9, 20)),  // 5.1: 20 min
            Some(at(2017, 8, 29, 9, 40)),  // 5.2: 20 min
            Some(at(2017, 8, 29, 10, 0)),  // 5.3
            Some(at(2017, 8, 29, 10, 20)), // 5.4
            // 5.5: 7 WD after 29 Aug — 30 Aug holiday, 31 Aug (1), 1 Sep Kurban Ait, 4–8 Sep (6), 11 Sep (7).
            Some(at(2017, 9, 11, 18, 30)),
            Some(at(2017, 9, 12, 9, 20)), // 5.6: signed the next morning
            Some(at(2017, 9, 13, 18, 30)), // 5.7: notice within 1 WD
            Some(at(2017, 9, 27, 18, 30)), // 5.8: the fee proof, 10 WD — 14 Sep … 27 Sep
            Some(at(2017, 9, 28, 9, 20)), // 5.8: permit prepared
            Some(at(2017, 9, 28, 9, 40)), // 5.9: signed
            Some(at(2017, 9, 29, 18, 30)), // 5.10: handed over within 1 WD
        ]
    );
    let t = estimate(&c).unwrap();
    assert_eq!(t.statutory_deadline, None);
    assert_eq!(t.milestones[7].clause().locator, Locator::sub_clause(5, 8));
    assert!(t.milestones[7].by_applicant());
}

/// Edition B, ICT extension by the portal, sent on Saturday 3 Mar 2018 — a working Saturday by decree P1700000864
/// (9 Mar ← 3 Mar). 7 calendar days later is Saturday 10 Mar, a day off, so the result is due at the close of
/// Monday 12 Mar.
#[test]
fn edition_b_ict_extension_portal_on_a_working_saturday() {
    let c = case(
        EditionId::Zhambyl2017,
        ServiceKind::Extension,
        Track::IntraCorporateTransfer,
        Applicant::Employer,
        Channel::Portal,
        at(2018, 3, 3, 11, 0),
    );
    let t = estimate(&c).unwrap();
    assert_eq!(t.registered, at(2018, 3, 3, 11, 0));
    assert_eq!(ends(&c), [Some(at(2018, 3, 12, 18, 30))]);
    assert_eq!(t.milestones[0].clause().locator, Locator::sub_clause(9, 11));
    assert_eq!(t.milestones[0].rule, 5);
}

/// Edition A, foreign worker's reissue, Friday 20 Mar 2015 at 12:30. Nauryz 2015: 21 Sat, 22 Sun, 23 Mon, so 24 and
/// 25 Mar are days off too.
#[test]
fn edition_a_worker_reissue_around_nauryz_2015() {
    let c = case(
        EditionId::WestKazakhstan2014,
        ServiceKind::Reissue,
        Track::General,
        Applicant::Worker,
        Channel::Office,
        at(2015, 3, 20, 12, 30),
    );
    assert_eq!(
        ends(&c),
        [
            Some(at(2015, 3, 20, 12, 50)), // 20 min
            Some(at(2015, 3, 20, 15, 20)), // 1 hour: 10 min before the break, 50 after it
            Some(at(2015, 4, 1, 18, 30)),  // 5 WD: 26, 27, 30, 31 Mar, 1 Apr
            Some(at(2015, 4, 6, 18, 30)),  // commission, 3 WD: 2, 3, 6 Apr
            Some(at(2015, 4, 9, 18, 30)),  // notice, 3 WD: 7, 8, 9 Apr
        ]
    );
    // Clause 4: 3 WD from 20 Mar — 26, 27, 30 Mar; the steps take until 9 Apr.
    let t = estimate(&c).unwrap();
    assert_eq!(t.statutory_deadline.unwrap().ends, at(2015, 3, 30, 18, 30));
}

#[test]
fn an_extension_in_edition_a_ends_when_the_applicant_asks() {
    let c = case(
        EditionId::WestKazakhstan2014,
        ServiceKind::Extension,
        Track::General,
        Applicant::Employer,
        Channel::Portal,
        at(2014, 11, 3, 10, 0),
    );
    let t = estimate(&c).unwrap();
    assert_eq!(t.milestones.last().unwrap().ends, None);
    assert_eq!(t.statutory_deadline.unwrap().working_days, 8);
    let mut c = c;
    c.applicant_done = Some(day(2014, 12, 10));
    let t = estimate(&c).unwrap();
    assert_eq!(
        t.milestones.last().unwrap().ends,
        Some(at(2014, 12, 10, 9, 0))
    );
}

#[test]
fn editions_not_in_force_on_the_submission_date_are_flagged() {
    let early = case(
        EditionId::Zhambyl2017,
        ServiceKind::Issue,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        at(2017, 3, 14, 10, 0),
    );
    assert!(matches!(
        estimate(&early).unwrap().warnings[0],
        Warning::EditionNotYetInForce { .. }
    ));
    let late = a_employer_issue(at(2016, 1, 11, 10, 0));
    assert!(matches!(
        estimate(&late).unwrap().warnings[0],
        Warning::EditionNoLongerInForce { .. }
    ));
}

#[test]
fn dates_from_2026_are_marked_as_estimates_and_beyond_2027_refused() {
    let c = a_employer_issue(at(2026, 3, 2, 10, 0));
    let t = estimate(&c).unwrap();
    assert!(t.milestones.iter().all(|m| m.estimated));
    assert!(t.warnings.contains(&Warning::EstimatedCalendar));
    let c = a_employer_issue(at(2027, 11, 1, 10, 0));
    assert!(matches!(
        estimate(&c).unwrap_err(),
        EstimateError::Calendar(_)
    ));
    let c = a_employer_issue(at(2025, 3, 3, 10, 0));
    assert!(!estimate(&c)
        .unwrap()
        .warnings
        .contains(&Warning::EstimatedCalendar));
}

#[test]
fn combinations_an_edition_lacks_are_refused_with_the_reason() {
    let mut c = a_employer_issue(at(2014, 9, 2, 10, 0));
    c.track = Track::IntraCorporateTransfer;
    assert_eq!(
        estimate(&c).unwrap_err(),
        EstimateError::NotOffered(NotOffered::IctOnlyInEditionB)
    );
    let mut c = a_employer_issue(at(2014, 9, 2, 10, 0));
    c.applicant = Applicant::Worker;
    c.channel = Channel::Portal;
    assert_eq!(
        estimate(&c).unwrap_err(),
        EstimateError::NotOffered(NotOffered::WorkerOnlyAtTheOffice)
    );
    let mut c = a_employer_issue(at(2017, 9, 4, 10, 0));
    c.edition = EditionId::Zhambyl2017;
    c.track = Track::IntraCorporateTransfer;
    c.applicant_done = Some(day(2017, 9, 20));
    assert_eq!(estimate(&c).unwrap_err(), EstimateError::NoApplicantStep);
}

// ---------------------------------------------------------------------------------------------------------------
// The notice actually received (issue 12, section 3): the applicant's own term counts from it.

/// Edition A, employer, first permit handed in on Mon 1 Sep 2014 (registered Tue 2 Sep, as above). The provider may
/// send the notice as late as Fri 3 Oct; without a date the guarantee documents are due 20 WD after that, on 31 Oct.
/// The notice came early, on Fri 19 Sep: clause 7.5's 20 WD "after receiving the notice" run 22–26 Sep (5),
/// 29 Sep–3 Oct (10), 6–10 Oct (15; Kurban Ait fell on Sat 4 Oct and never moves), 13–17 Oct (20): due Fri 17 Oct.
/// The permit follows 3 WD later: 20, 21, 22 Oct.
#[test]
fn a_notice_received_early_brings_the_guarantee_deadline_forward() {
    let mut c = a_employer_issue(at(2014, 9, 1, 10, 0));
    let t = estimate(&c).unwrap();
    let latest = t.applicant_deadline.unwrap();
    assert_eq!(latest.milestone, 5);
    assert_eq!(
        latest.counted_from,
        CountedFrom::LatestNotice(at(2014, 10, 3, 18, 30))
    );
    assert_eq!(latest.ends, at(2014, 10, 31, 18, 30));

    c.notice_received = Some(day(2014, 9, 19));
    let t = estimate(&c).unwrap();
    let d = t.applicant_deadline.unwrap();
    assert_eq!(d.milestone, 5);
    assert_eq!(d.working_days, 20);
    assert_eq!(
        d.counted_from,
        CountedFrom::NoticeReceived(day(2014, 9, 19))
    );
    assert_eq!(d.ends, at(2014, 10, 17, 18, 30));
    assert_eq!(d.citation.locator, Locator::sub_clause(7, 5));
    assert_eq!(d.basis, DeadlineBasis::ClauseNamesTheNotice);
    // The applicant's step starts on the day of the notice and ends at its deadline; the permit follows.
    assert_eq!(t.milestones[5].starts.date(), day(2014, 9, 19));
    assert_eq!(t.milestones[5].ends, Some(at(2014, 10, 17, 18, 30)));
    assert!(!t.milestones[5].actual);
    assert_eq!(t.milestones[6].ends, Some(at(2014, 10, 22, 18, 30)));
    // The provider's steps and clause 4's total do not move.
    assert_eq!(t.milestones[4].ends, Some(at(2014, 10, 3, 18, 30)));
    assert_eq!(t.statutory_deadline.unwrap().ends, at(2014, 10, 29, 18, 30));
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    // Both figures stay; the steps' end no longer claims the sum of their limits as its count of days (the notice
    // came early), while clause 4's total keeps its own.
    let ends = t.expected_ends();
    assert_eq!(
        ends[0].working_days,
        estimate(&a_employer_issue(at(2014, 9, 1, 10, 0)))
            .unwrap()
            .expected_ends()[0]
            .working_days
    );
    assert!(ends[0].working_days.is_some());
    assert_eq!(
        (ends[1].basis, ends[1].working_days),
        (EndBasis::Steps, None)
    );
    assert_eq!(ends[1].ends, at(2014, 10, 22, 18, 30));

    // The documents handed in on Mon 20 Oct, after the deadline of 17 Oct counted from the notice (though before
    // 31 Oct, the deadline from the latest notice): late.
    c.applicant_done = Some(day(2014, 10, 20));
    let t = estimate(&c).unwrap();
    assert_eq!(
        t.warnings,
        [Warning::ApplicantStepLate {
            given: day(2014, 10, 20),
            limit_ends: at(2014, 10, 17, 18, 30)
        }]
    );
    assert_eq!(t.applicant_deadline.unwrap().ends, at(2014, 10, 17, 18, 30));
    // Done before the notice was received: refused, the earliest being the notice's day.
    c.applicant_done = Some(day(2014, 9, 18));
    assert_eq!(
        estimate(&c).unwrap_err(),
        EstimateError::ApplicantDoneTooEarly {
            given: day(2014, 9, 18),
            earliest: day(2014, 9, 19)
        }
    );
}

/// The same case, the notice received late, on Mon 13 Oct 2014 (the provider's latest was Fri 3 Oct). It is
/// accepted and says the provider was late, with Edition A's clause 13 on appeals. The 20 WD run from 13 Oct:
/// 14–17 Oct (4), 20–24 (9), 27–31 (14), 3–7 Nov (19), 10 Nov (20): due Mon 10 Nov; the permit 11, 12, 13 Nov.
#[test]
fn a_notice_received_late_says_the_provider_was_late() {
    let mut c = a_employer_issue(at(2014, 9, 1, 10, 0));
    c.notice_received = Some(day(2014, 10, 13));
    let t = estimate(&c).unwrap();
    assert_eq!(
        t.warnings,
        [Warning::ProviderLate {
            notice_received: day(2014, 10, 13),
            latest: at(2014, 10, 3, 18, 30),
            appeal: appeal(EditionId::WestKazakhstan2014),
        }]
    );
    assert_eq!(
        appeal(EditionId::WestKazakhstan2014).unwrap().locator,
        Locator::clause(13)
    );
    assert_eq!(t.applicant_deadline.unwrap().ends, at(2014, 11, 10, 18, 30));
    assert_eq!(t.milestones[6].ends, Some(at(2014, 11, 13, 18, 30)));

    // On the provider's latest day itself, the notice is on time.
    c.notice_received = Some(day(2014, 10, 3));
    assert!(estimate(&c).unwrap().warnings.is_empty());
    // Before the package was registered (Tue 2 Sep): refused.
    c.notice_received = Some(day(2014, 9, 1));
    assert_eq!(
        estimate(&c).unwrap_err(),
        EstimateError::NoticeBeforeRegistration {
            given: day(2014, 9, 1),
            registered: day(2014, 9, 2)
        }
    );
    // On the day of registration: accepted (the earliest possible), not late.
    c.notice_received = Some(day(2014, 9, 2));
    assert!(estimate(&c).unwrap().warnings.is_empty());
}

/// Edition B, employer, first permit at the office, handed in on Mon 4 Dec 2017 at 10:00. 5.1–5.4: 80 minutes, to
/// 11:20; 5.5: 7 WD — 5–8 Dec (4), 11–13 Dec (7); 5.6: 14 Dec 09:20; 5.7: the notice within 1 WD, by Fri 15 Dec.
/// Without a date the fee proof is due 10 WD after 15 Dec: Independence Day (Sat 16, Sun 17 Dec) moves the days off
/// to Mon 18 and Tue 19 Dec, so 20–22 Dec (3), 25–29 Dec (8), and after New Year (1–2 Jan) 3–4 Jan (10): Thu 4 Jan.
/// Early: the notice received on Thu 7 Dec: 8 Dec (1), 11–15 Dec (6), 20–22 Dec (9), 25 Dec (10): Mon 25 Dec.
/// Late: received on Fri 29 Dec: 3–5 Jan (3), 8–12 Jan (8), 15–16 Jan (10): Tue 16 Jan 2018 (7 Jan, Orthodox
/// Christmas, fell on a Sunday and does not move). Edition B's seed has no appeal clause: none is cited.
/// Clause 5.8 gives no start: "from the notice" is read from the order of the steps (EVIDENCE §4).
#[test]
fn edition_b_fee_proof_counts_from_the_notice_received() {
    let mut c = case(
        EditionId::Zhambyl2017,
        ServiceKind::Issue,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        at(2017, 12, 4, 10, 0),
    );
    let t = estimate(&c).unwrap();
    assert_eq!(t.milestones[6].ends, Some(at(2017, 12, 15, 18, 30)));
    let d = t.applicant_deadline.unwrap();
    assert_eq!((d.milestone, d.working_days), (7, 10));
    assert_eq!(d.ends, at(2018, 1, 4, 18, 30));
    assert_eq!(d.basis, DeadlineBasis::ReadFromTheOrderOfTheSteps);
    assert_eq!(d.citation.locator, Locator::sub_clause(5, 8));

    c.notice_received = Some(day(2017, 12, 7));
    let t = estimate(&c).unwrap();
    assert_eq!(t.applicant_deadline.unwrap().ends, at(2017, 12, 25, 18, 30));
    assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    // 5.8–5.10 follow: prepared and signed on the morning of Tue 26 Dec, handed over by the close of Wed 27 Dec.
    assert_eq!(t.milestones[9].ends, Some(at(2017, 12, 26, 9, 40)));
    assert_eq!(t.milestones[10].ends, Some(at(2017, 12, 27, 18, 30)));

    c.notice_received = Some(day(2017, 12, 29));
    let t = estimate(&c).unwrap();
    assert_eq!(t.applicant_deadline.unwrap().ends, at(2018, 1, 16, 18, 30));
    assert_eq!(
        t.warnings,
        [Warning::ProviderLate {
            notice_received: day(2017, 12, 29),
            latest: at(2017, 12, 15, 18, 30),
            appeal: None,
        }]
    );
}

/// A notice date for a procedure with no step of the applicant's own (an ICT permit has no notice) is refused as an
/// actual date is.
#[test]
fn a_notice_date_needs_a_step_of_the_applicants_own() {
    let mut c = a_employer_issue(at(2017, 9, 4, 10, 0));
    c.edition = EditionId::Zhambyl2017;
    c.track = Track::IntraCorporateTransfer;
    c.notice_received = Some(day(2017, 9, 20));
    assert_eq!(estimate(&c).unwrap_err(), EstimateError::NoApplicantStep);
}

fn b_portal_issue(submitted: NaiveDateTime) -> Case {
    case(
        EditionId::Zhambyl2017,
        ServiceKind::Issue,
        Track::General,
        Applicant::Employer,
        Channel::Portal,
        submitted,
    )
}

/// Edition B, first permit by the portal, sent on Friday 15 Sep 2017 at 20:00. Clause 9.11: the result within 7
/// calendar days "from the moment of application on the portal", so the count starts at the moment sent: the 7th day
/// after Fri 15 Sep is Fri 22 Sep, a working day, so the result is due by its end. The reading that a request sent
/// after hours is taken on the next working day (U) starts on Mon 18 Sep at 09:00 and gives Mon 25 Sep: a later date,
/// shown beside the first as that assumption.
#[test]
fn a_friday_evening_portal_request_counts_from_the_moment_sent() {
    let c = b_portal_issue(at(2017, 9, 15, 20, 0));
    let t = estimate(&c).unwrap();
    assert_eq!(t.registered, at(2017, 9, 15, 20, 0));
    assert_eq!(t.milestones[0].starts, at(2017, 9, 15, 20, 0));
    assert_eq!(t.milestones[0].clause().locator, Locator::sub_clause(9, 11));
    assert_eq!(
        ends(&c),
        [
            Some(at(2017, 9, 22, 23, 59)), // 9.11: 7 calendar days, 16 … 22 Sep
            // 5.8: the fee proof within 10 WD — 25–29 Sep, 2–6 Oct.
            Some(at(2017, 10, 6, 18, 30)),
            Some(at(2017, 10, 9, 9, 20)), // permit prepared on Monday morning
            Some(at(2017, 10, 9, 9, 40)), // signed
            Some(at(2017, 10, 10, 18, 30)), // handed over within 1 WD
        ]
    );
    let second = t.portal_next_working_day.unwrap();
    assert_eq!(second.taken, at(2017, 9, 18, 9, 0));
    assert_eq!(second.result_ends, at(2017, 9, 25, 23, 59));
    // From 25 Sep: the fee proof 26–29 Sep, 2–6 Oct, 9 Oct (10 WD); prepared and signed on 10 Oct; handed over 11 Oct.
    assert_eq!(second.last_end, Some(at(2017, 10, 11, 18, 30)));
    assert_eq!(second.citation.grade, Grade::U);
    let ends: Vec<_> = t
        .expected_ends()
        .iter()
        .map(|e| (e.basis, e.ends))
        .collect();
    assert_eq!(
        ends,
        [
            (EndBasis::Steps, at(2017, 10, 10, 18, 30)),
            (EndBasis::PortalNextWorkingDay, at(2017, 10, 11, 18, 30)),
        ]
    );
}

/// Sent on Saturday 16 Sep 2017 at 10:00: the 7th day after is Saturday 23 Sep, a day off, so the close of Monday
/// 25 Sep. Taken on Monday 18 Sep, the other reading also ends on 25 Sep: no later date, no second figure.
#[test]
fn a_saturday_portal_request_whose_readings_agree_has_one_figure() {
    let c = b_portal_issue(at(2017, 9, 16, 10, 0));
    let t = estimate(&c).unwrap();
    assert_eq!(t.milestones[0].ends, Some(at(2017, 9, 25, 18, 30)));
    assert_eq!(t.portal_next_working_day, None);
    assert_eq!(t.expected_ends().len(), 1);
    // Inside office hours on a working day the two readings start together: one figure.
    let c = b_portal_issue(at(2017, 9, 15, 11, 0));
    assert_eq!(estimate(&c).unwrap().portal_next_working_day, None);
}

/// Edition A, employer, first permit, handed in at the office on Tuesday 2 Sep 2014 at 17:45, after the reception
/// cut-off (17:30, an assumption): it counts as handed in on Wednesday 3 Sep at 09:00, and clause 4's 41 WD count
/// from that day: Sep 4–30 (19), Oct 1–3 (22), 6–10 (27), 13–17 (32), 20–24 (37), 27–30 (41) — Thursday 30 Oct.
#[test]
fn a_package_handed_in_at_17_45_counts_from_the_next_morning() {
    let c = a_employer_issue(at(2014, 9, 2, 17, 45));
    let t = estimate(&c).unwrap();
    assert_eq!(t.registered, at(2014, 9, 3, 9, 0));
    assert_eq!(t.statutory_deadline.unwrap().ends, at(2014, 10, 30, 18, 30));
    assert_eq!(t.milestones[0].ends, Some(at(2014, 9, 3, 9, 20)));
    // At 17:20, before the cut-off, it counts the same day: 41 WD from 2 Sep end on Wednesday 29 Oct.
    let t = estimate(&a_employer_issue(at(2014, 9, 2, 17, 20))).unwrap();
    assert_eq!(t.registered, at(2014, 9, 2, 17, 20));
    assert_eq!(t.statutory_deadline.unwrap().ends, at(2014, 10, 29, 18, 30));
}

/// Both of Edition A's figures for every service, handed in on Tuesday 2 Sep 2014 at 10:00 (registered at once).
/// Working days after 2 Sep 2014: Sep 3–5 (3), 8–12 (8), 15–19 (13), 22–26 (18), 29–30 (20), Oct 1–3 (23),
/// 6–10 (28; Kurban Ait, Sat 4 Oct, never moves), 13–17 (33), 20–24 (38), 27–31 (43), Nov 3–5 (46).
/// - employer issue: clause 4, 41 WD → Wed 29 Oct; the steps 5 + 15 + 3 + 20 + 3 = 46 WD → Wed 5 Nov;
/// - employer reissue: clause 4, 31 WD → Wed 15 Oct; the steps 5 + 5 + 3 = 13 WD → Fri 19 Sep;
/// - employer extension: clause 4, 8 WD → Fri 12 Sep; the steps 5 + 5 + 3 = 13 WD to the notice → Fri 19 Sep (the
///   permit is then handed over when the employer asks);
/// - foreign worker's issue and extension: clause 4.2, 31 WD → 15 Oct; the steps 5 + 5 + 3 = 13 WD → 19 Sep;
/// - foreign worker's reissue: clause 4.2, 3 WD → Fri 5 Sep; the steps 5 + 3 + 3 = 11 WD → Wed 17 Sep.
#[test]
fn both_figures_for_every_edition_a_service() {
    let d = |m, day| at(2014, m, day, 18, 30);
    let rows = [
        (
            ServiceKind::Issue,
            Applicant::Employer,
            Channel::Office,
            (41, d(10, 29)),
            (46, d(11, 5)),
        ),
        (
            ServiceKind::Issue,
            Applicant::Employer,
            Channel::Portal,
            (41, d(10, 29)),
            (46, d(11, 5)),
        ),
        (
            ServiceKind::Reissue,
            Applicant::Employer,
            Channel::Office,
            (31, d(10, 15)),
            (13, d(9, 19)),
        ),
        (
            ServiceKind::Reissue,
            Applicant::Employer,
            Channel::Portal,
            (31, d(10, 15)),
            (13, d(9, 19)),
        ),
        (
            ServiceKind::Extension,
            Applicant::Employer,
            Channel::Office,
            (8, d(9, 12)),
            (13, d(9, 19)),
        ),
        (
            ServiceKind::Extension,
            Applicant::Employer,
            Channel::Portal,
            (8, d(9, 12)),
            (13, d(9, 19)),
        ),
        (
            ServiceKind::Issue,
            Applicant::Worker,
            Channel::Office,
            (31, d(10, 15)),
            (13, d(9, 19)),
        ),
        (
            ServiceKind::Extension,
            Applicant::Worker,
            Channel::Office,
            (31, d(10, 15)),
            (13, d(9, 19)),
        ),
        (
            ServiceKind::Reissue,
            Applicant::Worker,
            Channel::Office,
            (3, d(9, 5)),
            (11, d(9, 17)),
        ),
    ];
    for (service, applicant, channel, statutory, steps) in rows {
        let c = case(
            EditionId::WestKazakhstan2014,
            service,
            Track::General,
            applicant,
            channel,
            at(2014, 9, 2, 10, 0),
        );
        let t = estimate(&c).unwrap();
        let got: Vec<_> = t
            .expected_ends()
            .iter()
            .map(|e| (e.basis, e.working_days, e.ends))
            .collect();
        assert_eq!(
            got,
            [
                (EndBasis::StatutoryTotal, Some(statutory.0), statutory.1),
                (EndBasis::Steps, Some(steps.0), steps.1),
            ],
            "{service:?} {applicant:?} {channel:?}"
        );
        let clause_4 = t.expected_ends()[0].citation.locator;
        let sub = if applicant == Applicant::Employer {
            1
        } else {
            2
        };
        assert_eq!(clause_4, Locator::sub_clause(4, sub));
    }
}
