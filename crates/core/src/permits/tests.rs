use super::*;
use crate::case::{CaseFacts, Channel};

fn case(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    category: Option<Category>,
) -> Case {
    Case {
        edition,
        service,
        track,
        applicant: Applicant::Employer,
        channel: Channel::Office,
        category,
        submitted: NaiveDate::from_ymd_opt(2017, 6, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap(),
        applicant_done: None,
        notice_received: None,
        facts: CaseFacts::default(),
    }
}

/// The records' words are the wording's (`ruqsat_wording::rules::permits` and its tests).
#[test]
fn every_record_is_cited_and_dated() {
    let records = TERMS
        .iter()
        .map(|t| (t.id, t.citation, t.period))
        .chain(SHARE_RULES.iter().map(|r| (r.id, r.citation, r.period)))
        .chain(ICT_CONDITIONS.iter().map(|c| (c.id, c.citation, c.period)))
        .chain(REFUSAL_GROUNDS.iter().map(|g| (g.id, g.citation, g.period)));
    for (id, citation, period) in records {
        assert!(citation.blank_in().is_empty(), "{id}");
        if citation.grade == Grade::C {
            assert!(period.is_some(), "{id}: a C fact states its period");
        }
        if citation.grade == Grade::S {
            assert!(!citation.locator.is_whole(), "{id}");
        }
    }
}

#[test]
fn terms_are_graded_as_the_evidence_grades_them() {
    for t in TERMS {
        let unknown = t.duration == Duration::NotKnown && t.extension == ExtensionRule::NotKnown;
        assert_eq!(t.citation.grade == Grade::U, unknown, "{}", t.id);
        assert!(matches!(t.citation.grade, Grade::C | Grade::U), "{}", t.id);
    }
    assert_eq!(
        term_for(B, Track::General, Some(Four)).unwrap().extension,
        ExtensionRule::NotAllowed
    );
    assert_eq!(
        term_for(A, Track::General, Some(Two)).unwrap().extension,
        ExtensionRule::AtMost(2)
    );
    assert_eq!(
        term_for(B, Track::General, Some(Three)).unwrap().extension,
        ExtensionRule::AtMost(3)
    );
    assert_eq!(term_for(B, Track::General, None), None);
    assert_eq!(term_for(A, Track::IntraCorporateTransfer, None), None);
}

#[test]
fn refusal_grounds_by_edition_and_track() {
    let a = refusal_grounds(A, Track::General);
    assert_eq!(a[0].citation.grade, Grade::S);
    assert_eq!(a[0].citation.locator, Locator::sub_clause(7, 3));
    assert_eq!(a[1].citation.grade, Grade::U);
    let ict: Vec<_> = refusal_grounds(B, Track::IntraCorporateTransfer)
        .iter()
        .map(|g| g.id)
        .collect();
    assert_eq!(
        ict,
        [
            "b-refusal-false-documents",
            "b-refusal-paragraph-16",
            "b-refusal-paragraph-57"
        ]
    );
    assert_eq!(refusal_grounds(B, Track::General).len(), 5);
    assert!(refusal_grounds(B, Track::General)
        .iter()
        .all(|g| g.citation.grade == Grade::O));
}

#[test]
fn the_fee_is_a_range_only() {
    assert_eq!(B_FEE_RANGE.tenge_range(), (137 * 2269, 250 * 2269));
    assert_eq!(B_FEE_RANGE.rate_table.grade, Grade::U);
    let notes = fee_notes(&case(B, ServiceKind::Issue, Track::General, Some(Two)));
    assert!(notes
        .iter()
        .any(|n| n.id == "b-fee-rate-table-not-known" && n.effect == Effect::NotKnown));
    let ict = fee_notes(&case(
        B,
        ServiceKind::Issue,
        Track::IntraCorporateTransfer,
        None,
    ));
    assert!(ict.iter().all(|n| n.id.starts_with("ict-no-fee")) && !ict.is_empty());
    let a = fee_notes(&case(A, ServiceKind::Issue, Track::General, None));
    assert!(a
        .iter()
        .any(|n| n.id == "a-guarantee-deposit" && n.grade() == Grade::S));
}

#[test]
fn expected_end_is_twelve_months_where_the_term_is_fixed() {
    let day = NaiveDate::from_ymd_opt(2017, 5, 10).unwrap();
    let (end, citation) = expected_permit_end(
        &case(B, ServiceKind::Issue, Track::General, Some(Four)),
        day,
    )
    .unwrap();
    assert_eq!(end, NaiveDate::from_ymd_opt(2018, 5, 10).unwrap());
    assert_eq!(citation.grade, Grade::C);
    let leap = NaiveDate::from_ymd_opt(2016, 2, 29).unwrap();
    let (end, _) = expected_permit_end(
        &case(B, ServiceKind::Issue, Track::General, Some(One)),
        leap,
    )
    .unwrap();
    assert_eq!(end, NaiveDate::from_ymd_opt(2017, 2, 28).unwrap());
    assert!(expected_permit_end(
        &case(B, ServiceKind::Issue, Track::IntraCorporateTransfer, None),
        day
    )
    .is_none());
    assert!(
        expected_permit_end(&case(A, ServiceKind::Issue, Track::General, Some(One)), day).is_none()
    );
    assert!(expected_permit_end(
        &case(B, ServiceKind::Extension, Track::General, Some(Two)),
        day
    )
    .is_none());
    assert!(expected_permit_end(
        &case(
            B,
            ServiceKind::Extension,
            Track::IntraCorporateTransfer,
            None
        ),
        day
    )
    .is_some());
    assert!(expected_permit_end(&case(B, ServiceKind::Issue, Track::General, None), day).is_none());
}

#[test]
fn notes_carry_their_facts() {
    for edition in EditionId::ALL {
        for service in ServiceKind::ALL {
            for track in [Track::General, Track::IntraCorporateTransfer] {
                for category in [None, Some(One), Some(Two), Some(Four)] {
                    for so_far in [None, Some(0), Some(5)] {
                        let mut c = case(edition, service, track, category);
                        c.facts.extensions_so_far = so_far;
                        for n in eligibility(&c).into_iter().chain(fee_notes(&c)) {
                            // The sentences are the wording's (`ruqsat_wording::note` and its tests): here, the facts.
                            match n.says {
                                Says::NotOffered(_)
                                | Says::Note(_)
                                | Says::IctCondition(_)
                                | Says::Share(_) => {}
                                f @ Says::FeeRange { .. } => {
                                    assert_eq!(f, B_FEE_RANGE.says(), "{}", n.id)
                                }
                                Says::GuaranteeDue { working_days } => {
                                    assert_eq!(working_days, 20, "{}", n.id)
                                }
                                Says::IssuedForTheTerm | Says::Extension(_) => {
                                    assert!(n.rule.is_some(), "{}", n.id)
                                }
                            }
                            if n.grade() == Grade::U {
                                assert_eq!(n.effect, Effect::NotKnown, "{}", n.id);
                            }
                        }
                    }
                }
            }
        }
    }
}
