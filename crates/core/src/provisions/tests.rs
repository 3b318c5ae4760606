use super::*;
use crate::case::ServiceKind;
use crate::evidence::{Grade, Place};
use crate::timeline::estimate;
use chrono::NaiveDate;

fn case(
    edition: EditionId,
    track: Track,
    applicant: Applicant,
    channel: Channel,
    on: NaiveDateTime,
) -> Case {
    Case::new(edition, ServiceKind::Issue, track, applicant, channel, on)
}

fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .unwrap()
        .and_hms_opt(h, 0, 0)
        .unwrap()
}

const A: EditionId = EditionId::WestKazakhstan2014;
const B: EditionId = EditionId::Zhambyl2017;

fn ids(c: &Case, representative: bool) -> Vec<&'static str> {
    provisions(c, representative).iter().map(|p| p.id).collect()
}

fn find(c: &Case, id: &str) -> Provision {
    provisions(c, false)
        .into_iter()
        .find(|p| p.id == id)
        .unwrap()
}

/// Every provision is the seed's own (S, at a clause), but B's silence on appeal, which is U; every text is listed;
/// the sections come in their order.
#[test]
fn every_provision_is_cited_to_its_seed_and_in_section_order() {
    for edition in [A, B] {
        for track in [Track::General, Track::IntraCorporateTransfer] {
            for applicant in [Applicant::Employer, Applicant::Worker] {
                for channel in [Channel::Office, Channel::Portal] {
                    let c = case(edition, track, applicant, channel, at(2017, 9, 4, 10));
                    let all = provisions(&c, applicant == Applicant::Worker);
                    assert!(all.windows(2).all(|w| w[0].section <= w[1].section));
                    for p in all {
                        assert!(ProvisionText::ALL.contains(&p.text), "{}", p.id);
                        if p.id == "b-appeal-not-in-the-regulation" {
                            assert_eq!(p.citation.grade, Grade::U);
                        } else {
                            assert_eq!(p.citation.grade, Grade::S, "{}", p.id);
                            assert_eq!(p.citation.source, source(edition), "{}", p.id);
                            assert!(!p.citation.locator.is_whole(), "{}", p.id);
                        }
                    }
                }
            }
        }
    }
}

/// The clauses, as read in the seeds: A 1 (address, phone, portal), 4 (the 20-minute limits), 5 (result), 6 (a
/// representative "сенімхат бойынша"), 7.3 and 7.4 (refusals), 10 (no public service centres), 11.1/3/5/6 (portal
/// prerequisites), 11.14 (personal cabinet), 13 (appeal); B 1 and 9 (provider, portals, site), 3 (result), 4 and 5
/// (representative "по доверенности"), 5.5 and 5.7 (notice of refusal), 9.1/3/5/7 (portal), 9.11 (personal cabinet).
#[test]
fn each_provision_cites_the_clause_that_says_it() {
    let office_a = case(
        A,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        at(2015, 3, 2, 10),
    );
    let portal_a = Case {
        channel: Channel::Portal,
        ..office_a.clone()
    };
    let office_b = case(
        B,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        at(2017, 9, 4, 10),
    );
    let portal_b = Case {
        channel: Channel::Portal,
        ..office_b.clone()
    };
    let loc = |c: &Case, id| find(c, id).citation.locator;
    assert_eq!(loc(&office_a, "representative"), Locator::clause(6));
    assert_eq!(loc(&office_a, "a-twenty-minutes"), Locator::clause(4));
    assert_eq!(
        loc(&office_a, "a-not-through-service-centres"),
        Locator::clause(10)
    );
    assert_eq!(loc(&office_a, "a-provider"), Locator::clause(1));
    assert_eq!(
        loc(&office_a, "a-executor-refuses"),
        Locator::sub_clause(7, 3)
    );
    assert_eq!(
        loc(&office_a, "a-commission-refuses"),
        Locator::sub_clause(7, 4)
    );
    assert_eq!(loc(&office_a, "a-appeal"), Locator::clause(13));
    assert_eq!(loc(&office_a, "a-result"), Locator::clause(5));
    assert_eq!(loc(&office_a, "a-result-form"), Locator::clause(3));
    assert_eq!(
        loc(&portal_a, "a-personal-cabinet"),
        Locator::sub_clause(11, 14)
    );
    let portal = |c: &Case| {
        [
            "portal-registration",
            "portal-log-in",
            "portal-form",
            "portal-certificate",
        ]
        .map(|id| loc(c, id))
    };
    assert_eq!(
        portal(&portal_a),
        [1, 3, 5, 6].map(|s| Locator::sub_clause(11, s))
    );
    assert_eq!(
        portal(&portal_b),
        [1, 3, 5, 7].map(|s| Locator::sub_clause(9, s))
    );
    assert_eq!(
        loc(&office_b, "representative"),
        Locator::clause(4).and(Place::Clause(5))
    );
    assert_eq!(
        loc(&office_b, "b-notice-of-refusal"),
        Locator::sub_clause(5, 5).and(Place::SubClause(5, 7))
    );
    assert_eq!(loc(&office_b, "b-result"), Locator::clause(3));
    assert_eq!(
        loc(&portal_b, "b-personal-cabinet"),
        Locator::sub_clause(9, 11)
    );
    assert_eq!(
        loc(&office_b, "b-provider"),
        Locator::clause(1).and(Place::Clause(9))
    );
    // A representative's path lists the power of attorney instead (A clause 6; B clause 4).
    let rep = |c: &Case| {
        provisions(c, true)
            .into_iter()
            .find(|p| p.id == "power-of-attorney")
            .unwrap()
            .citation
            .locator
    };
    assert_eq!(rep(&office_a), Locator::clause(6));
    assert_eq!(rep(&office_b), Locator::clause(4));
    assert!(!ids(&office_b, true).contains(&"representative"));
    // The portal checks only on the portal; the 20-minute limits (reception at the office) and the centres only in A.
    assert!(!ids(&office_a, false).contains(&"portal-registration"));
    assert!(!ids(&portal_a, false).contains(&"a-twenty-minutes"));
    assert!(!ids(&office_b, false).iter().any(|id| id.starts_with("a-")));
    assert_eq!(A_PHONE, "8 7112 50 50 99");
    assert_eq!(B_PORTALS, ["www.egov.kz", "www.elicense.kz"]);
}

/// When the applicant would know of a refusal at the latest, counted by hand.
///
/// Edition A, an employer's issue handed in on Monday 2 March 2015 at 10:00: registered by 10:20 (7.1), the executor
/// named by 11:20 (7.2). The executor's 5 working days (7.3) run from the next day: 3, 4, 5, 6 March, then 7–8
/// March is a weekend and Women's Day (Sunday 8 March) moves to Monday 9 March, so the fifth is Tuesday 10 March: a
/// refusal for an incomplete package comes by its close. The commission's 15 working days (7.4) run 11–13, 16–20
/// March (8), Nauryz takes 23 March and the two days moved from the weekend, 24 and 25 March, then 26, 27, 30, 31
/// March, 1, 2, 3 April (15); its notice within 3 working days: 6, 7, 8 April.
///
/// Edition B, an issue handed in at the office on Monday 4 September 2017 at 10:00: four 20-minute steps to 11:20,
/// the worker's 7 working days 5–8 and 11–13 September, the signature at the next opening (14 September, 09:20), the
/// notice handed over within 1 working day: by the close of Friday 15 September. On the portal, the notice reaches
/// the personal cabinet within 7 calendar days of the request: by the end of Monday 11 September.
#[test]
fn the_latest_day_the_applicant_would_know_of_a_refusal() {
    let known = |c: &Case, id| known_by(&find(c, id), &estimate(c).unwrap());
    let office_a = case(
        A,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        at(2015, 3, 2, 10),
    );
    let close = |y, m, d| {
        NaiveDate::from_ymd_opt(y, m, d)
            .unwrap()
            .and_hms_opt(18, 30, 0)
            .unwrap()
    };
    assert_eq!(
        known(&office_a, "a-executor-refuses"),
        Some(close(2015, 3, 10))
    );
    assert_eq!(
        known(&office_a, "a-commission-refuses"),
        Some(close(2015, 4, 8))
    );
    let office_b = case(
        B,
        Track::General,
        Applicant::Employer,
        Channel::Office,
        at(2017, 9, 4, 10),
    );
    assert_eq!(
        known(&office_b, "b-notice-of-refusal"),
        Some(close(2017, 9, 15))
    );
    let portal_b = Case {
        channel: Channel::Portal,
        ..office_b.clone()
    };
    assert_eq!(
        known(&portal_b, "b-notice-of-refusal"),
        NaiveDate::from_ymd_opt(2017, 9, 11)
            .unwrap()
            .and_hms_opt(23, 59, 0)
    );
    // The ICT procedure has no notice: a refusal would be known by the day the permit would be handed over.
    let ict = case(
        B,
        Track::IntraCorporateTransfer,
        Applicant::Employer,
        Channel::Office,
        at(2017, 9, 4, 10),
    );
    let tl = estimate(&ict).unwrap();
    assert_eq!(known(&ict, "b-ict-permit-or-refusal"), tl.last_end());
    // Provisions with no step have no date.
    assert_eq!(known(&office_a, "a-appeal"), None);
}
