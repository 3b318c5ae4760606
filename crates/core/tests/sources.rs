//! The register of sources (`ruqsat_core::sources`) against the citations of every module: every source is cited
//! somewhere, and every citation's source is in the register.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;
use ruqsat_core::calendar::{self, TRANSFERS};
use ruqsat_core::evidence::{Aside, Citation, Grade};
use ruqsat_core::sources::SourceId;
use ruqsat_core::{checklist, counting, documents, editions, identifiers, permits, procedures};

/// Every `.rs` file of the core's `src/` except the register and `evidence.rs`, with its comments taken out.
fn rule_files() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<(String, String)>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let name = path.display().to_string();
                if name.ends_with("sources.rs") || name.ends_with("evidence.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let code: String = text
                    .lines()
                    .map(|l| l.split("//").next().unwrap())
                    .collect::<Vec<_>>()
                    .join("\n");
                out.push((name, code));
            }
        }
    }
    let mut out = Vec::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut out);
    assert!(out.len() > 10, "{} files", out.len());
    out
}

/// The variant's name as code writes it: `SourceId::BalCom`.
fn written(s: SourceId) -> String {
    format!("SourceId::{s:?}")
}

#[test]
fn every_source_of_the_register_is_cited_by_a_rule_file() {
    let files = rule_files();
    // The single decrees are checked against the transfers that cite them (the next test).
    for s in SourceId::FIXED
        .into_iter()
        .filter(|s| s.decree_id().is_none())
    {
        let code = written(s);
        // A name that is a prefix of another (Wko176 of Wko176Regulation) must appear on its own.
        let cited = files.iter().any(|(_, text)| {
            text.match_indices(&code).any(|(i, _)| {
                !text[i + code.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_alphanumeric())
            })
        });
        assert!(cited, "{s:?} is in the register but no rule file cites it");
    }
}

#[test]
fn every_transfer_decree_of_the_register_is_cited_by_its_transfers() {
    for s in SourceId::all() {
        if let Some(id) = s.decree_id() {
            assert!(
                TRANSFERS
                    .iter()
                    .any(|t| t.citation.source == s && t.decree == id),
                "{id} is in the register but no transfer cites it"
            );
        }
    }
}

/// Every citation the public data of the core holds: editions, procedures, documents, permits, checklist, counting,
/// identifiers and the calendar.
fn all_citations() -> Vec<Citation> {
    let mut v = Vec::new();
    for e in [&editions::WEST_KAZAKHSTAN_2014, &editions::ZHAMBYL_2017] {
        v.push(e.citation);
        v.push(e.validity.citation);
        v.push(e.validity.in_force_citation());
        v.push(checklist::attachment_citation(e.id));
    }
    for p in &procedures::PROCEDURES {
        v.extend(p.steps.iter().map(|s| s.citation));
    }
    for r in documents::REQUIREMENTS {
        v.push(r.citation);
        if let documents::Due::AfterPositiveNotice { citation, .. } = r.due {
            v.push(citation);
        }
    }
    v.extend(permits::TERMS.iter().map(|t| t.citation));
    v.extend(permits::SHARE_RULES.iter().map(|t| t.citation));
    v.extend(permits::ICT_CONDITIONS.iter().map(|t| t.citation));
    v.extend(permits::REFUSAL_GROUNDS.iter().map(|t| t.citation));
    v.push(permits::B_FEE_RANGE.citation);
    v.push(permits::CATEGORIES);
    v.push(counting::OFFICE_HOURS_CITATION);
    v.push(identifiers::STRUCTURE_CITATION);
    v.push(calendar::TRANSFER_RULE.citation);
    v.push(calendar::WEEKEND_RULE.citation);
    v.push(calendar::UNVERIFIED_YEARS.citation);
    let mut date = NaiveDate::from_ymd_opt(2013, 1, 1).unwrap();
    while date.year_ce().1 <= 2027 {
        if let Some(c) = calendar::day(date).unwrap().citation {
            v.push(c);
        }
        date = date.succ_opt().unwrap();
    }
    v
}

use chrono::Datelike;

#[test]
fn every_citation_names_a_source_of_the_register_and_is_no_stronger_than_it() {
    let register: HashSet<SourceId> = SourceId::all().into_iter().collect();
    let citations = all_citations();
    assert!(citations.len() > 200, "{}", citations.len());
    for c in &citations {
        for s in std::iter::once(c.source).chain(c.also) {
            assert!(register.contains(&s), "{c:?}: {s:?} is not in the register");
        }
        // A citation may be weaker than its source (the seed only refers to a text not obtained: U), never stronger.
        assert!(c.grade >= c.source.grade(), "{c:?}");
        assert!(c.blank_in().is_empty(), "{c:?}");
    }
    // The data cite most of the register at run time too (the rest through functions of a case: fees, eligibility).
    let cited: HashSet<SourceId> = citations
        .iter()
        .flat_map(|c| std::iter::once(c.source).chain(c.also))
        .collect();
    for s in [
        SourceId::Wko176,
        SourceId::Wko176Regulation,
        SourceId::Zhambyl36,
        SourceId::Zhambyl36Regulation,
        SourceId::SobesZhambyl,
        SourceId::Lawadept,
        SourceId::HolidaysLaw,
        SourceId::LabourCode,
        SourceId::KurbanAitEstimate,
        SourceId::decree("P1700000864"),
    ] {
        assert!(cited.contains(&s), "{s:?}");
    }
    // The seeds' citations graded U are those of clause 9 of a standard whose text was not obtained.
    let weakened: Vec<_> = citations
        .iter()
        .filter(|c| c.grade == Grade::U && c.source.grade() == Grade::S)
        .collect();
    assert!(weakened.len() >= 2);
    for c in weakened {
        assert!(
            matches!(
                c.locator.aside,
                Some(Aside::Clause9OfDecree217Standard | Aside::Clause9OfOrder279Standard)
            ),
            "{c:?}"
        );
    }
}
