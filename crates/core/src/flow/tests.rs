//! The guided journey's question graph, natively: every edge (a question answered with a value → the next step),
//! every path to its outcome, and answers changed half-way through.

use std::collections::BTreeSet;

use chrono::{NaiveDate, NaiveDateTime};

use super::*;
use crate::case::Category;
use crate::evidence::Grade;
use crate::timeline;

use Applicant::{Employer as AEmployer, Worker as AWorker};
use Category::{Four, One, Three, Two};
use Channel::{Office, Portal};
use QuestionId as Q;
use ServiceKind::{Extension, Issue, Reissue};
use Track::{General, IntraCorporateTransfer as IctTrack};

const A: EditionId = EditionId::WestKazakhstan2014;
const B: EditionId = EditionId::Zhambyl2017;
const NEEDS: [Need; 4] = [Need::First, Need::RunsOut, Need::Changed, Need::Transfer];
const CHANNELS: [Channel; 2] = [Office, Portal];

// ---- Helpers ---------------------------------------------------------------------------------------------------

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, min, 0)
        .unwrap()
}

/// The submission used when a test does not care about the date: Tuesday 2 Sep 2014 under A, Monday 4 Sep 2017
/// under B, both 10:00 and inside the edition's own period.
fn day_of(edition: EditionId) -> NaiveDateTime {
    match edition {
        EditionId::WestKazakhstan2014 => at(2014, 9, 2, 10, 0),
        EditionId::Zhambyl2017 => at(2017, 9, 4, 10, 0),
    }
}

/// Answers built one answer at a time.
trait Give: Sized {
    fn who(self, who: Who) -> Self;
    fn acting_for(self, applicant: Applicant) -> Self;
    fn edition(self, edition: EditionId) -> Self;
    fn need(self, need: Need) -> Self;
    fn transfer(self, service: ServiceKind) -> Self;
    fn channel(self, channel: Channel) -> Self;
    fn category(self, category: Category) -> Self;
    fn extended(self, times: u8) -> Self;
    fn heed(self, heed: Heed) -> Self;
    fn on(self, submitted: NaiveDateTime) -> Self;
}

impl Give for Answers {
    fn who(mut self, who: Who) -> Self {
        self.who = Some(who);
        self
    }
    fn acting_for(mut self, applicant: Applicant) -> Self {
        self.acting_for = Some(applicant);
        self
    }
    fn edition(mut self, edition: EditionId) -> Self {
        self.edition = Some(edition);
        self
    }
    fn need(mut self, need: Need) -> Self {
        self.need = Some(need);
        self
    }
    fn transfer(mut self, service: ServiceKind) -> Self {
        self.transfer_need = Some(service);
        self
    }
    fn channel(mut self, channel: Channel) -> Self {
        self.channel = Some(channel);
        self
    }
    fn category(mut self, category: Category) -> Self {
        self.category = Some(category);
        self
    }
    fn extended(mut self, times: u8) -> Self {
        self.extensions = Some(times);
        self
    }
    fn heed(mut self, heed: Heed) -> Self {
        self.caution = Some(heed);
        self
    }
    fn on(mut self, submitted: NaiveDateTime) -> Self {
        self.submitted = Some(submitted);
        self
    }
}

fn start() -> Answers {
    Answers::default()
}

fn employer(edition: EditionId) -> Answers {
    start().who(Who::Employer).edition(edition)
}

/// A foreign worker under Edition A, up to the edition.
fn worker_a() -> Answers {
    start().who(Who::Worker).edition(A)
}

/// An employer's general permit, answered up to the category.
fn general(edition: EditionId, need: Need, channel: Channel, category: Category) -> Answers {
    employer(edition)
        .need(need)
        .channel(channel)
        .category(category)
}

/// An employer's ICT permit under Edition B, answered up to the channel.
fn ict(service: ServiceKind, channel: Channel) -> Answers {
    employer(B)
        .need(Need::Transfer)
        .transfer(service)
        .channel(channel)
}

fn done(a: &Answers) -> Case {
    match next(a) {
        Next::Done(case) => case,
        other => panic!("expected a case for {a:?}, got {other:?}"),
    }
}

fn refused(a: &Answers) -> NotEligible {
    match next(a) {
        Next::NotEligible(why) => why,
        other => panic!("expected not eligible for {a:?}, got {other:?}"),
    }
}

/// The rule a journey warns of at the caution question: a blocking rule graded below S, which does not refuse. Checked
/// on both answers: "instead" ends at the rule (`NotEligible::Rule`), "go on" goes on to the date.
fn blocked_by(a: &Answers) -> EligibilityNote {
    assert_eq!(next(a), Next::Ask(Q::Caution), "{a:?}");
    let note = caution(a).unwrap_or_else(|| panic!("no caution for {a:?}"));
    assert_eq!(note.effect, Effect::Blocking);
    assert_ne!(note.grade(), Grade::S, "only the regulation refuses");
    assert_eq!(refused(&a.heed(Heed::Instead)), NotEligible::Rule(note));
    assert_eq!(a.heed(Heed::GoOn).path().last(), Some(&Q::Submitted));
    note
}

/// The case with the given service, no category, no facts and the edition's usual date.
fn case_of(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    applicant: Applicant,
    channel: Channel,
) -> Case {
    Case::new(edition, service, track, applicant, channel, day_of(edition))
}

fn with_extensions(case: Case, so_far: u8) -> Case {
    Case {
        facts: CaseFacts {
            extensions_so_far: Some(so_far),
            ..CaseFacts::default()
        },
        ..case
    }
}

/// The questions on the path, by their URL keys.
fn keys(a: &Answers) -> String {
    let keys: Vec<_> = a.path().iter().map(|q| q.key()).collect();
    keys.join(" ")
}

fn term(edition: EditionId, category: Category) -> &'static permits::PermitTerm {
    permits::term_for(edition, General, Some(category)).unwrap()
}

// ---- 1. Every edge -------------------------------------------------------------------------------------------

#[test]
fn nothing_answered_asks_who() {
    assert_eq!(next(&start()), Next::Ask(Q::Who));
    assert_eq!(start().path(), [Q::Who]);
}

#[test]
fn who_employer_or_worker_asks_the_edition() {
    for who in [Who::Employer, Who::Worker] {
        let a = start().who(who);
        assert_eq!(next(&a), Next::Ask(Q::Edition), "{who:?}");
        assert_eq!(a.path(), [Q::Who, Q::Edition], "{who:?}");
    }
}

#[test]
fn who_consultant_asks_for_whom_then_the_edition() {
    let a = start().who(Who::Consultant);
    assert_eq!(next(&a), Next::Ask(Q::ActingFor));
    assert_eq!(a.path(), [Q::Who, Q::ActingFor]);
    assert_eq!(a.applicant(), None);
    for applicant in [AEmployer, AWorker] {
        let a = a.acting_for(applicant);
        assert_eq!(next(&a), Next::Ask(Q::Edition), "{applicant:?}");
        assert_eq!(a.path(), [Q::Who, Q::ActingFor, Q::Edition]);
        assert_eq!(a.applicant(), Some(applicant));
    }
}

#[test]
fn acting_for_is_not_asked_of_an_employer_or_a_worker() {
    assert_eq!(start().who(Who::Employer).applicant(), Some(AEmployer));
    assert_eq!(start().who(Who::Worker).applicant(), Some(AWorker));
    // An answer left from an earlier "consultant" does not change who applies.
    let a = start().who(Who::Employer).acting_for(AWorker);
    assert_eq!(a.applicant(), Some(AEmployer));
    assert_eq!(a.path(), [Q::Who, Q::Edition]);
}

#[test]
fn edition_a_asks_the_need_of_an_employer_and_of_a_worker() {
    for a in [
        employer(A),
        worker_a(),
        start().who(Who::Consultant).acting_for(AWorker).edition(A),
        start()
            .who(Who::Consultant)
            .acting_for(AEmployer)
            .edition(A),
    ] {
        assert_eq!(next(&a), Next::Ask(Q::Need), "{a:?}");
    }
}

#[test]
fn edition_b_asks_the_need_of_an_employer() {
    assert_eq!(next(&employer(B)), Next::Ask(Q::Need));
    assert_eq!(employer(B).path(), [Q::Who, Q::Edition, Q::Need]);
    let consultant = start()
        .who(Who::Consultant)
        .acting_for(AEmployer)
        .edition(B);
    assert_eq!(next(&consultant), Next::Ask(Q::Need));
}

#[test]
fn edition_b_ends_for_a_worker_before_the_need() {
    let direct = start().who(Who::Worker).edition(B);
    let consultant = start().who(Who::Consultant).acting_for(AWorker).edition(B);
    for (a, path) in [
        (direct, &[Q::Who, Q::Edition][..]),
        (consultant, &[Q::Who, Q::ActingFor, Q::Edition][..]),
    ] {
        let expected = Next::NotEligible(NotEligible::NotOffered(
            NotOffered::WorkerPermitOnlyInEditionA,
        ));
        assert_eq!(next(&a), expected);
        assert_eq!(a.path(), path);
        // Whatever else is answered, the worker is stopped at the edition.
        let everything = a
            .need(Need::First)
            .channel(Office)
            .category(One)
            .on(day_of(B));
        assert_eq!(next(&everything), expected);
        assert_eq!(everything.path(), path);
    }
}

#[test]
fn need_first_runs_out_or_changed_asks_an_employer_the_channel() {
    for edition in EditionId::ALL {
        for need in [Need::First, Need::RunsOut, Need::Changed] {
            let a = employer(edition).need(need);
            assert_eq!(next(&a), Next::Ask(Q::Channel), "{edition:?} {need:?}");
            assert_eq!(a.path(), [Q::Who, Q::Edition, Q::Need, Q::Channel]);
        }
    }
}

#[test]
fn need_of_a_worker_under_a_goes_straight_to_the_date() {
    for need in [Need::First, Need::RunsOut, Need::Changed] {
        let a = worker_a().need(need);
        assert_eq!(next(&a), Next::Ask(Q::Submitted), "{need:?}");
        assert_eq!(a.path(), [Q::Who, Q::Edition, Q::Need, Q::Submitted]);
    }
}

#[test]
fn plain_needs_map_to_general_services() {
    let a = employer(B);
    assert_eq!(a.service(), None);
    assert_eq!(a.need(Need::First).service(), Some((Issue, General)));
    assert_eq!(a.need(Need::RunsOut).service(), Some((Extension, General)));
    assert_eq!(a.need(Need::Changed).service(), Some((Reissue, General)));
    assert_eq!(a.need(Need::Transfer).service(), None);
    for s in ServiceKind::ALL {
        assert_eq!(
            a.need(Need::Transfer).transfer(s).service(),
            Some((s, IctTrack))
        );
        // A transfer service left over from an earlier answer does not change a general need.
        assert_eq!(
            a.need(Need::First).transfer(s).service(),
            Some((Issue, General))
        );
    }
}

#[test]
fn need_transfer_under_a_is_not_offered() {
    let consultant = start()
        .who(Who::Consultant)
        .acting_for(AEmployer)
        .edition(A);
    for a in [employer(A), worker_a(), consultant] {
        let a = a.need(Need::Transfer);
        assert_eq!(
            refused(&a),
            NotEligible::NotOffered(NotOffered::IctOnlyInEditionB),
            "{a:?}"
        );
        assert_eq!(a.path().last(), Some(&Q::Need));
        // Not even a transfer service answered already changes it.
        assert_eq!(
            refused(&a.transfer(Issue)),
            NotEligible::NotOffered(NotOffered::IctOnlyInEditionB)
        );
    }
    assert_eq!(
        employer(A).need(Need::Transfer).path(),
        [Q::Who, Q::Edition, Q::Need]
    );
}

#[test]
fn need_transfer_under_b_asks_which_ict_service() {
    let a = employer(B).need(Need::Transfer);
    assert_eq!(next(&a), Next::Ask(Q::TransferNeed));
    assert_eq!(a.path(), [Q::Who, Q::Edition, Q::Need, Q::TransferNeed]);
}

#[test]
fn transfer_need_asks_the_channel() {
    for s in ServiceKind::ALL {
        let a = employer(B).need(Need::Transfer).transfer(s);
        assert_eq!(next(&a), Next::Ask(Q::Channel), "{s:?}");
        assert_eq!(keys(&a), "who edition need transfer channel");
    }
}

#[test]
fn channel_asks_the_category_of_an_employers_general_permit() {
    for edition in EditionId::ALL {
        for need in [Need::First, Need::RunsOut, Need::Changed] {
            for channel in CHANNELS {
                let a = employer(edition).need(need).channel(channel);
                assert_eq!(next(&a), Next::Ask(Q::Category), "{edition:?} {need:?}");
                assert_eq!(keys(&a), "who edition need channel category");
            }
        }
    }
}

#[test]
fn channel_of_an_ict_issue_or_reissue_goes_to_the_date_without_a_category() {
    for s in [Issue, Reissue] {
        for channel in CHANNELS {
            let a = ict(s, channel);
            assert_eq!(next(&a), Next::Ask(Q::Submitted), "{s:?} {channel:?}");
            assert_eq!(keys(&a), "who edition need transfer channel submitted");
            // A category and an extension count left from a general permit are dropped, not asked.
            let case = done(&a.category(Two).extended(1).on(day_of(B)));
            assert_eq!(case, case_of(B, s, IctTrack, AEmployer, channel));
        }
    }
}

#[test]
fn channel_of_an_ict_extension_asks_the_extensions_then_the_date_without_a_category() {
    for channel in CHANNELS {
        let a = ict(Extension, channel);
        assert_eq!(next(&a), Next::Ask(Q::Extensions), "{channel:?}");
        assert_eq!(keys(&a), "who edition need transfer channel extended");
        let a = a.extended(0);
        assert_eq!(next(&a), Next::Ask(Q::Submitted), "{channel:?}");
        assert_eq!(
            keys(&a),
            "who edition need transfer channel extended submitted"
        );
        // A category left from a general permit is dropped, not asked; the count is kept in the case.
        let case = done(&a.category(Two).on(day_of(B)));
        assert_eq!(
            case,
            with_extensions(case_of(B, Extension, IctTrack, AEmployer, channel), 0)
        );
    }
}

#[test]
fn category_of_an_issue_or_reissue_goes_to_the_date() {
    for edition in EditionId::ALL {
        for need in [Need::First, Need::Changed] {
            for channel in CHANNELS {
                for category in Category::ALL {
                    let a = general(edition, need, channel, category);
                    assert_eq!(
                        next(&a),
                        Next::Ask(Q::Submitted),
                        "{edition:?} {need:?} {channel:?} {category:?}"
                    );
                    assert_eq!(keys(&a), "who edition need channel category submitted");
                }
            }
        }
    }
}

#[test]
fn category_of_an_extension_under_b() {
    for channel in CHANNELS {
        let a = |c| general(B, Need::RunsOut, channel, c);
        // Category 1: extended yearly without limit, nothing more to ask.
        assert_eq!(next(&a(One)), Next::Ask(Q::Submitted));
        assert_eq!(caution(&a(One)), None);
        // Categories 2 and 3: the count of extensions so far decides.
        assert_eq!(next(&a(Two)), Next::Ask(Q::Extensions));
        assert_eq!(next(&a(Three)), Next::Ask(Q::Extensions));
        // Category 4: never extended, practitioners say (C): the journey warns at the caution question.
        let note = blocked_by(&a(Four));
        let t = term(B, Four);
        assert_eq!(t.id, "b-term-category-4");
        assert_eq!(
            (note.id, note.effect, note.extensions),
            ("extension-not-allowed", Effect::Blocking, None)
        );
        assert_eq!(note.rule, Some(t.text));
        assert_eq!(note.citation, t.citation);
        assert_eq!(keys(&a(Four)), "who edition need channel category caution");
        // An extension count answered earlier does not lift the warning.
        assert_eq!(blocked_by(&a(Four).extended(0)).id, "extension-not-allowed");
        assert_eq!(a(Four).extended(0).path().last(), Some(&Q::Caution));
        // Going on gives the case, with the rule among its notes (a warning, not a refusal).
        let case = done(&a(Four).heed(Heed::GoOn).on(day_of(B)));
        assert_eq!(
            case,
            Case {
                category: Some(Four),
                ..case_of(B, Extension, General, AEmployer, channel)
            }
        );
        assert!(permits::eligibility(&case).contains(&note));
    }
}

#[test]
fn category_of_an_extension_under_a() {
    for channel in CHANNELS {
        let a = |c| general(A, Need::RunsOut, channel, c);
        assert_eq!(next(&a(One)), Next::Ask(Q::Submitted));
        assert_eq!(next(&a(Two)), Next::Ask(Q::Extensions));
        assert_eq!(next(&a(Three)), Next::Ask(Q::Extensions));
        // Edition A's category 4 has no known extension rule (grade U), so nothing blocks it: the date is asked and
        // the case carries a "not known" note instead of a refusal.
        assert_eq!(next(&a(Four)), Next::Ask(Q::Submitted));
        let case = done(&a(Four).on(day_of(A)));
        assert_eq!(
            case,
            Case {
                category: Some(Four),
                ..case_of(A, Extension, General, AEmployer, channel)
            }
        );
        let notes = permits::eligibility(&case);
        assert!(notes.iter().all(|n| n.effect != Effect::Blocking));
        let note = notes
            .iter()
            .find(|n| n.id == "extension-rule-not-known")
            .unwrap();
        assert_eq!(note.effect, Effect::NotKnown);
        assert_eq!(note.rule, Some(term(A, Four).text));
    }
}

/// Both sides of an edition's extension limit for categories 2 and 3.
fn check_extension_limit(edition: EditionId, term_id: &str, limit: u8) {
    assert_eq!(term(edition, Two).id, term_id);
    assert_eq!(term(edition, Two).extension.limit(), Some(limit));
    for channel in CHANNELS {
        for category in [Two, Three] {
            let a = general(edition, Need::RunsOut, channel, category);
            assert_eq!(keys(&a), "who edition need channel category extended");
            for so_far in 0..limit {
                let a = a.extended(so_far);
                assert_eq!(next(&a), Next::Ask(Q::Submitted), "{edition:?} {so_far}");
                let case = done(&a.on(day_of(edition)));
                assert_eq!(
                    case,
                    with_extensions(
                        Case {
                            category: Some(category),
                            ..case_of(edition, Extension, General, AEmployer, channel)
                        },
                        so_far
                    )
                );
                let within = permits::eligibility(&case)
                    .into_iter()
                    .find(|n| n.id == "extension-within-limit")
                    .unwrap();
                assert_eq!(within.extensions, Some((so_far, limit)));
            }
            for so_far in [limit, limit + 1, u8::MAX] {
                let a = a.extended(so_far);
                let note = blocked_by(&a);
                assert_eq!(
                    (note.id, note.effect, note.extensions),
                    (
                        "extension-limit-reached",
                        Effect::Blocking,
                        Some((so_far, limit))
                    ),
                    "{edition:?} {category:?} {so_far}"
                );
                assert_eq!(note.rule, Some(term(edition, category).text));
                assert_eq!(a.path().last(), Some(&Q::Caution));
                // The date is asked only after "go on", and one given already changes nothing before it.
                assert_eq!(blocked_by(&a.on(day_of(edition))), note);
            }
        }
    }
}

#[test]
fn extensions_under_b_stop_at_three() {
    check_extension_limit(B, "b-term-categories-2-3", 3);
}

#[test]
fn extensions_under_a_stop_at_two() {
    check_extension_limit(A, "a-term-categories-2-3", 2);
}

#[test]
fn extensions_are_not_asked_for_categories_1_and_4_or_other_services() {
    for edition in EditionId::ALL {
        for channel in CHANNELS {
            // A count left over from an earlier category is dropped from the case.
            let case = done(
                &general(edition, Need::RunsOut, channel, One)
                    .extended(7)
                    .on(day_of(edition)),
            );
            assert_eq!(case.facts.extensions_so_far, None);
            for need in [Need::First, Need::Changed] {
                let a = general(edition, need, channel, Three).extended(7);
                assert!(!a.path().contains(&Q::Extensions));
                assert_eq!(done(&a.on(day_of(edition))).facts.extensions_so_far, None);
            }
        }
    }
}

#[test]
fn submitted_in_the_calendar_gives_the_case() {
    let submitted = at(2017, 9, 4, 10, 0);
    assert_eq!(
        done(&general(B, Need::First, Office, Three).on(submitted)),
        Case {
            category: Some(Three),
            ..case_of(B, Issue, General, AEmployer, Office)
        }
    );
    assert_eq!(
        done(
            &general(B, Need::RunsOut, Portal, Two)
                .extended(2)
                .on(submitted)
        ),
        with_extensions(
            Case {
                category: Some(Two),
                ..case_of(B, Extension, General, AEmployer, Portal)
            },
            2
        )
    );
    assert_eq!(
        done(&ict(Reissue, Portal).on(submitted)),
        case_of(B, Reissue, IctTrack, AEmployer, Portal)
    );
    let a_day = at(2014, 9, 2, 10, 0);
    assert_eq!(
        done(&worker_a().need(Need::Changed).on(a_day)),
        case_of(A, Reissue, General, AWorker, Office)
    );
    assert_eq!(
        done(&general(A, Need::Changed, Portal, One).on(a_day)),
        Case {
            category: Some(One),
            ..case_of(A, Reissue, General, AEmployer, Portal)
        }
    );
    // Another time of day is kept as given.
    let late = at(2017, 12, 29, 17, 45);
    assert_eq!(done(&ict(Issue, Office).on(late)).submitted, late);
}

/// The first day the edition may have been in force gives the case, the day before is refused; at the end of the calendar, the last moment whose whole timeline still fits
/// (its last step or its statutory deadline ends when the office closes on 31 Dec 2027) gives the case, and a minute
/// later, or on the calendar's last day itself, the submission is not covered.
#[test]
fn submitted_on_the_first_day_in_force_and_the_last_moment_that_fits_gives_the_case() {
    let last_day = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
    let closing_on_the_last_day = at(2027, 12, 31, 18, 30);
    for (a, latest) in [
        // Edition A, employer's issue: its statutory deadline is the last to end.
        (
            general(A, Need::First, Office, One),
            at(2027, 10, 27, 17, 10),
        ),
        (
            general(B, Need::First, Office, One),
            at(2027, 12, 1, 17, 10),
        ),
        // The last minute before the reception cut-off (17:30): a minute later counts from the next morning.
        (worker_a().need(Need::First), at(2027, 11, 17, 17, 29)),
    ] {
        let in_force_from = a.edition.unwrap().edition().validity.in_force_from;
        let first = in_force_from.date().and_hms_opt(0, 0, 0).unwrap();
        assert_eq!(done(&a.on(first)).submitted, first, "{a:?}");
        let just_before = first - chrono::Duration::minutes(1);
        assert_eq!(
            refused(&a.on(just_before)),
            NotEligible::BeforeInForce {
                submitted: just_before.date(),
                in_force_from
            },
            "{a:?}"
        );

        let case = done(&a.on(latest));
        assert_eq!(case.submitted, latest, "{a:?}");
        let timeline = timeline::estimate(&case).unwrap();
        let ends = timeline
            .last_end()
            .into_iter()
            .chain(timeline.statutory_deadline.map(|d| d.ends))
            .max();
        assert_eq!(ends, Some(closing_on_the_last_day), "{a:?}");

        let too_late = latest + chrono::Duration::minutes(1);
        assert_eq!(
            refused(&a.on(too_late)),
            NotEligible::DateNotCovered(latest.date()),
            "{a:?}"
        );
        assert_eq!(
            refused(&a.on(at(2027, 12, 31, 23, 59))),
            NotEligible::DateNotCovered(last_day),
            "{a:?}"
        );
        assert_eq!(a.on(too_late).path().last(), Some(&Q::Submitted));
    }
}

#[test]
fn submitted_after_the_calendar_is_not_covered_and_before_it_is_before_any_edition() {
    for when in [at(2012, 12, 31, 23, 59), at(1999, 6, 1, 10, 0)] {
        for a in [
            general(B, Need::First, Office, Three),
            worker_a().need(Need::RunsOut),
        ] {
            let a = a.on(when);
            assert!(
                matches!(refused(&a), NotEligible::BeforeInForce { submitted, .. } if submitted == when.date()),
                "{a:?}"
            );
            assert_eq!(a.path().last(), Some(&Q::Submitted));
        }
    }
    for when in [at(2028, 1, 1, 0, 0), at(2030, 3, 4, 10, 0)] {
        for a in [
            general(B, Need::First, Office, Three),
            ict(Extension, Portal).extended(0),
            worker_a().need(Need::RunsOut),
        ] {
            let a = a.on(when);
            assert_eq!(
                refused(&a),
                NotEligible::DateNotCovered(when.date()),
                "{a:?}"
            );
            assert_eq!(a.path().last(), Some(&Q::Submitted));
        }
    }
}

#[test]
fn the_applicants_own_date_is_carried_into_the_case() {
    let mut a = general(B, Need::First, Office, Three).on(day_of(B));
    let given = NaiveDate::from_ymd_opt(2017, 9, 20).unwrap();
    a.applicant_done = Some(given);
    assert_eq!(done(&a).applicant_done, Some(given));
    assert_eq!(keys(&a), "who edition need channel category submitted");
}

#[test]
fn question_keys_round_trip_and_are_in_asking_order() {
    let keys: BTreeSet<_> = Q::ALL.iter().map(|q| q.key()).collect();
    assert_eq!(keys.len(), Q::ALL.len());
    for q in Q::ALL {
        assert_eq!(Q::from_key(q.key()), Some(q));
    }
    assert_eq!(Q::from_key("nope"), None);
    assert!(Q::ALL.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn every_question_is_declared_once_in_its_place() {
    assert_eq!(QUESTIONS.len(), Q::ALL.len());
    for (i, q) in QUESTIONS.iter().enumerate() {
        assert_eq!(q.id as usize, i, "{:?} is not in its place", q.id);
        assert!(std::ptr::eq(q.id.question(), q));
    }
    assert_eq!(
        Q::ALL.map(Q::key),
        [
            "who",
            "for",
            "edition",
            "need",
            "transfer",
            "channel",
            "category",
            "extended",
            "caution",
            "submitted"
        ]
    );
    assert_eq!(
        Q::Who.question().options(),
        ["employer", "worker", "consultant"]
    );
    assert_eq!(
        Q::Edition.question().options(),
        ["west-kazakhstan-2014", "zhambyl-2017"]
    );
    assert_eq!(Q::Category.question().options(), ["1", "2", "3", "4"]);
    assert!(Q::Submitted.question().options().is_empty());
}

#[test]
fn every_option_writes_the_answer_it_reads_back() {
    for q in QUESTIONS {
        for &code in q.options() {
            let a = q.answered(&Answers::default(), code);
            assert_ne!(a, Answers::default(), "{:?} {code}", q.id);
            assert_eq!((q.read)(&a).as_deref(), Some(code), "{:?}", q.id);
            assert_eq!(q.chosen(&a), Some(code), "{:?}", q.id);
        }
        // A code the question does not accept changes nothing.
        let given = general(B, Need::First, Office, Three)
            .on(day_of(B))
            .extended(1);
        for wrong in ["", "Employer", "21", "5", "2017-02-30T10:00", "almaty-2016"] {
            let mut a = given;
            if !(q.write)(&mut a, wrong) {
                assert_eq!(a, given, "{:?} {wrong}", q.id);
            }
        }
    }
    // A count's options are 0, 1, …; the last stands for it and more, and the answer keeps the count itself.
    let ext = Q::Extensions.question();
    for (i, code) in ext.options().iter().enumerate() {
        assert_eq!(*code, i.to_string());
    }
    let five = ext.answered(&Answers::default(), "5");
    assert_eq!(five.extensions, Some(5));
    assert_eq!((ext.read)(&five).as_deref(), Some("5"));
    assert_eq!(ext.chosen(&five), Some("3"));
    assert_eq!(ext.answered(&five, "21"), five, "at most 20");
    let dated = Q::Submitted
        .question()
        .answered(&Answers::default(), "2017-09-04T10:00");
    assert_eq!(dated.submitted, Some(at(2017, 9, 4, 10, 0)));
    assert_eq!(
        Q::Category.question().answered(&Answers::default(), "7"),
        Answers::default()
    );
}

/// Walks the flow from no answers over every option of every question asked (the date: each edition's example day),
/// collecting the questions asked and the outcomes reached.
#[test]
fn every_question_is_reachable_by_the_flow() {
    let mut asked = BTreeSet::new();
    let (mut done, mut not_eligible, mut visited) = (0, 0, 0);
    let mut todo = vec![Answers::default()];
    while let Some(a) = todo.pop() {
        visited += 1;
        match next(&a) {
            Next::Ask(q) => {
                asked.insert(q);
                let question = q.question();
                let codes: Vec<String> = match question.input {
                    Input::DateTime => EditionId::ALL
                        .map(|e| {
                            crate::iso::instant(
                                example_submission(e).and_hms_opt(10, 0, 0).unwrap(),
                            )
                        })
                        .to_vec(),
                    _ => question.options().iter().map(|c| c.to_string()).collect(),
                };
                for code in codes {
                    let b = question.answered(&a, &code);
                    assert_ne!(b, a, "{q:?} {code}: the answer must change the answers");
                    todo.push(b);
                }
            }
            Next::Done(_) => done += 1,
            Next::NotEligible(_) => not_eligible += 1,
        }
    }
    assert_eq!(asked.into_iter().collect::<Vec<_>>(), Q::ALL);
    assert!(done > 0 && not_eligible > 0, "{done} {not_eligible}");
    assert!(visited > 100, "{visited}");
}

#[test]
fn the_example_date_is_a_working_day_while_its_edition_is_in_force() {
    assert_eq!(
        example_submission(A),
        NaiveDate::from_ymd_opt(2015, 3, 20).unwrap()
    );
    assert_eq!(
        example_submission(B),
        NaiveDate::from_ymd_opt(2017, 9, 4).unwrap()
    );
    for e in EditionId::ALL {
        let day = example_submission(e);
        let validity = e.edition().validity;
        assert!(validity.in_force_from.date() <= day && day < validity.lost_force.date());
        assert_eq!(calendar::is_working(day), Ok(true), "{day}");
        // Its journey reaches a case on that day.
        let a = general(e, Need::First, Office, Three).on(day.and_hms_opt(10, 0, 0).unwrap());
        assert!(matches!(next(&a), Next::Done(_)), "{e:?}");
    }
}

// ---- 2. Every path to its outcome ----------------------------------------------------------------------------

/// One scripted answer (named apart from the types they carry).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Ans {
    By(Who),
    For(Applicant),
    Ed(EditionId),
    Needs(Need),
    Ict(ServiceKind),
    Via(Channel),
    Cat(Category),
    Ext(u8),
    Go(Heed),
    /// Submitted on this day at 10:00; without it, the edition's usual day.
    On(i32, u32, u32),
}

impl Ans {
    const fn question(self) -> QuestionId {
        match self {
            Ans::By(_) => Q::Who,
            Ans::For(_) => Q::ActingFor,
            Ans::Ed(_) => Q::Edition,
            Ans::Needs(_) => Q::Need,
            Ans::Ict(_) => Q::TransferNeed,
            Ans::Via(_) => Q::Channel,
            Ans::Cat(_) => Q::Category,
            Ans::Ext(_) => Q::Extensions,
            Ans::Go(_) => Q::Caution,
            Ans::On(..) => Q::Submitted,
        }
    }
}

/// The script's answer to one question.
fn give(a: &mut Answers, q: QuestionId, script: &[Ans]) {
    let found = script.iter().copied().find(|x| x.question() == q);
    match found {
        Some(Ans::By(w)) => a.who = Some(w),
        Some(Ans::For(x)) => a.acting_for = Some(x),
        Some(Ans::Ed(e)) => a.edition = Some(e),
        Some(Ans::Needs(n)) => a.need = Some(n),
        Some(Ans::Ict(s)) => a.transfer_need = Some(s),
        Some(Ans::Via(c)) => a.channel = Some(c),
        Some(Ans::Cat(c)) => a.category = Some(c),
        Some(Ans::Ext(n)) => a.extensions = Some(n),
        Some(Ans::Go(h)) => a.caution = Some(h),
        Some(Ans::On(y, m, d)) => a.submitted = Some(at(y, m, d, 10, 0)),
        None if q == Q::Submitted => a.submitted = Some(day_of(a.edition.unwrap())),
        None => panic!("{q:?} asked but not scripted: {script:?}"),
    }
}

/// Feeds `next` the script's answer to each question it asks, until it stops asking. Checks on the way that no
/// question comes twice and that `path()` is exactly the questions asked so far.
fn run(script: &[Ans]) -> (Vec<QuestionId>, Next) {
    let mut a = Answers::default();
    let mut asked = Vec::new();
    loop {
        match next(&a) {
            Next::Ask(q) => {
                assert!(!asked.contains(&q), "{q:?} asked twice: {script:?}");
                asked.push(q);
                assert_eq!(a.path(), asked, "{script:?}");
                give(&mut a, q, script);
            }
            end => {
                assert_eq!(a.path(), asked, "{script:?}");
                return (asked, end);
            }
        }
    }
}

/// What a journey ends with, as the table compares it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Done {
        edition: EditionId,
        service: ServiceKind,
        track: Track,
        applicant: Applicant,
        channel: Channel,
        category: Option<Category>,
    },
    NotOffered(NotOffered),
    /// The id of the blocking eligibility note.
    Rule(&'static str),
    BeforeInForce,
    DateNotCovered,
}

const fn ok(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    applicant: Applicant,
    channel: Channel,
    category: Option<Category>,
) -> Outcome {
    Outcome::Done {
        edition,
        service,
        track,
        applicant,
        channel,
        category,
    }
}

fn outcome(n: &Next) -> Outcome {
    match n {
        Next::Ask(q) => panic!("still asking {q:?}"),
        Next::Done(c) => ok(
            c.edition,
            c.service,
            c.track,
            c.applicant,
            c.channel,
            c.category,
        ),
        Next::NotEligible(NotEligible::NotOffered(why)) => Outcome::NotOffered(*why),
        Next::NotEligible(NotEligible::Rule(note)) => Outcome::Rule(note.id),
        Next::NotEligible(NotEligible::BeforeInForce { .. }) => Outcome::BeforeInForce,
        Next::NotEligible(NotEligible::DateNotCovered(_)) => Outcome::DateNotCovered,
    }
}

/// Takes the next digit of a mixed-radix counter: one of `values`.
fn pick<T: Copy>(values: &[T], i: &mut usize) -> T {
    let v = values[*i % values.len()];
    *i /= values.len();
    v
}

const WHO: [Who; 3] = [Who::Employer, Who::Worker, Who::Consultant];
const APPLICANTS: [Applicant; 2] = [AEmployer, AWorker];
/// Both sides of every extension limit (1 for an ICT permit, 2 under A, 3 under B).
const EXTENSIONS: [u8; 5] = [0, 1, 2, 3, 4];
const HEEDS: [Heed; 2] = [Heed::GoOn, Heed::Instead];

/// One value for every question (the date aside: the edition's usual day).
#[derive(Clone, Copy, Debug)]
struct Full {
    who: Who,
    acting_for: Applicant,
    edition: EditionId,
    need: Need,
    transfer: ServiceKind,
    channel: Channel,
    category: Category,
    extensions: u8,
    heed: Heed,
}

impl Full {
    const COUNT: usize = 3 * 2 * 2 * 4 * 3 * 2 * 4 * 5 * 2;

    /// The n-th combination, `n < COUNT`.
    fn nth(n: usize) -> Full {
        let i = &mut n.clone();
        let full = Full {
            who: pick(&WHO, i),
            acting_for: pick(&APPLICANTS, i),
            edition: pick(&EditionId::ALL, i),
            need: pick(&NEEDS, i),
            transfer: pick(&ServiceKind::ALL, i),
            channel: pick(&CHANNELS, i),
            category: pick(&Category::ALL, i),
            extensions: pick(&EXTENSIONS, i),
            heed: pick(&HEEDS, i),
        };
        assert_eq!(*i, 0, "combination {n} out of range");
        full
    }

    /// Every question answered at once (the date left out): answers off the path are ignored by the walk.
    fn answers(self) -> Answers {
        Answers {
            who: Some(self.who),
            acting_for: Some(self.acting_for),
            edition: Some(self.edition),
            need: Some(self.need),
            transfer_need: Some(self.transfer),
            channel: Some(self.channel),
            category: Some(self.category),
            extensions: Some(self.extensions),
            caution: Some(self.heed),
            submitted: None,
            applicant_done: None,
            notice_received: None,
            permit_expires: None,
            office_hours: None,
            outcome: None,
        }
    }

    fn script(self) -> [Ans; 9] {
        [
            Ans::By(self.who),
            Ans::For(self.acting_for),
            Ans::Ed(self.edition),
            Ans::Needs(self.need),
            Ans::Ict(self.transfer),
            Ans::Via(self.channel),
            Ans::Cat(self.category),
            Ans::Ext(self.extensions),
            Ans::Go(self.heed),
        ]
    }

    /// Checks one finished journey against what these answers mean.
    fn check(self, path: &[QuestionId], end: &Next) {
        let applicant = match self.who {
            Who::Employer => AEmployer,
            Who::Worker => AWorker,
            Who::Consultant => self.acting_for,
        };
        let worker_a = applicant == AWorker && self.edition == A;
        let is_ict = self.need == Need::Transfer;
        // Questions in the order of `QuestionId::ALL`, none twice.
        assert!(path.windows(2).all(|w| w[0] < w[1]), "{self:?} {path:?}");
        assert_eq!(path[0], Q::Who);
        assert_eq!(path.contains(&Q::ActingFor), self.who == Who::Consultant);
        if worker_a {
            assert!(!path.contains(&Q::Channel), "{self:?}");
            assert!(!path.contains(&Q::Extensions), "{self:?}");
        }
        if worker_a || is_ict {
            assert!(!path.contains(&Q::Category), "{self:?}");
        }
        assert_eq!(
            path.contains(&Q::TransferNeed),
            is_ict && self.edition == B && applicant == AEmployer,
            "{self:?}"
        );
        // The count of extensions is asked where extensions are limited: categories 2 and 3 of an employer's general
        // permit, and an ICT permit (Edition B only).
        let limited = applicant == AEmployer
            && match self.need {
                Need::RunsOut => matches!(self.category, Two | Three),
                Need::Transfer => self.edition == B && self.transfer == Extension,
                Need::First | Need::Changed => false,
            };
        assert_eq!(path.contains(&Q::Extensions), limited, "{self:?}");
        // The caution question is asked where a rule of practitioners (C) would stop the case: an extension at or
        // past its limit, or a category-4 extension under B (never extended). Going on gives the case; "instead"
        // ends at the rule.
        let (track, category) = if is_ict {
            (IctTrack, None)
        } else {
            (General, Some(self.category))
        };
        let limit =
            permits::term_for(self.edition, track, category).and_then(|t| t.extension.limit());
        let warned = (limited && limit.is_some_and(|l| self.extensions >= l))
            || (applicant == AEmployer
                && self.need == Need::RunsOut
                && self.edition == B
                && self.category == Four);
        assert_eq!(path.contains(&Q::Caution), warned, "{self:?}");
        let last = *path.last().unwrap();
        match end {
            Next::Done(case) => {
                assert_eq!(last, Q::Submitted);
                assert!(!warned || self.heed == Heed::GoOn, "{self:?}");
                let (service, track) = match self.need {
                    Need::First => (Issue, General),
                    Need::RunsOut => (Extension, General),
                    Need::Changed => (Reissue, General),
                    Need::Transfer => (self.transfer, IctTrack),
                };
                let channel = if worker_a { Office } else { self.channel };
                let expected = Case {
                    category: path.contains(&Q::Category).then_some(self.category),
                    ..case_of(self.edition, service, track, applicant, channel)
                };
                let expected = if path.contains(&Q::Extensions) {
                    with_extensions(expected, self.extensions)
                } else {
                    expected
                };
                assert_eq!(case, &expected, "{self:?}");
            }
            Next::NotEligible(why) => {
                let expected_last = match why {
                    NotEligible::NotOffered(NotOffered::WorkerPermitOnlyInEditionA) => Q::Edition,
                    NotEligible::NotOffered(NotOffered::IctOnlyInEditionB) => Q::Need,
                    NotEligible::Rule(n)
                        if n.id == "extension-not-allowed" || n.id == "extension-limit-reached" =>
                    {
                        assert!(warned && self.heed == Heed::Instead, "{self:?}");
                        assert_ne!(n.grade(), Grade::S);
                        Q::Caution
                    }
                    other => panic!("unexpected reason {other:?} for {self:?}"),
                };
                assert_eq!(last, expected_last, "{self:?}");
                if let NotEligible::Rule(n) = why {
                    assert_eq!(n.effect, Effect::Blocking);
                    if n.id == "extension-limit-reached" {
                        let category = (!is_ict).then_some(self.category);
                        let track = if is_ict { IctTrack } else { General };
                        let t = permits::term_for(self.edition, track, category).unwrap();
                        let limit = t.extension.limit().unwrap();
                        assert!(self.extensions >= limit, "{self:?}");
                        assert_eq!(n.extensions, Some((self.extensions, limit)), "{self:?}");
                        assert_eq!(n.rule, Some(t.text), "{self:?}");
                    }
                }
            }
            Next::Ask(q) => panic!("still asking {q:?} for {self:?}"),
        }
    }
}

#[test]
fn every_combination_of_answers_reaches_one_of_twenty_six_paths() {
    let mut rows: Vec<(Vec<QuestionId>, Outcome)> = Vec::new();
    let mut cases: Vec<Case> = Vec::new();
    for n in 0..Full::COUNT {
        let full = Full::nth(n);
        let (path, end) = run(&full.script());
        full.check(&path, &end);
        if let Next::Done(case) = &end {
            if !cases.contains(case) {
                cases.push(case.clone());
            }
        }
        let row = (path, outcome(&end));
        if !rows.contains(&row) {
            rows.push(row);
        }
    }

    // The twenty-six paths: thirteen shapes, each after "who" alone or "who" and "for whom". A rule of practitioners
    // (C) that would stop the case adds the caution question, after which the journey ends ("instead") or asks the
    // date ("go on").
    let paths: BTreeSet<Vec<QuestionId>> = rows.iter().map(|(p, _)| p.clone()).collect();
    let ict: &[QuestionId] = &[Q::Edition, Q::Need, Q::TransferNeed, Q::Channel];
    let general: &[QuestionId] = &[Q::Edition, Q::Need, Q::Channel, Q::Category];
    let shapes: [Vec<QuestionId>; 13] = [
        vec![Q::Edition],
        vec![Q::Edition, Q::Need],
        vec![Q::Edition, Q::Need, Q::Submitted],
        [ict, &[Q::Submitted]].concat(),
        [ict, &[Q::Extensions, Q::Caution]].concat(),
        [ict, &[Q::Extensions, Q::Submitted]].concat(),
        [ict, &[Q::Extensions, Q::Caution, Q::Submitted]].concat(),
        [general, &[Q::Caution]].concat(),
        [general, &[Q::Caution, Q::Submitted]].concat(),
        [general, &[Q::Submitted]].concat(),
        [general, &[Q::Extensions, Q::Caution]].concat(),
        [general, &[Q::Extensions, Q::Submitted]].concat(),
        [general, &[Q::Extensions, Q::Caution, Q::Submitted]].concat(),
    ];
    let prefixes: [&[QuestionId]; 2] = [&[Q::Who], &[Q::Who, Q::ActingFor]];
    let with_prefixes = |shape: &[QuestionId]| prefixes.map(|prefix| [prefix, shape].concat());
    let expected: BTreeSet<Vec<QuestionId>> =
        shapes.iter().flat_map(|s| with_prefixes(s)).collect();
    assert_eq!(paths, expected);
    assert_eq!(paths.len(), 26);

    // Rows (path, outcome): per prefix, 64 employer rows (A general 28: 24 cases, the 4 extensions of categories 2
    // and 3 reached both below the limit and, warned, at it; B general 28: 24 cases, the same 4 twice; B ICT 8: 6
    // cases, the 2 extensions twice), 3 worker cases under A, and 5 ends without a case (worker under B, transfer
    // under A; and, the person choosing not to go on past the warning, a category-4 extension under B and an
    // extension limit reached for a general and for an ICT permit).
    assert_eq!(rows.len(), 2 * (64 + 3 + 5));
    let refusals: Vec<_> = rows
        .iter()
        .filter(|(_, o)| !matches!(o, Outcome::Done { .. }))
        .collect();
    assert_eq!(refusals.len(), 10);
    for (shape, reason) in [
        (
            &shapes[0],
            Outcome::NotOffered(NotOffered::WorkerPermitOnlyInEditionA),
        ),
        (
            &shapes[1],
            Outcome::NotOffered(NotOffered::IctOnlyInEditionB),
        ),
        (&shapes[4], Outcome::Rule("extension-limit-reached")),
        (&shapes[7], Outcome::Rule("extension-not-allowed")),
        (&shapes[10], Outcome::Rule("extension-limit-reached")),
    ] {
        // Once after "who", once after "who" and "for whom".
        for path in with_prefixes(shape) {
            assert!(
                refusals.contains(&&(path.clone(), reason)),
                "{path:?} {reason:?}"
            );
        }
    }

    // 57 distinct cases by (edition, service, track, applicant, channel, category): the 55 offered without a
    // warning and B's category-4 extension at the office and on the portal, gone on with; 21 procedures.
    let done: BTreeSet<_> = cases
        .iter()
        .map(|c| {
            (
                c.edition,
                c.service,
                c.track,
                c.applicant,
                c.channel,
                c.category,
            )
        })
        .collect();
    assert_eq!(done.len(), 57);
    let offered: BTreeSet<_> = cases
        .iter()
        .map(|c| (c.edition, c.service, c.track, c.applicant, c.channel))
        .collect();
    let all: BTreeSet<_> = procedures::PROCEDURES
        .iter()
        .map(|p| (p.edition, p.service, p.track, p.applicant, p.channel))
        .collect();
    assert_eq!(offered, all);
    assert_eq!(offered.len(), 21);
    for case in &cases {
        assert!(
            procedures::procedure(
                case.edition,
                case.service,
                case.track,
                case.applicant,
                case.channel
            )
            .is_ok(),
            "{case:?}"
        );
        assert!(timeline::estimate(case).is_ok(), "{case:?}");
        // A case may carry a blocking rule only below S: the person was warned of it and went on.
        assert!(
            permits::eligibility(case)
                .iter()
                .all(|n| n.effect != Effect::Blocking || n.grade() != Grade::S),
            "{case:?}"
        );
    }
}

/// Answers of the table, short.
const EMPLOYER: Ans = Ans::By(Who::Employer);
const WORKER: Ans = Ans::By(Who::Worker);
const CONSULTANT: Ans = Ans::By(Who::Consultant);
const FIRST: Ans = Ans::Needs(Need::First);
const RUNS_OUT: Ans = Ans::Needs(Need::RunsOut);
const CHANGED: Ans = Ans::Needs(Need::Changed);
const TRANSFER: Ans = Ans::Needs(Need::Transfer);

use Ans::{Cat, Ed, Ext, For, Go, Ict, On, Via};

/// Representative journeys: the answers, the path (by the questions' URL keys) and the outcome.
const REPRESENTATIVE: &[(&[Ans], &str, Outcome)] = &[
    (
        &[EMPLOYER, Ed(B), FIRST, Via(Office), Cat(Three)],
        "who edition need channel category submitted",
        ok(B, Issue, General, AEmployer, Office, Some(Three)),
    ),
    (
        &[
            CONSULTANT,
            For(AEmployer),
            Ed(B),
            TRANSFER,
            Ict(Extension),
            Via(Portal),
            Ext(0),
        ],
        "who for edition need transfer channel extended submitted",
        ok(B, Extension, IctTrack, AEmployer, Portal, None),
    ),
    // An ICT permit is extended once at most.
    (
        &[
            EMPLOYER,
            Ed(B),
            TRANSFER,
            Ict(Extension),
            Via(Office),
            Ext(1),
            Go(Heed::Instead),
        ],
        "who edition need transfer channel extended caution",
        Outcome::Rule("extension-limit-reached"),
    ),
    // The limit is practitioners' (C): warned of it, the person may go on to the estimate.
    (
        &[
            EMPLOYER,
            Ed(B),
            TRANSFER,
            Ict(Extension),
            Via(Office),
            Ext(1),
            Go(Heed::GoOn),
        ],
        "who edition need transfer channel extended caution submitted",
        ok(B, Extension, IctTrack, AEmployer, Office, None),
    ),
    (
        &[WORKER, Ed(A), CHANGED],
        "who edition need submitted",
        ok(A, Reissue, General, AWorker, Office, None),
    ),
    (
        &[CONSULTANT, For(AWorker), Ed(A), FIRST],
        "who for edition need submitted",
        ok(A, Issue, General, AWorker, Office, None),
    ),
    (
        &[WORKER, Ed(A), RUNS_OUT],
        "who edition need submitted",
        ok(A, Extension, General, AWorker, Office, None),
    ),
    // Category 4 cannot be extended under B, practitioners say (C): a warning, then the person's choice; under A its
    // extension rule is not known, so it goes on.
    (
        &[
            EMPLOYER,
            Ed(B),
            RUNS_OUT,
            Via(Office),
            Cat(Four),
            Go(Heed::Instead),
        ],
        "who edition need channel category caution",
        Outcome::Rule("extension-not-allowed"),
    ),
    (
        &[
            EMPLOYER,
            Ed(B),
            RUNS_OUT,
            Via(Portal),
            Cat(Four),
            Go(Heed::GoOn),
        ],
        "who edition need channel category caution submitted",
        ok(B, Extension, General, AEmployer, Portal, Some(Four)),
    ),
    (
        &[EMPLOYER, Ed(A), RUNS_OUT, Via(Office), Cat(Four)],
        "who edition need channel category submitted",
        ok(A, Extension, General, AEmployer, Office, Some(Four)),
    ),
    (
        &[EMPLOYER, Ed(B), RUNS_OUT, Via(Portal), Cat(One)],
        "who edition need channel category submitted",
        ok(B, Extension, General, AEmployer, Portal, Some(One)),
    ),
    (
        &[EMPLOYER, Ed(B), RUNS_OUT, Via(Portal), Cat(Two), Ext(2)],
        "who edition need channel category extended submitted",
        ok(B, Extension, General, AEmployer, Portal, Some(Two)),
    ),
    (
        &[
            EMPLOYER,
            Ed(B),
            RUNS_OUT,
            Via(Portal),
            Cat(Two),
            Ext(3),
            Go(Heed::Instead),
        ],
        "who edition need channel category extended caution",
        Outcome::Rule("extension-limit-reached"),
    ),
    (
        &[EMPLOYER, Ed(A), RUNS_OUT, Via(Office), Cat(Three), Ext(1)],
        "who edition need channel category extended submitted",
        ok(A, Extension, General, AEmployer, Office, Some(Three)),
    ),
    (
        &[
            EMPLOYER,
            Ed(A),
            RUNS_OUT,
            Via(Office),
            Cat(Three),
            Ext(2),
            Go(Heed::Instead),
        ],
        "who edition need channel category extended caution",
        Outcome::Rule("extension-limit-reached"),
    ),
    (
        &[EMPLOYER, Ed(A), FIRST, Via(Portal), Cat(One)],
        "who edition need channel category submitted",
        ok(A, Issue, General, AEmployer, Portal, Some(One)),
    ),
    (
        &[EMPLOYER, Ed(B), TRANSFER, Ict(Issue), Via(Office)],
        "who edition need transfer channel submitted",
        ok(B, Issue, IctTrack, AEmployer, Office, None),
    ),
    (
        &[WORKER, Ed(B)],
        "who edition",
        Outcome::NotOffered(NotOffered::WorkerPermitOnlyInEditionA),
    ),
    (
        &[CONSULTANT, For(AWorker), Ed(B)],
        "who for edition",
        Outcome::NotOffered(NotOffered::WorkerPermitOnlyInEditionA),
    ),
    (
        &[EMPLOYER, Ed(A), TRANSFER],
        "who edition need",
        Outcome::NotOffered(NotOffered::IctOnlyInEditionB),
    ),
    (
        &[WORKER, Ed(A), TRANSFER],
        "who edition need",
        Outcome::NotOffered(NotOffered::IctOnlyInEditionB),
    ),
    (
        &[
            EMPLOYER,
            Ed(B),
            FIRST,
            Via(Office),
            Cat(One),
            On(2028, 1, 3),
        ],
        "who edition need channel category submitted",
        Outcome::DateNotCovered,
    ),
    // Inside the calendar, but only if the whole timeline fits: Edition B's issue at the office runs out of the
    // calendar from 1 Dec 2027 at 17:11.
    (
        &[
            EMPLOYER,
            Ed(B),
            FIRST,
            Via(Office),
            Cat(One),
            On(2027, 12, 1),
        ],
        "who edition need channel category submitted",
        ok(B, Issue, General, AEmployer, Office, Some(One)),
    ),
    (
        &[
            EMPLOYER,
            Ed(B),
            FIRST,
            Via(Office),
            Cat(One),
            On(2027, 12, 2),
        ],
        "who edition need channel category submitted",
        Outcome::DateNotCovered,
    ),
    (
        &[WORKER, Ed(A), FIRST, On(2012, 12, 28)],
        "who edition need submitted",
        Outcome::BeforeInForce,
    ),
    // Before the edition came into force, at its earliest (A: 15 Aug 2014, B: 28 Apr 2017), its rules did not exist.
    (
        &[WORKER, Ed(A), FIRST, On(2014, 8, 14)],
        "who edition need submitted",
        Outcome::BeforeInForce,
    ),
    (
        &[WORKER, Ed(A), FIRST, On(2014, 8, 15)],
        "who edition need submitted",
        ok(A, Issue, General, AWorker, Office, None),
    ),
    (
        &[
            EMPLOYER,
            Ed(B),
            FIRST,
            Via(Office),
            Cat(One),
            On(2017, 4, 27),
        ],
        "who edition need channel category submitted",
        Outcome::BeforeInForce,
    ),
];

#[test]
fn representative_paths_reach_their_outcomes() {
    assert_eq!(REPRESENTATIVE.len(), 28);
    for (script, keys, expected) in REPRESENTATIVE {
        let (path, end) = run(script);
        let keyed: Vec<_> = keys.split(' ').map(|k| Q::from_key(k).unwrap()).collect();
        assert_eq!(path, keyed, "{script:?}");
        assert_eq!(outcome(&end), *expected, "{script:?}");
        // Every answer of the row was asked for: the table gives no answer that changes nothing.
        for ans in *script {
            assert!(
                path.contains(&ans.question()),
                "{ans:?} not asked: {script:?}"
            );
        }
    }
}

/// Sets one question's answer back to "not answered".
fn forget(mut a: Answers, q: QuestionId) -> Answers {
    match q {
        Q::Who => a.who = None,
        Q::ActingFor => a.acting_for = None,
        Q::Edition => a.edition = None,
        Q::Need => a.need = None,
        Q::TransferNeed => a.transfer_need = None,
        Q::Channel => a.channel = None,
        Q::Category => a.category = None,
        Q::Extensions => a.extensions = None,
        Q::Caution => a.caution = None,
        Q::Submitted => a.submitted = None,
    }
    a
}

fn answered(a: &Answers, q: QuestionId) -> bool {
    forget(*a, q) != *a
}

fn options<T: Copy>(values: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(values.iter().copied().map(Some))
        .collect()
}

/// Every partial set of answers, including answers left over from other paths: the walk asks the first unanswered
/// question of its path, every earlier question on the path is answered, and no answer off the path changes the
/// result.
#[test]
fn every_partial_answer_set_asks_its_first_unanswered_question_and_ignores_answers_off_its_path() {
    let who = options(&WHO);
    let acting_for = options(&APPLICANTS);
    let edition = options(&EditionId::ALL);
    let need = options(&NEEDS);
    let transfer_need = options(&ServiceKind::ALL);
    let channel = options(&CHANNELS);
    let category = options(&Category::ALL);
    let extensions = options(&[0, 3]);
    let caution = options(&HEEDS);
    let submitted = options(&[at(2017, 9, 4, 10, 0), at(2030, 1, 1, 10, 0)]);
    let count = 4 * 3 * 3 * 5 * 4 * 3 * 5 * 3 * 3 * 3;
    for n in 0..count {
        let i = &mut n.clone();
        let a = Answers {
            who: pick(&who, i),
            acting_for: pick(&acting_for, i),
            edition: pick(&edition, i),
            need: pick(&need, i),
            transfer_need: pick(&transfer_need, i),
            channel: pick(&channel, i),
            category: pick(&category, i),
            extensions: pick(&extensions, i),
            caution: pick(&caution, i),
            submitted: pick(&submitted, i),
            applicant_done: None,
            notice_received: None,
            permit_expires: None,
            office_hours: None,
            outcome: None,
        };
        assert_eq!(*i, 0);
        let result = next(&a);
        let path = a.path();
        assert!(path.windows(2).all(|w| w[0] < w[1]), "{a:?}");
        let (last, before) = path.split_last().unwrap();
        assert!(before.iter().all(|q| answered(&a, *q)), "{a:?}");
        match &result {
            Next::Ask(q) => {
                assert_eq!(q, last, "{a:?}");
                assert!(!answered(&a, *q), "{q:?} asked again: {a:?}");
            }
            Next::Done(_) => assert_eq!(*last, Q::Submitted, "{a:?}"),
            Next::NotEligible(_) => {}
        }
        if !matches!(result, Next::Ask(_)) {
            assert!(answered(&a, *last), "{a:?}");
        }
        for q in Q::ALL {
            if !path.contains(&q) {
                assert_eq!(
                    next(&forget(a, q)),
                    result,
                    "{q:?} is off the path of {a:?}"
                );
            }
        }
    }
}

// ---- 3. Changing an answer -----------------------------------------------------------------------------------

fn complete_employer_b() -> Answers {
    general(B, Need::First, Office, Three).on(at(2017, 9, 4, 10, 0))
}

#[test]
fn changing_the_need_keeps_channel_category_and_date() {
    let before = complete_employer_b();
    let issue = done(&before);
    assert_eq!((issue.service, issue.track), (Issue, General));

    let a = before.need(Need::RunsOut);
    assert_eq!(next(&a), Next::Ask(Q::Extensions));
    assert_eq!(keys(&a), "who edition need channel category extended");
    let a = a.extended(0);
    let extension = done(&a);
    assert_eq!(
        extension,
        with_extensions(
            Case {
                service: Extension,
                ..issue.clone()
            },
            0
        )
    );
    assert_eq!(
        (extension.channel, extension.category, extension.submitted),
        (Office, Some(Three), at(2017, 9, 4, 10, 0))
    );
    assert_eq!(
        keys(&a),
        "who edition need channel category extended submitted"
    );

    // Back to a first permit: the count is kept in the answers but leaves the path and the case.
    let back = a.need(Need::First);
    assert_eq!(done(&back), issue);
    assert_eq!(back.extensions, Some(0));
    assert_eq!(keys(&back), "who edition need channel category submitted");
}

#[test]
fn changing_who_to_a_worker_ends_under_b_and_finishes_under_a_without_asking_again() {
    let a = complete_employer_b().need(Need::RunsOut).extended(0);
    let as_employer = done(&a);

    let worker_b = a.who(Who::Worker);
    assert_eq!(
        next(&worker_b),
        Next::NotEligible(NotEligible::NotOffered(
            NotOffered::WorkerPermitOnlyInEditionA
        ))
    );
    assert_eq!(worker_b.path(), [Q::Who, Q::Edition]);

    let worker_a = worker_b.edition(A);
    assert_eq!(worker_a.path(), [Q::Who, Q::Edition, Q::Need, Q::Submitted]);
    assert_eq!(
        done(&worker_a),
        Case {
            submitted: at(2017, 9, 4, 10, 0),
            ..case_of(A, Extension, General, AWorker, Office)
        }
    );
    // A portal left from the employer's answers is not offered to the worker: the office, without asking.
    let portal = worker_a.channel(Portal);
    assert_eq!(done(&portal).channel, Office);
    assert_eq!(portal.path(), [Q::Who, Q::Edition, Q::Need, Q::Submitted]);

    // The kept answers come back for the employer.
    assert_eq!(done(&worker_a.who(Who::Employer).edition(B)), as_employer);
    let employer_a = worker_a.who(Who::Employer);
    assert_eq!(
        done(&employer_a),
        Case {
            edition: A,
            ..as_employer.clone()
        }
    );
}

#[test]
fn changing_to_a_consultant_asks_only_for_whom() {
    let a = complete_employer_b().who(Who::Consultant);
    assert_eq!(next(&a), Next::Ask(Q::ActingFor));
    assert_eq!(a.path(), [Q::Who, Q::ActingFor]);
    let for_employer = a.acting_for(AEmployer);
    assert_eq!(done(&for_employer), done(&complete_employer_b()));
    assert_eq!(
        keys(&for_employer),
        "who for edition need channel category submitted"
    );
}

#[test]
fn changing_to_a_transfer_asks_which_service_and_drops_the_category() {
    let a = complete_employer_b().need(Need::Transfer);
    assert_eq!(next(&a), Next::Ask(Q::TransferNeed));
    let a = a.transfer(Reissue);
    assert_eq!(keys(&a), "who edition need transfer channel submitted");
    assert_eq!(done(&a), case_of(B, Reissue, IctTrack, AEmployer, Office));
    // Back to a general permit: the category was kept.
    assert_eq!(done(&a.need(Need::First)), done(&complete_employer_b()));
    // Under A the transfer is refused at the need.
    assert_eq!(
        refused(&a.edition(A)),
        NotEligible::NotOffered(NotOffered::IctOnlyInEditionB)
    );
    assert_eq!(a.edition(A).path(), [Q::Who, Q::Edition, Q::Need]);
}

#[test]
fn changing_the_date_out_of_the_calendar_and_back() {
    let out = complete_employer_b().on(at(2028, 2, 1, 10, 0));
    assert_eq!(
        refused(&out),
        NotEligible::DateNotCovered(NaiveDate::from_ymd_opt(2028, 2, 1).unwrap())
    );
    assert_eq!(
        done(&out.on(at(2017, 9, 4, 10, 0))),
        done(&complete_employer_b())
    );
}

// ---- 4. Gaps found earlier, now closed -------------------------------------------------------------------------

/// An ICT permit may be extended once (`b-term-ict`): the journey asks how many times it was extended, goes on to the
/// date below the limit and refuses at the count from the limit on, whatever date was given.
#[test]
fn an_ict_extension_asks_how_many_times_it_was_extended() {
    let t = permits::term_for(B, IctTrack, None).unwrap();
    assert_eq!(t.id, "b-term-ict");
    assert_eq!(t.extension.limit(), Some(1));
    for channel in CHANNELS {
        let a = ict(Extension, channel);
        assert_eq!(next(&a), Next::Ask(Q::Extensions));

        let case = done(&a.extended(0).on(day_of(B)));
        let notes = permits::eligibility(&case);
        assert!(notes.iter().all(|n| n.effect != Effect::Blocking));
        let within = notes
            .iter()
            .find(|n| n.id == "extension-within-limit")
            .unwrap();
        assert_eq!(within.extensions, Some((0, 1)));
        assert!(notes.iter().all(|n| n.id != "extension-count-needed"));

        for so_far in [1, 2, u8::MAX] {
            let a = a.extended(so_far);
            let note = blocked_by(&a);
            assert_eq!(
                (note.id, note.effect, note.extensions),
                (
                    "extension-limit-reached",
                    Effect::Blocking,
                    Some((so_far, 1))
                ),
                "{channel:?} {so_far}"
            );
            assert_eq!(note.rule, Some(t.text));
            assert_eq!(note.citation, t.citation);
            assert_eq!(
                keys(&a),
                "who edition need transfer channel extended caution"
            );
            assert_eq!(blocked_by(&a.on(day_of(B))), note);
        }
    }
}

/// Every case the journey gives has a timeline. Late in 2027, a submission inside the calendar whose timeline would
/// run past its last day is not covered either (and only such a submission): checked for every distinct case, at
/// times around the office's hours, on every day from October to the end of 2027.
#[test]
fn every_covered_submission_has_a_timeline() {
    // On the calendar's last day, none of these fits any more.
    for a in [
        general(B, Need::First, Office, One),
        general(A, Need::First, Office, One),
        ict(Issue, Portal),
    ] {
        assert_eq!(
            refused(&a.on(at(2027, 12, 31, 10, 0))),
            NotEligible::DateNotCovered(NaiveDate::from_ymd_opt(2027, 12, 31).unwrap())
        );
    }

    let times = [
        (0, 0),
        (10, 0),
        (17, 10),
        (17, 11),
        (18, 29),
        (18, 30),
        (23, 59),
    ];
    let days: Vec<NaiveDate> = NaiveDate::from_ymd_opt(2027, 10, 1)
        .unwrap()
        .iter_days()
        .take_while(|d| calendar::covers(*d))
        .collect();
    assert_eq!(days.len(), 92);
    let mut seen: Vec<Case> = Vec::new();
    for n in 0..Full::COUNT {
        let a = Full::nth(n).answers();
        let Next::Done(usual) = next(&a.on(day_of(a.edition.unwrap()))) else {
            continue;
        };
        if seen.contains(&usual) {
            continue;
        }
        let (mut fits, mut runs_out) = (0, 0);
        for day in &days {
            for (h, m) in times {
                let when = day.and_hms_opt(h, m, 0).unwrap();
                let case = Case {
                    submitted: when,
                    ..usual.clone()
                };
                match timeline::estimate(&case) {
                    Ok(_) => {
                        assert_eq!(next(&a.on(when)), Next::Done(case), "{a:?} {when}");
                        fits += 1;
                    }
                    Err(e) => {
                        assert!(matches!(e, EstimateError::Calendar(_)), "{e:?} {usual:?}");
                        assert_eq!(
                            next(&a.on(when)),
                            Next::NotEligible(NotEligible::DateNotCovered(*day)),
                            "{a:?} {when}"
                        );
                        runs_out += 1;
                    }
                }
            }
        }
        // Every case fits at the start of October and runs out by the end of December.
        assert!(fits > 0 && runs_out > 0, "{usual:?}");
        seen.push(usual);
    }
    // The 57 cases of the table, with the extension counts told apart: below each limit (A: 0 and 1, B: 0 to 2, for
    // categories 2 and 3 on both channels; ICT: 0 only), 55 + 2 + 2 * 2 * 1 + 2 * 2 * 2 = 69; and at or past it, gone
    // on with after the warning (A: 2, 3, 4; B: 3, 4; ICT: 1 to 4), 2 * 2 * 3 + 2 * 2 * 2 + 2 * 4 = 28: 97.
    assert_eq!(seen.len(), 97);
}

#[test]
fn a_submission_the_journey_would_refuse_is_refused_at_the_date_question() {
    // Edition B came into force not before Friday 28 April 2017 (ten days after its first publication, whose date
    // is not known: `editions`), so 27 April 2017 is refused with that earliest date, and 28 April is taken.
    let a = general(B, Need::First, Office, Three);
    let in_force_from = B.edition().validity.in_force_from;
    assert_eq!(
        in_force_from,
        DateKnown::NotBefore(NaiveDate::from_ymd_opt(2017, 4, 28).unwrap())
    );
    assert_eq!(
        refuse_submitted(&a, at(2017, 4, 27, 10, 0)),
        Some(DateRefused::BeforeInForce(in_force_from))
    );
    assert_eq!(refuse_submitted(&a, at(2017, 4, 28, 10, 0)), None);
    // 20 September 2099 is past the calendar (2013-2027); so is 30 December 2027, whose later steps fall in 2028.
    assert_eq!(
        refuse_submitted(&a, at(2099, 9, 20, 10, 0)),
        Some(DateRefused::NotCovered)
    );
    assert_eq!(
        refuse_submitted(&a, at(2027, 12, 30, 10, 0)),
        Some(DateRefused::NotCovered)
    );
    // Edition A: not before Friday 15 August 2014.
    let w = worker_a().need(Need::First);
    assert_eq!(
        refuse_submitted(&w, at(2014, 8, 14, 17, 0)),
        Some(DateRefused::BeforeInForce(DateKnown::NotBefore(
            NaiveDate::from_ymd_opt(2014, 8, 15).unwrap()
        )))
    );
    assert_eq!(refuse_submitted(&w, at(2014, 8, 15, 10, 0)), None);
}

#[test]
fn the_applicants_own_date_is_refused_at_its_field_before_the_notice_or_past_the_calendar() {
    // Edition B, office, handed in Monday 4 September 2017 at 10:00: the notice is handed by the end of Friday
    // 15 September (the notice is prepared within 7 working days, signed, then handed within a working day), so
    // the fee proof can be handed in from that day on.
    let a = general(B, Need::First, Office, Three).on(day_of(B));
    let case = done(&a);
    let fee = timeline::estimate(&case)
        .unwrap()
        .milestones
        .into_iter()
        .find(|m| m.by_applicant())
        .unwrap();
    let earliest = fee.starts.date();
    assert_eq!(
        refuse_applicant_done(&case, &OfficeHours::default(), earliest.pred_opt().unwrap()),
        Some(DateRefused::BeforeStepStarts(earliest))
    );
    assert_eq!(
        refuse_applicant_done(&case, &OfficeHours::default(), earliest),
        None
    );
    let late = NaiveDate::from_ymd_opt(2099, 9, 20).unwrap();
    assert_eq!(
        refuse_applicant_done(&case, &OfficeHours::default(), late),
        Some(DateRefused::NotCovered)
    );
    // The last day of the calendar: the permit's steps after it would fall in 2028.
    let last = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
    assert_eq!(
        refuse_applicant_done(&case, &OfficeHours::default(), last),
        Some(DateRefused::NotCovered)
    );
}

#[test]
fn an_applicants_date_past_the_calendar_from_a_link_is_set_aside_not_a_dead_end() {
    // Today's dead end: "I will do it on 20/9/2099" ended the journey as "date not covered", and "Change" (the
    // date question) could not leave it, the date staying in the URL. The case goes on without that date.
    let mut a = general(B, Need::First, Office, Three).on(day_of(B));
    a.applicant_done = NaiveDate::from_ymd_opt(2099, 9, 20);
    let case = done(&a);
    assert_eq!(case.applicant_done, None);
    assert_eq!(case.submitted, day_of(B));
    // A submission past the calendar still ends the journey, whatever the applicant's date.
    assert_eq!(
        refused(&a.on(at(2028, 1, 3, 10, 0))),
        NotEligible::DateNotCovered(NaiveDate::from_ymd_opt(2028, 1, 3).unwrap())
    );
}

/// The flow's date checks count with the answers' office hours, as the timeline does, not with the default ones.
#[test]
fn the_date_checks_count_with_the_answers_office_hours() {
    // Edition A, a first permit of category 3 at the office. Handed in at 10:00 on Wednesday 27 October 2027 it is
    // registered at once, and its steps follow in working days: 5 to Wednesday 3 November, 15 to Wednesday
    // 24 November, 3 to Monday 29 November, 20 to Tuesday 28 December (16 December, Independence Day, is off), and
    // the last 3 to Friday 31 December at closing (18:30), the calendar's last day. Handed in at 17:45, after the
    // default cut-off (17:30), it counts from Thursday 28 October 09:00 and every step ends a working day later: the
    // last past the calendar. An office open until 19:30 and receiving until 18:00 takes 17:45 at once, and its two
    // steps counted in minutes (20 minutes, then an hour) end at 19:05, that same evening: the working days follow as
    // from 10:00 and the last ends on 31 December at 19:30, inside the calendar. (Receiving until 18:00 alone is not
    // enough: the hour would spill past 18:30 into Thursday, and every working day with it.) With reception until
    // 09:30, 10:00 is too late, counts from Thursday, and no longer fits.
    let hours = |closes: (u32, u32), until: (u32, u32)| {
        let d = OfficeHours::default();
        let time = |(h, m): (u32, u32)| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        Some(OfficeHours::new(d.opens, time(closes), d.break_time, time(until)).unwrap())
    };
    let default = general(A, Need::First, Office, Three);
    let (ten, late) = (at(2027, 10, 27, 10, 0), at(2027, 10, 27, 17, 45));
    let last_end = |a: &Answers| {
        let case = done(a);
        let t = timeline::estimate_with(&case, &a.office_hours.unwrap_or_default()).unwrap();
        (t.registered, t.milestones.last().and_then(|m| m.ends))
    };
    let (new_year_eve, evening) = (
        Some(at(2027, 12, 31, 18, 30)),
        Some(at(2027, 12, 31, 19, 30)),
    );
    assert_eq!(refuse_submitted(&default, ten), None);
    assert_eq!(last_end(&default.on(ten)), (ten, new_year_eve));
    assert_eq!(
        refuse_submitted(&default, late),
        Some(DateRefused::NotCovered)
    );
    let six = Answers {
        office_hours: hours((19, 30), (18, 0)),
        ..default
    };
    assert_eq!(refuse_submitted(&six, late), None);
    assert_eq!(last_end(&six.on(late)), (late, evening));
    let half_nine = Answers {
        office_hours: hours((18, 30), (9, 30)),
        ..default
    };
    assert_eq!(
        refuse_submitted(&half_nine, ten),
        Some(DateRefused::NotCovered)
    );
    assert_eq!(
        next(&half_nine.on(ten)),
        Next::NotEligible(NotEligible::DateNotCovered(ten.date()))
    );
    // The hours form refuses such hours at its field rather than end the journey: the 10:00 case under the usual
    // hours cannot take reception until 09:30, and the 17:45 case under the evening hours cannot go back to the usual.
    let usual = OfficeHours::default();
    assert_eq!(refuse_hours(&done(&default.on(ten)), &usual), None);
    assert_eq!(
        refuse_hours(&done(&default.on(ten)), &half_nine.office_hours.unwrap()),
        Some(DateRefused::NotCovered)
    );
    assert_eq!(
        refuse_hours(&done(&six.on(late)), &six.office_hours.unwrap()),
        None
    );
    assert_eq!(
        refuse_hours(&done(&six.on(late)), &usual),
        Some(DateRefused::NotCovered)
    );

    // The timeline's own date fields likewise. With those evening hours the applicant's step (the 20 working days)
    // starts on Monday 29 November, and "done that day" is taken; counted with the default hours the case starts a
    // working day later, so the step starts on Tuesday 30 November and 29 November is refused as before it. A notice
    // received restarts the count from its own day, so the hours no longer move what follows it: 29 November is
    // taken with both, the steps after it ending on 31 December.
    let case = done(&six.on(late));
    let six_hours = six.office_hours.unwrap();
    let step = timeline::estimate_with(&case, &six_hours)
        .unwrap()
        .milestones
        .into_iter()
        .find(|m| m.by_applicant())
        .unwrap();
    let day = NaiveDate::from_ymd_opt(2027, 11, 29).unwrap();
    assert_eq!(step.starts.date(), day);
    assert_eq!(refuse_applicant_done(&case, &six_hours, day), None);
    assert_eq!(
        refuse_applicant_done(&case, &OfficeHours::default(), day),
        Some(DateRefused::BeforeStepStarts(day.succ_opt().unwrap()))
    );
    assert_eq!(refuse_notice_received(&case, &six_hours, day), None);
    assert_eq!(
        refuse_notice_received(&case, &OfficeHours::default(), day),
        None
    );
}
