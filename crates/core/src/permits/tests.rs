use super::*;
use crate::case::{CaseFacts, Channel};
use crate::codes::Code;
use crate::lang::Lang;

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
        facts: CaseFacts::default(),
    }
}

#[test]
fn every_record_is_cited_and_worded() {
    let texts = TERMS
        .iter()
        .map(|t| (t.id, t.text, t.citation, t.period))
        .chain(
            SHARE_RULES
                .iter()
                .map(|r| (r.id, r.text, r.citation, r.period)),
        )
        .chain(
            ICT_CONDITIONS
                .iter()
                .map(|c| (c.id, c.text, c.citation, c.period)),
        )
        .chain(
            REFUSAL_GROUNDS
                .iter()
                .map(|g| (g.id, g.text, g.citation, g.period)),
        );
    for (id, text, citation, period) in texts {
        assert!(text.blank_in().is_empty(), "{id}");
        assert!(citation.blank_in().is_empty(), "{id}");
        if citation.grade == Grade::C {
            assert!(
                period.is_some_and(|p| p.blank_in().is_empty()),
                "{id}: a C fact states its period"
            );
        }
        if citation.grade == Grade::S {
            assert!(citation.locator.blank_in().is_empty(), "{id}");
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
    assert_eq!(a[0].citation.locator.en, "clause 7, sub-clause 3");
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
fn notes_have_words_in_every_language() {
    for edition in EditionId::ALL {
        for service in ServiceKind::ALL {
            for track in [Track::General, Track::IntraCorporateTransfer] {
                for category in [None, Some(One), Some(Two), Some(Four)] {
                    for so_far in [None, Some(0), Some(5)] {
                        let mut c = case(edition, service, track, category);
                        c.facts.extensions_so_far = so_far;
                        for n in eligibility(&c).into_iter().chain(fee_notes(&c)) {
                            // The sentences are the wording's (`ruqsat_wording::note` and its tests).
                            match n.says {
                                Says::Text(text) => assert!(text.blank_in().is_empty(), "{}", n.id),
                                f @ Says::FeeRange { .. } => {
                                    assert_eq!(f, B_FEE_RANGE.says(), "{}", n.id)
                                }
                                Says::GuaranteeDue { working_days } => {
                                    assert_eq!(working_days, 20, "{}", n.id)
                                }
                                Says::IssuedForTheTerm | Says::Extension(_) => {
                                    assert!(
                                        n.rule.is_some_and(|r| r.blank_in().is_empty()),
                                        "{}",
                                        n.id
                                    )
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

/// The words each language uses for a figure of the data: a term's prose must say its record's figures.
fn figure_words(months: u32) -> [&'static [&'static str]; 3] {
    match months {
        12 => [
            &["12 ай", "бір жыл", "1 жыл"],
            &["12 месяцев", "один год", "1 год"],
            &["12 months", "one year", "1 year"],
        ],
        36 => [&["3 жыл"], &["3 лет"], &["3 years"]],
        m => panic!("no words for {m} months: add them here"),
    }
}

fn says_one_of(text: Localized, words: [&[&str]; 3], what: &str) {
    for (lang, words) in Lang::ALL.into_iter().zip(words) {
        assert!(
            words.iter().any(|w| text.get(lang).contains(w)),
            "{what}: {lang:?} text {:?} says none of {words:?}",
            text.get(lang)
        );
    }
}

#[test]
fn the_prose_of_each_term_says_the_figures_of_its_record() {
    for t in TERMS {
        match t.duration {
            Duration::Months(m) | Duration::UpToMonths(m) | Duration::ContractUpToMonths(m) => {
                says_one_of(t.text, figure_words(m), t.id)
            }
            Duration::NotKnown => {}
        }
        let limit: [&[&str]; 3] = match t.extension {
            ExtensionRule::AtMost(2) => [&["екі рет"], &["двух раз"], &["twice"]],
            ExtensionRule::AtMost(3) => [&["үш рет"], &["трёх раз"], &["three times"]],
            ExtensionRule::AtMost(n) => panic!("no words for {n} extensions: add them here"),
            ExtensionRule::Once { months } => {
                says_one_of(t.text, figure_words(months), t.id);
                [&["бір рет"], &["один раз"], &["once"]]
            }
            ExtensionRule::WithoutLimit { months } => {
                assert_eq!(months, 12, "{}", t.id);
                [
                    &["жыл сайын шектеусіз"],
                    &["ежегодно без ограничения"],
                    &["yearly without limit"],
                ]
            }
            ExtensionRule::NotAllowed => {
                [&["ұзартылмайды"], &["не продлевается"], &["no extension"]]
            }
            ExtensionRule::NotKnown => [&["белгісіз"], &["неизвест"], &["not known"]],
        };
        says_one_of(t.text, limit, t.id);
        if let Scope::Categories(cats) = t.scope {
            let first = cats[0].code().to_string();
            for lang in Lang::ALL {
                assert!(t.text.get(lang).contains(&first), "{}: {lang:?}", t.id);
            }
        }
    }
}

#[test]
fn the_prose_of_each_share_says_its_percentage() {
    for r in SHARE_RULES {
        if let Share::LocalAtLeast(p) | Share::ForeignAtMostOfLocal(p) = r.share {
            for lang in Lang::ALL {
                assert!(
                    r.text.get(lang).contains(&format!("{p} %")),
                    "{}: {lang:?}",
                    r.id
                );
            }
        }
    }
}
