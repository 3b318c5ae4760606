#![cfg(not(target_arch = "wasm32"))]
//! The `ruqsat` program as a script sees it: JSON on stdout, one-line errors with exit status 2.

use std::process::{Command, Output};

fn ruqsat(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_ruqsat"))
        .args(args)
        .output()
        .unwrap()
}

fn json(o: &Output) -> serde_json::Value {
    assert!(
        o.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap()
}

fn refused(args: &[&str], expected: &str) {
    let o = ruqsat(args);
    assert_eq!(o.status.code(), Some(2), "{args:?}");
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "one line: {err}");
    assert!(err.contains(expected), "{err}");
    assert!(!err.contains("panicked"));
    assert!(o.stdout.is_empty());
}

#[test]
fn calendar_lists_one_object_a_day_with_kind_and_citation() {
    let v = json(&ruqsat(&[
        "calendar",
        "--from",
        "2017-12-15",
        "--to",
        "2017-12-20",
    ]));
    let days = v.as_array().unwrap();
    assert_eq!(days.len(), 6);
    let get = |i: usize, k: &str| days[i][k].clone();
    assert_eq!(get(0, "date"), "2017-12-15");
    assert_eq!(get(0, "working"), true);
    // 16–17 Dec 2017, Independence Day on a weekend; 18 and 19 Dec the days off moved from it.
    assert_eq!(get(1, "kind"), "holiday");
    assert_eq!(get(1, "working"), false);
    assert_eq!(get(3, "kind"), "holiday-moved-from-weekend");
    assert_eq!(get(4, "kind"), "holiday-moved-from-weekend");
    assert_eq!(get(5, "working"), true);
    assert!(get(1, "citation")["source"]
        .as_str()
        .unwrap()
        .contains("On holidays"));
    assert!(days.iter().all(|d| d["estimated"] == false));
    let v = json(&ruqsat(&[
        "calendar",
        "--from",
        "2026-01-01",
        "--to",
        "2026-01-01",
    ]));
    assert_eq!(v[0]["estimated"], true);
}

#[test]
fn estimate_prints_every_milestone_with_its_clause_and_end() {
    let v = json(&ruqsat(&[
        "estimate",
        "--edition",
        "west-kazakhstan-2014",
        "--service",
        "issue",
        "--applicant",
        "employer",
        "--channel",
        "office",
        "--submitted",
        "2014-09-01T10:00",
    ]));
    let m = v["milestones"].as_array().unwrap();
    assert_eq!(m.len(), 7);
    assert_eq!(m[0]["ends"], "2014-09-02T09:20");
    assert_eq!(m[5]["by_applicant"], true);
    assert_eq!(m[5]["ends"], "2014-10-31T18:30");
    assert_eq!(m[6]["ends"], "2014-11-05T18:30");
    assert_eq!(m[3]["actor"], "commission");
    assert!(m[3]["clause"]
        .as_str()
        .unwrap()
        .ends_with("clause 7, sub-clause 4"));
    assert_eq!(v["statutory_deadline"]["working_days"], 41);
    assert_eq!(v["statutory_deadline"]["ends"], "2014-10-29T18:30");
    assert!(v["statutory_deadline"]["note"]
        .as_str()
        .unwrap()
        .starts_with("Clause 4 sets the whole service's term"));

    let v = json(&ruqsat(&[
        "estimate",
        "--edition=west-kazakhstan-2014",
        "--service=issue",
        "--applicant=employer",
        "--channel=office",
        "--submitted=2014-09-01T10:00",
        "--applicant-done=2014-10-15",
    ]));
    assert_eq!(v["milestones"][6]["ends"], "2014-10-20T18:30");

    let v = json(&ruqsat(&[
        "estimate",
        "--edition",
        "zhambyl-2017",
        "--service",
        "ict",
        "--applicant",
        "employer",
        "--channel",
        "office",
        "--submitted",
        "2017-09-04T10:00",
    ]));
    assert_eq!(v["statutory_deadline"], serde_json::Value::Null);
    assert_eq!(v["service"], "ict-issue");
}

#[test]
fn checklist_lists_the_documents_with_citations() {
    let v = json(&ruqsat(&[
        "checklist",
        "--edition",
        "zhambyl-2017",
        "--service",
        "issue",
        "--applicant",
        "employer",
    ]));
    let docs = v["documents"].as_array().unwrap();
    assert!(docs.len() >= 3);
    assert!(docs
        .iter()
        .all(|d| ["S", "O", "C", "U"].contains(&d["citation"]["grade"].as_str().unwrap())));
    let last = docs.last().unwrap();
    assert_eq!(last["due"]["after_positive_notice_working_days"], 10);
}

#[test]
fn bad_input_is_one_line_and_exit_status_2() {
    let base = [
        "--service",
        "issue",
        "--applicant",
        "employer",
        "--channel",
        "office",
    ];
    let with = |extra: &[&'static str]| {
        let mut v: Vec<&str> = vec!["estimate"];
        v.extend_from_slice(extra);
        v.extend_from_slice(&base);
        v
    };
    refused(
        &with(&["--edition", "almaty-2016", "--submitted", "2017-03-14T10:00"]),
        "unknown edition 'almaty-2016': use west-kazakhstan-2014 (Edition A) or zhambyl-2017 (Edition B)",
    );
    refused(
        &with(&[
            "--edition",
            "zhambyl-2017",
            "--submitted",
            "2017-02-29T10:00",
        ]),
        "expected a real date and time as YYYY-MM-DDTHH:MM",
    );
    refused(
        &with(&[
            "--edition",
            "zhambyl-2017",
            "--submitted",
            "2030-03-14T10:00",
        ]),
        "outside the calendar: only 2013-01-01 to 2027-12-31 is encoded",
    );
    refused(
        &[
            "estimate",
            "--edition",
            "west-kazakhstan-2014",
            "--service",
            "ict",
            "--applicant",
            "employer",
            "--channel",
            "office",
            "--submitted",
            "2014-09-02T10:00",
        ],
        "intra-corporate transfer exists only in the Zhambyl 2017 regulation",
    );
    refused(&with(&["--edition", "zhambyl-2017"]), "missing --submitted");
    refused(&["estimate", "--colour", "red"], "unknown option --colour");
    refused(&["frobnicate"], "unknown command 'frobnicate'");
    refused(&[], "no command");
    refused(
        &["calendar", "--from", "2017-03-20", "--to", "2017-03-01"],
        "is before --from",
    );
    refused(
        &["calendar", "--from", "2012-12-31", "--to", "2013-01-02"],
        "outside the calendar",
    );
}

#[test]
fn batch_estimates_each_row_and_reports_bad_rows_in_place() {
    let dir = std::env::temp_dir().join(format!("ruqsat-batch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("cases.csv");
    std::fs::write(
        &file,
        "edition,service,applicant,channel,submitted,applicant_done\n\
         west-kazakhstan-2014,issue,employer,office,2014-09-01T10:00,\n\
         zhambyl-2017,issue,employer,office,2017-02-30T10:00,\n\
         zhambyl-2017,ict-extension,employer,portal,2018-03-03T11:00,\n\
         west-kazakhstan-2014,issue,employer,office,2014-09-01T10:00,2014-10-15\n",
    )
    .unwrap();
    let o = ruqsat(&["batch", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "one bad row");
    let out = String::from_utf8(o.stdout).unwrap();
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 5);
    assert!(rows[0].starts_with("row,edition,service"));
    assert!(
        rows[1].contains(",ok,2014-09-02T09:00,2014-10-29T18:30,2014-11-05T18:30,"),
        "{}",
        rows[1]
    );
    assert!(rows[2].contains(",error,"), "{}", rows[2]);
    assert!(
        rows[2].contains("invalid submitted '2017-02-30T10:00'"),
        "{}",
        rows[2]
    );
    assert!(
        rows[3].contains(",ok,2018-03-03T11:00,,2018-03-12T18:30,"),
        "{}",
        rows[3]
    );
    assert!(rows[4].contains(",2014-10-20T18:30,"), "{}", rows[4]);
    let o = ruqsat(&["batch", dir.join("missing.csv").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    std::fs::write(&file, "edition,service\nzhambyl-2017,issue\n").unwrap();
    let o = ruqsat(&["batch", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no 'applicant' column"));
}
