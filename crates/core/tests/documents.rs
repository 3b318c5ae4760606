//! The documents side of the core, through its public API: the requirement table against the evidence and the
//! seeds, the checklist of every service, validation findings, IIN/BIN, file examination and permit eligibility.

use chrono::{NaiveDate, NaiveDateTime};

use ruqsat_core::case::{Applicant, Case, CaseFacts, Category, Channel, ServiceKind, Track};
use ruqsat_core::checklist::{
    checklist, validate, Applies, Assumption, Finding, FindingKind, ProvidedDocument,
    ValidationContext,
};
use ruqsat_core::documents::{
    offered_combinations, requirement, Condition, DocumentTitle, Due, Period, ICT_LETTERS_FROM,
    REQUIREMENTS,
};
use ruqsat_core::editions::EditionId::{self, WestKazakhstan2014 as A, Zhambyl2017 as B};
use ruqsat_core::evidence::{Aside, Grade, Locator, Place};
use ruqsat_core::file_check::{examine, FileKind, SIZE_LIMIT};
use ruqsat_core::identifiers::{
    check_digit, parse_bin, parse_iin, validate_bin, validate_iin, Identity,
};
use ruqsat_core::lang::Lang;
use ruqsat_core::permits::{eligibility, expected_permit_end, Effect};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(date: NaiveDate) -> NaiveDateTime {
    date.and_hms_opt(10, 0, 0).unwrap()
}

fn case(edition: EditionId, service: ServiceKind, track: Track, applicant: Applicant) -> Case {
    Case::new(
        edition,
        service,
        track,
        applicant,
        Channel::Office,
        at(match edition {
            A => ymd(2015, 3, 2),
            B => ymd(2017, 6, 1),
        }),
    )
}

fn read(path: &str) -> String {
    // Paths are from the repository root (two levels above this crate).
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join(path)).unwrap();
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

// ---- The table ------------------------------------------------------------------------------------------------

#[test]
fn every_requirement_has_a_citation_a_grade_and_three_languages() {
    assert!(REQUIREMENTS.len() >= 30);
    for r in REQUIREMENTS {
        assert!(r.citation.blank_in().is_empty(), "{}", r.id);
        assert!(Grade::ALL.contains(&r.citation.grade));
        if r.citation.grade == Grade::S {
            assert!(
                matches!(
                    r.citation.locator.places[0],
                    Some(Place::Clause(_) | Place::SubClause(..) | Place::IctSubClause(..))
                ),
                "{}: a seed is cited by clause",
                r.id
            );
        }
    }
    let mut ids: Vec<_> = REQUIREMENTS.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), REQUIREMENTS.len(), "ids are unique");
}

#[test]
fn seed_citations_name_their_act_and_secondary_sources_are_those_of_the_evidence() {
    let evidence = read("regulations/EVIDENCE.md").to_lowercase();
    for r in REQUIREMENTS {
        let c = r.citation;
        match c.grade {
            Grade::S | Grade::U => {
                let act = if r.edition == A { "No. 176" } else { "No. 36" };
                assert!(
                    c.source_text(Lang::En).contains(act),
                    "{}: {:?}",
                    r.id,
                    c.source
                );
            }
            Grade::O | Grade::C => {
                for part in c.source_text(Lang::En).split(';') {
                    let first = part.split_whitespace().next().unwrap();
                    let word = first
                        .trim_matches(|ch: char| !ch.is_alphanumeric())
                        .to_lowercase();
                    assert!(
                        evidence.contains(&word),
                        "{}: source {part:?} is not in EVIDENCE.md",
                        r.id
                    );
                }
            }
        }
    }
}

#[test]
fn the_deadlines_after_the_notice_are_those_of_the_seeds() {
    // Edition A, clause 7, sub-clause 5: guarantee documents within 20 working days of the notice.
    let a = read("regulations/west-kazakhstan-2014-no176.kk.txt");
    assert!(a.contains("хабарламаны алғаннан кейін 20 (жиырма) жұмыс күні ішінде тапсырады"));
    // Edition B, clause 5, sub-clause 8: the fee proof within 10 working days.
    let b = read("regulations/zhambyl-2017-no36.ru.txt");
    assert!(b.contains("8) после сдачи в течение 10 (десяти) рабочих дней услугополучателем копий документов, подтверждающих внесение сбора"));
    let guarantee = requirement("a-employer-issue-guarantee").unwrap();
    let Due::AfterPositiveNotice {
        working_days: 20,
        citation,
    } = guarantee.due
    else {
        panic!("{:?}", guarantee.due)
    };
    assert_eq!(
        citation.source_text(Lang::En),
        "WKO resolution No. 176 of 1 Jul 2014, regulation"
    );
    assert_eq!(citation.locator.places[0], Some(Place::SubClause(7, 5)));
    assert_eq!(citation.grade, Grade::S);
    let fee = requirement("b-general-issue-fee-proof").unwrap();
    let Due::AfterPositiveNotice {
        working_days: 10,
        citation,
    } = fee.due
    else {
        panic!("{:?}", fee.due)
    };
    assert_eq!(
        (citation.source_text(Lang::Ru).as_str(), citation.locator),
        (
            "постановление акимата Жамбылской области от 13 марта 2017 года № 36, регламент",
            Locator::sub_clause(5, 8)
        )
    );
    assert_eq!(citation.grade, Grade::S);
}

// ---- The checklist --------------------------------------------------------------------------------------------

#[test]
fn every_offered_service_has_a_checklist_that_starts_with_the_application() {
    let combos = offered_combinations();
    assert_eq!(
        combos.len(),
        12,
        "A: employer and worker × 3; B: general and ICT × 3"
    );
    for (edition, service, track, applicant) in combos {
        let list = checklist(&case(edition, service, track, applicant));
        assert!(
            !list.is_empty(),
            "{edition:?} {service:?} {track:?} {applicant:?}"
        );
        let first = list.items[0].requirement;
        assert!(first.id.ends_with("-application"), "{}", first.id);
        assert_eq!(first.citation.grade, Grade::S);
        assert_eq!(list.items[0].applies, Applies::Required);
        // After-notice documents come last.
        let after: Vec<bool> = list
            .items
            .iter()
            .map(|i| i.due() != Due::WithPackage)
            .collect();
        assert!(after.windows(2).all(|w| w[0] <= w[1]), "{:?}", list.ids());
    }
    assert!(checklist(&case(
        A,
        ServiceKind::Issue,
        Track::IntraCorporateTransfer,
        Applicant::Employer
    ))
    .is_empty());
    assert!(checklist(&case(
        B,
        ServiceKind::Issue,
        Track::General,
        Applicant::Worker
    ))
    .is_empty());
}

/// Each edition's application in its own terms: Edition A's "application in the set form" (000 clause 7,
/// sub-clause 3), Edition B's "заявление", cited to the clauses that name it: clause 1 ("Прием заявления от
/// услугополучателя") and clause 6, sub-clause 1 ("регистрация заявления и иных документов"), not clause 4, which
/// names only the documents of clause 9 of the standard.
#[test]
fn each_edition_names_its_application_in_its_own_terms_and_clauses() {
    for (edition, service, track, applicant) in offered_combinations() {
        let list = checklist(&case(edition, service, track, applicant));
        let app = list.items[0].requirement;
        match edition {
            A => {
                assert_eq!(app.title, DocumentTitle::Application, "{}", app.id);
                assert_eq!(
                    app.citation.locator,
                    Locator::clause(6).and(Place::SubClause(7, 3)),
                    "{}",
                    app.id
                );
            }
            B => {
                assert_eq!(app.title, DocumentTitle::BApplication, "{}", app.id);
                assert_eq!(
                    app.citation.locator,
                    Locator::clause(1).and(Place::SubClause(6, 1)),
                    "{}",
                    app.id
                );
            }
        }
        assert_eq!(app.citation.grade, Grade::S);
    }
}

#[test]
fn edition_a_employer_issue() {
    let list = checklist(&case(
        A,
        ServiceKind::Issue,
        Track::General,
        Applicant::Employer,
    ));
    assert_eq!(
        list.ids(),
        [
            "a-employer-issue-application",
            "a-employer-issue-education",
            "a-employer-issue-experience",
            "a-employer-issue-passport",
            "a-employer-issue-special-conditions",
            "a-employer-issue-guarantee",
        ]
    );
    let applies = |id: &str| list.get(id).unwrap().applies;
    assert_eq!(applies("a-employer-issue-education"), Applies::Required);
    assert_eq!(
        applies("a-employer-issue-experience"),
        Applies::RequiredIf(Condition::PostRequiresExperience)
    );
    assert_eq!(
        applies("a-employer-issue-special-conditions"),
        Applies::RequiredIf(Condition::EarlierPermitsHadSpecialConditions)
    );
    for id in [
        "a-employer-issue-education",
        "a-employer-issue-experience",
        "a-employer-issue-passport",
    ] {
        assert_eq!(list.get(id).unwrap().citation().grade, Grade::C, "{id}");
        assert_eq!(
            list.get(id).unwrap().requirement.period,
            Some(Period::Rules2012)
        );
    }
    let guarantee = list.get("a-employer-issue-guarantee").unwrap();
    assert!(
        matches!(guarantee.due(), Due::AfterPositiveNotice { working_days: 20, citation } if citation.grade == Grade::S)
    );
    assert_eq!(
        list.get("a-employer-issue-experience").unwrap().applies,
        Applies::RequiredIf(Condition::PostRequiresExperience)
    );
}

#[test]
fn edition_a_reissue_and_worker_permits_are_not_known_beyond_the_application() {
    for (service, applicant) in [
        (ServiceKind::Reissue, Applicant::Employer),
        (ServiceKind::Issue, Applicant::Worker),
        (ServiceKind::Extension, Applicant::Worker),
        (ServiceKind::Reissue, Applicant::Worker),
    ] {
        let list = checklist(&case(A, service, Track::General, applicant));
        assert_eq!(list.items.len(), 2, "{service:?} {applicant:?}");
        assert_eq!(list.items[0].citation().grade, Grade::S);
        assert_eq!(list.items[1].citation().grade, Grade::U);
        assert!(matches!(
            list.items[1].requirement.title,
            DocumentTitle::ChangesNotKnown | DocumentTitle::OtherClause9DocumentsNotKnown
        ));
    }
}

#[test]
fn edition_b_general_issue_has_the_fee_proof_and_ict_issue_has_none() {
    let general = checklist(&case(
        B,
        ServiceKind::Issue,
        Track::General,
        Applicant::Employer,
    ));
    let fee = general.get("b-general-issue-fee-proof").unwrap();
    assert!(
        matches!(fee.due(), Due::AfterPositiveNotice { working_days: 10, citation } if citation.grade == Grade::S)
    );
    assert_eq!(
        general.items.last().unwrap().id(),
        "b-general-issue-fee-proof"
    );
    assert_eq!(
        general
            .get("b-general-issue-education")
            .unwrap()
            .citation()
            .grade,
        Grade::O
    );
    assert_eq!(
        general
            .get("b-general-issue-passport")
            .unwrap()
            .citation()
            .grade,
        Grade::C
    );
    for service in ServiceKind::ALL {
        let ict = checklist(&case(
            B,
            service,
            Track::IntraCorporateTransfer,
            Applicant::Employer,
        ));
        assert!(
            ict.items
                .iter()
                .all(|i| i.due() == Due::WithPackage && !i.id().contains("fee")),
            "{:?}",
            ict.ids()
        );
    }
    // The reissue of a general permit: no second fee.
    let reissue = checklist(&case(
        B,
        ServiceKind::Reissue,
        Track::General,
        Applicant::Employer,
    ));
    assert!(reissue.items.iter().all(|i| !i.id().contains("fee")));
}

#[test]
fn ict_education_documents_until_15_september_2017_then_letters() {
    let mut c = case(
        B,
        ServiceKind::Issue,
        Track::IntraCorporateTransfer,
        Applicant::Employer,
    );
    c.submitted = at(ymd(2017, 9, 14));
    assert_eq!(
        checklist(&c).ids(),
        ["b-ict-issue-application", "b-ict-issue-education"]
    );
    c.submitted = at(ICT_LETTERS_FROM);
    assert_eq!(
        checklist(&c).ids(),
        [
            "b-ict-issue-application",
            "b-ict-issue-letter-foreign-employer",
            "b-ict-issue-letter-host"
        ]
    );
    assert!(checklist(&c)
        .items
        .iter()
        .skip(1)
        .all(|i| i.citation().grade == Grade::C));
}

#[test]
fn known_facts_drop_or_require_conditional_documents() {
    let mut c = case(B, ServiceKind::Issue, Track::General, Applicant::Employer);
    assert!(matches!(
        checklist(&c)
            .get("b-general-issue-experience")
            .unwrap()
            .applies,
        Applies::RequiredIf(_)
    ));
    c.facts.post_requires_experience = Some(true);
    assert_eq!(
        checklist(&c)
            .get("b-general-issue-experience")
            .unwrap()
            .applies,
        Applies::Required
    );
    c.facts.post_requires_experience = Some(false);
    assert!(checklist(&c).get("b-general-issue-experience").is_none());
}

// ---- Validation -----------------------------------------------------------------------------------------------

const PNG: &[u8] = &[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];

fn good(id: &str) -> ProvidedDocument {
    ProvidedDocument {
        legalised: Some(true),
        notarised: Some(true),
        translated: Some(true),
        file: Some(examine(PNG)),
        ..ProvidedDocument::have(id)
    }
}

/// 11 digits, then the check digit.
fn complete(first11: &str) -> String {
    let d: [u8; 11] = first11
        .bytes()
        .map(|b| b - b'0')
        .collect::<Vec<_>>()
        .try_into()
        .unwrap();
    format!("{first11}{}", check_digit(&d).unwrap())
}

fn kinds(findings: &[Finding]) -> Vec<(&'static str, FindingKind)> {
    findings.iter().map(|f| (f.requirement, f.kind)).collect()
}

#[test]
fn a_good_package_gives_no_finding() {
    let mut c = case(A, ServiceKind::Issue, Track::General, Applicant::Employer);
    c.facts = CaseFacts {
        post_requires_experience: Some(true),
        documents_from_cis: Some(false),
        documents_in_foreign_language: Some(true),
        earlier_permits_with_special_conditions: Some(false),
        extensions_so_far: None,
    };
    let mut docs: Vec<_> = checklist(&c).ids().into_iter().map(good).collect();
    docs[3].valid_until = Some(ymd(2025, 1, 1));
    let ctx = ValidationContext {
        permit_end: Some(ymd(2016, 3, 2)),
        identity: Identity {
            employer_bin: Some("040540000123".into()),
            worker_iin: Some("900515300018".into()),
        },
        passport_birth_date: Some(ymd(1990, 5, 15)),
        ..ValidationContext::for_case(&c)
    };
    assert_eq!(validate(&c, &docs, &ctx), []);
    // Nothing said beyond "I have it" is not a finding either; the guarantee documents are not due yet.
    let bare: Vec<_> = checklist(&c)
        .ids()
        .into_iter()
        .take(4)
        .map(ProvidedDocument::have)
        .collect();
    assert_eq!(validate(&c, &bare, &ValidationContext::for_case(&c)), []);
}

/// Edition A issue with one fault of each of ten kinds.
fn faulty_a() -> (Case, Vec<ProvidedDocument>, ValidationContext) {
    let mut c = case(A, ServiceKind::Issue, Track::General, Applicant::Employer);
    c.facts.post_requires_experience = Some(true);
    c.facts.documents_from_cis = Some(false);
    c.facts.documents_in_foreign_language = Some(true);
    let submission = c.submitted.date();
    let encrypted = examine(b"%PDF-1.5\ntrailer\n<< /Root 1 0 R /Encrypt 7 0 R >>\n%%EOF");
    assert_eq!(
        (encrypted.kind, encrypted.encrypted_pdf),
        (FileKind::Pdf, true)
    );
    let docs = vec![
        // Listed out of order on purpose: findings follow the checklist.
        ProvidedDocument {
            valid_until: Some(submission.pred_opt().unwrap()),
            file: Some(examine(b"PK\x03\x04 a zip, not a scan")),
            ..good("a-employer-issue-passport")
        },
        ProvidedDocument {
            file: Some(encrypted),
            ..good("a-employer-issue-application")
        },
        ProvidedDocument {
            legalised: Some(false),
            translated: Some(false),
            file: Some(examine(&[])),
            ..good("a-employer-issue-education")
        },
        // Said but not had: the same as not there.
        ProvidedDocument {
            have: false,
            ..good("a-employer-issue-experience")
        },
    ];
    let ctx = ValidationContext {
        identity: Identity {
            employer_bin: Some("040540000124".into()),
            worker_iin: Some("900515300019".into()),
        },
        ..ValidationContext::for_case(&c)
    };
    (c, docs, ctx)
}

#[test]
fn validation_catches_each_kind_in_checklist_order() {
    let (c, docs, ctx) = faulty_a();
    let findings = validate(&c, &docs, &ctx);
    assert_eq!(
        kinds(&findings),
        [
            (
                "a-employer-issue-application",
                FindingKind::FileEncryptedPdf
            ),
            ("a-employer-issue-application", FindingKind::IinInvalid),
            ("a-employer-issue-application", FindingKind::BinInvalid),
            ("a-employer-issue-education", FindingKind::NotLegalised),
            ("a-employer-issue-education", FindingKind::NotTranslated),
            ("a-employer-issue-education", FindingKind::FileEmpty),
            ("a-employer-issue-experience", FindingKind::Missing),
            ("a-employer-issue-passport", FindingKind::Expired),
            ("a-employer-issue-passport", FindingKind::FileTypeNotAllowed),
            (
                "a-employer-issue-special-conditions",
                FindingKind::MissingIfApplies
            ),
        ]
    );
    assert_eq!(findings, validate(&c, &docs, &ctx), "deterministic");
    // A file check (type, size, encryption) is an assumption: it carries the assumption's grade (U), never the S of
    // the clause that asks for scans (A clause 11, sub-clause 5), whose place it still names.
    let file_kinds = [
        FindingKind::FileEncryptedPdf,
        FindingKind::FileEmpty,
        FindingKind::FileTypeNotAllowed,
    ];
    let files: Vec<_> = findings
        .iter()
        .filter(|f| file_kinds.contains(&f.kind))
        .collect();
    assert_eq!(files.len(), 3);
    for f in files {
        assert_eq!(f.citation.grade, Grade::U, "{f:?}");
        assert_eq!(f.assumption, Some(Assumption::FileTypesAndSize));
        assert_eq!(f.citation.locator.places[0], Some(Place::SubClause(11, 5)));
    }
    for f in &findings {
        assert!(f.citation.blank_in().is_empty());
    }
    let file = findings
        .iter()
        .find(|f| f.kind == FindingKind::FileEncryptedPdf)
        .unwrap();
    assert_eq!(file.assumption, Some(Assumption::FileTypesAndSize));
    assert_eq!(
        file.citation.locator,
        Locator::sub_clause(11, 5).aside(Aside::ScannedAttachments)
    );
    let iin = findings
        .iter()
        .find(|f| f.kind == FindingKind::IinInvalid)
        .unwrap();
    assert_eq!(iin.detail.as_deref(), Some("check_digit"));
    assert!(iin.assumption.is_some());
    let missing = findings
        .iter()
        .find(|f| f.kind == FindingKind::Missing)
        .unwrap();
    assert_eq!(
        missing.citation,
        requirement("a-employer-issue-experience").unwrap().citation
    );
}

/// Edition B issue with the five other kinds.
fn faulty_b() -> (Case, Vec<ProvidedDocument>, ValidationContext) {
    let c = case(B, ServiceKind::Issue, Track::General, Applicant::Employer);
    let submission = c.submitted.date();
    let mut big = PNG.to_vec();
    big.resize(SIZE_LIMIT as usize + 1, 0);
    let docs = vec![
        good("b-general-issue-application"),
        ProvidedDocument {
            notarised: Some(false),
            file: Some(examine(&big)),
            ..good("b-general-issue-education")
        },
        good("b-general-issue-experience"),
        ProvidedDocument {
            valid_from: Some(submission.succ_opt().unwrap()),
            valid_until: Some(ymd(2018, 1, 31)),
            ..good("b-general-issue-passport")
        },
    ];
    let iin = complete(&format!("900515{}", "30001"));
    let ctx = ValidationContext {
        permit_end: expected_permit_end(
            &Case {
                category: Some(Category::Two),
                ..c.clone()
            },
            submission,
        )
        .map(|(d, _)| d),
        identity: Identity {
            employer_bin: None,
            worker_iin: Some(iin),
        },
        passport_birth_date: Some(ymd(1990, 5, 16)),
        ..ValidationContext::for_case(&c)
    };
    (c, docs, ctx)
}

#[test]
fn validation_catches_the_remaining_kinds() {
    let (c, docs, ctx) = faulty_b();
    assert_eq!(ctx.permit_end, Some(ymd(2018, 6, 1)));
    let findings = validate(&c, &docs, &ctx);
    assert_eq!(
        kinds(&findings),
        [
            ("b-general-issue-education", FindingKind::NotNotarised),
            ("b-general-issue-education", FindingKind::FileTooLarge),
            ("b-general-issue-passport", FindingKind::NotYetValid),
            (
                "b-general-issue-passport",
                FindingKind::ExpiresBeforePermitEnd
            ),
            (
                "b-general-issue-passport",
                FindingKind::IinBirthDateMismatch
            ),
        ]
    );
    let too_large = &findings[1];
    assert_eq!(too_large.assumption, Some(Assumption::FileTypesAndSize));
    assert_eq!(
        findings[3].assumption,
        Some(Assumption::PassportOutlastingThePermit)
    );
    // Its dates read back from the detail: the passport's "valid until" and the permit's end.
    let passport_until = docs
        .iter()
        .find(|d| d.requirement == "b-general-issue-passport")
        .and_then(|d| d.valid_until)
        .unwrap();
    assert_eq!(
        findings[3].validity_dates(),
        Some((passport_until, Some(ymd(2018, 6, 1))))
    );
    assert_eq!(findings[0].validity_dates(), None);
    // Under Edition B a CIS document is not flagged for legalisation ("unless a treaty says otherwise"), a
    // non-CIS one is.
    let not_legalised = [ProvidedDocument {
        legalised: Some(false),
        ..good("b-general-issue-education")
    }];
    let mut cis = c.clone();
    cis.facts.documents_from_cis = Some(true);
    assert!(
        validate(&cis, &not_legalised, &ValidationContext::for_case(&cis))
            .iter()
            .all(|f| f.kind != FindingKind::NotLegalised)
    );
    cis.facts.documents_from_cis = Some(false);
    assert!(
        validate(&cis, &not_legalised, &ValidationContext::for_case(&cis))
            .iter()
            .any(|f| f.kind == FindingKind::NotLegalised)
    );
}

/// Edition B, employer, first permit for category 3, at the office, handed in Monday 4 September 2017 at 10:00.
/// Counted by hand on the 2017 calendar: registered on the spot, the notice prepared within 7 working days (to
/// Wednesday 13 September), signed, then handed by Friday 15 September; the fee proof within 10 working days (to
/// Friday 29 September); the permit prepared, signed and handed within a working day each, the last by the close of
/// Tuesday 3 October 2017. Its term is 12 months: it ends on 3 October 2018.
fn dated_b() -> Case {
    Case {
        category: Some(Category::Three),
        submitted: at(ymd(2017, 9, 4)),
        ..case(B, ServiceKind::Issue, Track::General, Applicant::Employer)
    }
}

#[test]
fn a_passport_running_out_before_the_permit_is_issued_or_ends_is_a_finding() {
    let c = dated_b();
    let ctx = ValidationContext::for_case(&c);
    assert_eq!(ctx.issued_by, Some(ymd(2017, 10, 3)));
    assert_eq!(ctx.permit_end, Some(ymd(2018, 10, 3)));
    let passport = |until| {
        [ProvidedDocument {
            valid_until: Some(until),
            ..good("b-general-issue-passport")
        }]
    };
    // Valid on the day of submission (4 September) but not on the day the permit is expected (3 October).
    let before_issue = validate(&c, &passport(ymd(2017, 10, 1)), &ctx);
    let f = before_issue
        .iter()
        .find(|f| f.requirement == "b-general-issue-passport")
        .unwrap();
    assert_eq!(f.kind, FindingKind::ExpiresBeforeIssue);
    assert_eq!(
        f.validity_dates(),
        Some((ymd(2017, 10, 1), Some(ymd(2017, 10, 3))))
    );
    assert_eq!(f.assumption, Some(Assumption::PassportOutlastingThePermit));
    // The permit is issued in time, but the passport ends before the permit does.
    let before_end = kinds(&validate(&c, &passport(ymd(2018, 1, 31)), &ctx));
    assert!(before_end.contains(&(
        "b-general-issue-passport",
        FindingKind::ExpiresBeforePermitEnd
    )));
    // The day the permit ends is enough; a passport already expired is only that.
    let own = |until| {
        kinds(&validate(&c, &passport(until), &ctx))
            .into_iter()
            .filter(|(r, _)| *r == "b-general-issue-passport")
            .collect::<Vec<_>>()
    };
    assert_eq!(own(ymd(2018, 10, 3)), []);
    assert_eq!(
        own(ymd(2017, 9, 3)),
        [("b-general-issue-passport", FindingKind::Expired)]
    );
}

#[test]
fn a_valid_until_that_is_not_a_date_is_a_finding() {
    let c = dated_b();
    let docs = [ProvidedDocument {
        valid_until: None,
        valid_until_not_a_date: true,
        ..good("b-general-issue-passport")
    }];
    let found = validate(&c, &docs, &ValidationContext::for_case(&c));
    assert!(kinds(&found).contains(&("b-general-issue-passport", FindingKind::ValidUntilNotADate)));
}

#[test]
fn each_condition_of_a_copy_can_be_not_needed_where_the_evidence_says_it_depends() {
    // Edition B's education documents: legalised "unless a treaty says otherwise", translated where not in Kazakh or
    // Russian (EVIDENCE §1, O). A diploma in Russian needs no translation; one a treaty exempts, no legalisation.
    let mut c = dated_b();
    c.facts.documents_from_cis = Some(false);
    c.facts.documents_in_foreign_language = Some(true);
    let own = |doc: ProvidedDocument| {
        kinds(&validate(&c, &[doc], &ValidationContext::for_case(&c)))
            .into_iter()
            .filter(|(r, _)| *r == "b-general-issue-education")
            .map(|(_, k)| k)
            .collect::<Vec<_>>()
    };
    let bare = ProvidedDocument {
        legalised: Some(false),
        translated: Some(false),
        ..good("b-general-issue-education")
    };
    assert_eq!(
        own(bare.clone()),
        [FindingKind::NotLegalised, FindingKind::NotTranslated]
    );
    assert_eq!(
        own(ProvidedDocument {
            in_kazakh_or_russian: Some(true),
            ..bare.clone()
        }),
        [FindingKind::NotLegalised]
    );
    assert_eq!(
        own(ProvidedDocument {
            legalisation_not_needed: true,
            in_kazakh_or_russian: Some(true),
            ..bare.clone()
        }),
        []
    );
    // Edition A: a document from a CIS country needs a notarised copy instead of the apostille.
    let mut a = case(A, ServiceKind::Issue, Track::General, Applicant::Employer);
    a.facts.documents_from_cis = Some(false);
    let own_a = |doc: ProvidedDocument| {
        kinds(&validate(&a, &[doc], &ValidationContext::for_case(&a)))
            .into_iter()
            .filter(|(r, _)| *r == "a-employer-issue-education")
            .map(|(_, k)| k)
            .collect::<Vec<_>>()
    };
    let not_apostilled = ProvidedDocument {
        legalised: Some(false),
        ..good("a-employer-issue-education")
    };
    assert_eq!(own_a(not_apostilled.clone()), [FindingKind::NotLegalised]);
    let from_cis = ProvidedDocument {
        legalisation_not_needed: true,
        ..not_apostilled
    };
    assert_eq!(own_a(from_cis.clone()), []);
    assert_eq!(
        own_a(ProvidedDocument {
            notarised: Some(false),
            ..from_cis
        }),
        [FindingKind::NotNotarised]
    );
}

#[test]
fn every_finding_kind_is_reached_by_the_crafted_inputs() {
    let c = dated_b();
    let crafted = vec![
        ProvidedDocument {
            valid_until: Some(ymd(2017, 10, 1)),
            ..good("b-general-issue-passport")
        },
        ProvidedDocument {
            valid_until_not_a_date: true,
            ..good("b-general-issue-education")
        },
    ];
    let ctx = ValidationContext::for_case(&c);
    let mut seen: Vec<FindingKind> = [faulty_a(), faulty_b(), (c, crafted, ctx)]
        .iter()
        .flat_map(|(c, docs, ctx)| validate(c, docs, ctx))
        .map(|f| f.kind)
        .collect();
    seen.sort();
    seen.dedup();
    assert_eq!(seen, FindingKind::ALL);
}

// ---- Identifiers and files ------------------------------------------------------------------------------------

#[test]
fn iin_and_bin_check_digits() {
    // 9 0 0 5 1 5 3 0 0 0 1 weighted 1..11: 9+20+5+30+21+11 = 96 ≡ 8 (mod 11).
    assert_eq!(
        parse_iin("900515300018").unwrap().birth_date,
        ymd(1990, 5, 15)
    );
    assert!(validate_iin("900515300017").is_err());
    // 0 4 0 5 4 0 0 0 0 1 2 weighted 1..11: 8+20+20+10+22 = 80 ≡ 3.
    assert_eq!(parse_bin("040540000123").unwrap().registration_month, 5);
    assert!(validate_bin("040540000122").is_err());
    for serial in 0..200u32 {
        let first11 = format!("0106125{serial:04}");
        let d: [u8; 11] = first11
            .bytes()
            .map(|b| b - b'0')
            .collect::<Vec<_>>()
            .try_into()
            .unwrap();
        match check_digit(&d) {
            Some(c) => {
                assert_eq!(
                    parse_iin(&format!("{first11}{c}")).unwrap().birth_date,
                    ymd(2001, 6, 12)
                );
                assert!(validate_iin(&format!("{first11}{}", (c + 1) % 10)).is_err());
            }
            None => (0..10).for_each(|c| assert!(validate_iin(&format!("{first11}{c}")).is_err())),
        }
    }
}

#[test]
fn files_are_known_by_their_bytes() {
    assert_eq!(
        examine(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n").kind,
        FileKind::Pdf
    );
    assert_eq!(examine(&[0xFF, 0xD8, 0xFF, 0xDB]).kind, FileKind::Jpeg);
    assert_eq!(examine(PNG).kind, FileKind::Png);
    assert_eq!(examine(b"GIF89a").kind, FileKind::Other);
    let empty = examine(&[]);
    assert!(empty.empty && empty.size == 0);
    assert!(examine(b"%PDF-1.4\ntrailer<</Encrypt 3 0 R/Root 1 0 R>>").encrypted_pdf);
    assert!(!examine(b"%PDF-1.4\ntrailer<</Root 1 0 R>>").encrypted_pdf);
}

// ---- Eligibility ----------------------------------------------------------------------------------------------

#[test]
fn a_category_4_permit_cannot_be_extended() {
    let mut c = case(
        B,
        ServiceKind::Extension,
        Track::General,
        Applicant::Employer,
    );
    c.category = Some(Category::Four);
    let notes = eligibility(&c);
    let blocked = notes
        .iter()
        .find(|n| n.effect == Effect::Blocking)
        .expect("blocked");
    assert_eq!(blocked.id, "extension-not-allowed");
    assert_eq!(blocked.grade(), Grade::C);
    // Edition A's category 4: not known, so not blocked.
    c.edition = A;
    let notes = eligibility(&c);
    assert!(notes.iter().all(|n| n.effect != Effect::Blocking));
    assert!(notes
        .iter()
        .any(|n| n.effect == Effect::NotKnown && n.grade() == Grade::U));
}

#[test]
fn extension_limits_by_era_and_count() {
    let limit = |edition, so_far| {
        let mut c = case(
            edition,
            ServiceKind::Extension,
            Track::General,
            Applicant::Employer,
        );
        c.category = Some(Category::Three);
        c.facts.extensions_so_far = so_far;
        let notes = eligibility(&c);
        let n = notes
            .iter()
            .find(|n| n.id.starts_with("extension-"))
            .unwrap();
        (n.id, n.effect, n.extensions)
    };
    assert_eq!(
        limit(B, Some(2)),
        ("extension-within-limit", Effect::Info, Some((2, 3)))
    );
    assert_eq!(
        limit(B, Some(3)),
        ("extension-limit-reached", Effect::Blocking, Some((3, 3)))
    );
    assert_eq!(
        limit(A, Some(2)),
        ("extension-limit-reached", Effect::Blocking, Some((2, 2)))
    );
    assert_eq!(
        limit(A, None),
        ("extension-count-needed", Effect::Caution, None)
    );
    let mut ict = case(
        B,
        ServiceKind::Extension,
        Track::IntraCorporateTransfer,
        Applicant::Employer,
    );
    ict.facts.extensions_so_far = Some(1);
    assert!(eligibility(&ict)
        .iter()
        .any(|n| n.id == "extension-limit-reached"));
}

#[test]
fn ict_only_under_edition_b_and_worker_permits_only_under_edition_a() {
    let ict_a = eligibility(&case(
        A,
        ServiceKind::Issue,
        Track::IntraCorporateTransfer,
        Applicant::Employer,
    ));
    assert_eq!(ict_a[0].id, "ict-only-edition-b");
    assert_eq!(
        (ict_a[0].effect, ict_a[0].grade()),
        (Effect::Blocking, Grade::S)
    );
    let worker_b = eligibility(&case(
        B,
        ServiceKind::Issue,
        Track::General,
        Applicant::Worker,
    ));
    assert_eq!(worker_b[0].id, "worker-permit-only-edition-a");
    assert_eq!(
        (worker_b[0].effect, worker_b[0].grade()),
        (Effect::Blocking, Grade::S)
    );
    let worker_a = eligibility(&case(
        A,
        ServiceKind::Issue,
        Track::General,
        Applicant::Worker,
    ));
    assert!(worker_a.iter().all(|n| n.effect != Effect::Blocking));
    assert!(worker_a.iter().any(|n| n.effect == Effect::NotKnown));
    let ict_b = eligibility(&case(
        B,
        ServiceKind::Issue,
        Track::IntraCorporateTransfer,
        Applicant::Employer,
    ));
    assert!(ict_b
        .iter()
        .any(|n| n.id == "ict-labour-market-search" && n.grade() == Grade::C));
}

/// Findings come in checklist order and, for one document, in the order of `FindingKind`, for every offered
/// service with every document given with every problem at once (and some not given at all).
#[test]
fn findings_are_ordered_by_document_then_kind_in_every_service() {
    use ruqsat_core::file_check::FileFacts;
    for (edition, service, track, applicant) in offered_combinations() {
        let mut c = case(edition, service, track, applicant);
        c.facts.documents_in_foreign_language = Some(true);
        let list = checklist(&c);
        let provided: Vec<ProvidedDocument> = list
            .items
            .iter()
            .enumerate()
            .filter(|(i, _)| i % 3 != 1)
            .map(|(_, item)| ProvidedDocument {
                valid_from: Some(ymd(2030, 1, 1)),
                valid_until: Some(ymd(2000, 1, 1)),
                legalised: Some(false),
                notarised: Some(false),
                translated: Some(false),
                file: Some(FileFacts {
                    kind: FileKind::Other,
                    size: SIZE_LIMIT + 1,
                    empty: false,
                    encrypted_pdf: false,
                }),
                ..ProvidedDocument::have(item.id())
            })
            .collect();
        let ctx = ValidationContext {
            identity: Identity {
                employer_bin: Some("040540000124".into()),
                worker_iin: Some("900515300019".into()),
            },
            passport_birth_date: Some(ymd(1991, 1, 1)),
            ..ValidationContext::for_case(&c)
        };
        let found = validate(&c, &provided, &ctx);
        let keys: Vec<(usize, FindingKind)> = found
            .iter()
            .map(|f| {
                (
                    list.items
                        .iter()
                        .position(|i| i.id() == f.requirement)
                        .unwrap(),
                    f.kind,
                )
            })
            .collect();
        let mut sorted = keys.clone();
        sorted.sort();
        assert_eq!(
            keys, sorted,
            "{edition:?} {service:?} {track:?} {applicant:?}"
        );
        assert!(keys.iter().any(|(_, k)| *k == FindingKind::IinInvalid));
        // Every document left out is missing, but one whose content is not known (U): "ask the provider", not
        // counted against "ready to submit".
        for (i, item) in list.items.iter().enumerate().filter(|(i, _)| i % 3 == 1) {
            let r = item.requirement;
            let missing = keys.iter().any(|&(at, k)| {
                at == i && matches!(k, FindingKind::Missing | FindingKind::MissingIfApplies)
            });
            let counts = r.due == Due::WithPackage && r.citation.grade != Grade::U;
            assert_eq!(missing, counts, "{}", r.id);
        }
    }
}

/// A package with every known document and none of the U ones is ready: Edition A's employer reissue is the
/// application (S) and "the documents that identify what changed" (U); given the application alone, nothing is
/// missing.
#[test]
fn a_document_not_known_is_not_missing() {
    let c = case(A, ServiceKind::Reissue, Track::General, Applicant::Employer);
    let list = checklist(&c);
    let unknown: Vec<_> = list
        .items
        .iter()
        .filter(|i| i.requirement.citation.grade == Grade::U)
        .collect();
    assert!(!unknown.is_empty());
    let known: Vec<ProvidedDocument> = list
        .items
        .iter()
        .filter(|i| i.requirement.citation.grade != Grade::U)
        .map(|i| ProvidedDocument::have(i.id()))
        .collect();
    let found = validate(&c, &known, &ValidationContext::for_case(&c));
    assert!(
        found
            .iter()
            .all(|f| unknown.iter().all(|u| u.id() != f.requirement)),
        "{found:?}"
    );
}

/// `validate` calls the IIN and BIN parsers directly (no validator error maps in the bundle); `Identity`'s
/// validator rules must say the same about every number.
#[test]
fn identity_findings_agree_with_the_validator_rules() {
    use validator::Validate;
    let c = case(B, ServiceKind::Issue, Track::General, Applicant::Employer);
    for (bin, iin) in [
        ("040540000123", "900515300018"),
        ("040540000124", "900515300019"),
        ("0405", "9005a"),
        ("041340000123", "901315300018"),
        ("", ""),
    ] {
        let identity = Identity {
            employer_bin: Some(bin.into()).filter(|s: &String| !s.is_empty()),
            worker_iin: Some(iin.into()).filter(|s: &String| !s.is_empty()),
        };
        let by_validator = identity.validate().err().map(|e| {
            let fields = e.field_errors();
            let code = |f: &str| fields.get(f).map(|v| v[0].code.to_string());
            (code("employer_bin"), code("worker_iin"))
        });
        let ctx = ValidationContext {
            identity,
            ..ValidationContext::for_case(&c)
        };
        let found = validate(&c, &[], &ctx);
        let detail = |k| {
            found
                .iter()
                .find(|f| f.kind == k)
                .and_then(|f| f.detail.clone())
        };
        let direct = (
            detail(FindingKind::BinInvalid),
            detail(FindingKind::IinInvalid),
        );
        assert_eq!(by_validator.unwrap_or((None, None)), direct, "{bin} {iin}");
    }
}
