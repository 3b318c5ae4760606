use super::*;
use crate::case::Channel;

fn case(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    category: Option<Category>,
) -> Case {
    Case {
        category,
        ..Case::new(
            edition,
            service,
            track,
            Applicant::Employer,
            Channel::Office,
            NaiveDate::from_ymd_opt(2017, 6, 1)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
        )
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
    let a = refusal_grounds(A, Track::General, Channel::Office);
    assert_eq!(a[0].citation.grade, Grade::S);
    assert_eq!(a[0].citation.locator, Locator::sub_clause(7, 3));
    assert_eq!(a[1].citation.grade, Grade::U);
    let ict: Vec<_> = refusal_grounds(B, Track::IntraCorporateTransfer, Channel::Office)
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
    assert_eq!(refusal_grounds(B, Track::General, Channel::Office).len(), 5);
    assert!(refusal_grounds(B, Track::General, Channel::Office)
        .iter()
        .all(|g| g.citation.grade == Grade::O));
}

/// The portal's refusals are the seeds' own (S), on the portal only: Edition A clause 11, sub-clauses 4 (log-in
/// refused for faulty data), 7 (digital signature not confirmed) and 10 (faulty attachments); Edition B clause 9,
/// sub-clauses 4, 6 and 10, for the general permit and the transfer alike.
#[test]
fn the_portal_refusals_are_the_seeds_own_and_only_on_the_portal() {
    let portal_only = |e, t| {
        let office = refusal_grounds(e, t, Channel::Office);
        refusal_grounds(e, t, Channel::Portal)
            .into_iter()
            .filter(|g| !office.contains(g))
            .map(|g| (g.text, g.citation.grade, g.citation.locator))
            .collect::<Vec<_>>()
    };
    let expected = |clause, subs: [u8; 3]| {
        [
            RefusalText::PortalLogInRefused,
            RefusalText::PortalSignatureNotConfirmed,
            RefusalText::PortalAttachmentsFaulty,
        ]
        .into_iter()
        .zip(subs)
        .map(|(t, s)| (t, Grade::S, Locator::sub_clause(clause, s)))
        .collect::<Vec<_>>()
    };
    assert_eq!(portal_only(A, Track::General), expected(11, [4, 7, 10]));
    assert_eq!(portal_only(B, Track::General), expected(9, [4, 6, 10]));
    assert_eq!(
        portal_only(B, Track::IntraCorporateTransfer),
        expected(9, [4, 6, 10])
    );
    for g in refusal_grounds(A, Track::General, Channel::Office) {
        assert_eq!(g.channel, None, "{}", g.id);
    }
}

#[test]
fn the_fee_is_a_range_only() {
    assert_eq!(B_FEE_RANGE.tenge_range(), (137 * 2269, 250 * 2269));
    // The 2017 table is C (bal.com), shown as a table beside the range: its first row starts at the range's least
    // rate and its third ends at the range's greatest (137 and 250 MCI), and no note computes an amount due.
    assert_eq!(B_FEE_RANGE.rate_table.grade, Grade::C);
    assert_eq!(B_FEE_TABLE_2017.citation.grade, Grade::C);
    assert!(B_FEE_TABLE_2017.period.is_some());
    assert_eq!(B_FEE_TABLE_2017.rows[0].mci, [137, 158, 179, 200]);
    assert_eq!(B_FEE_TABLE_2017.rows[1].mci, [154, 178, 202, 225]);
    assert_eq!(B_FEE_TABLE_2017.rows[2].mci, [171, 198, 224, 250]);
    assert_eq!(B_FEE_TABLE_2017.seasonal_mci, 24);
    let all: Vec<u32> = B_FEE_TABLE_2017.rows.iter().flat_map(|r| r.mci).collect();
    assert_eq!(all.iter().min(), Some(&B_FEE_RANGE.min_mci));
    assert_eq!(all.iter().max(), Some(&B_FEE_RANGE.max_mci));
    let notes = fee_notes(&case(B, ServiceKind::Issue, Track::General, Some(Two)));
    let table = notes.iter().find(|n| n.id == "b-fee-table-2017").unwrap();
    assert_eq!((table.effect, table.grade()), (Effect::Info, Grade::C));
    assert!(table.period.is_some());
    assert!(notes.iter().all(|n| n.grade() != Grade::U), "{notes:?}");
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
