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
    assert!(rows[1].contains(ROW_A_OUT), "{}", rows[1]);
    assert!(rows[2].contains(",error,"), "{}", rows[2]);
    assert!(
        rows[2].contains("invalid submitted '2017-02-30T10:00'"),
        "{}",
        rows[2]
    );
    assert!(rows[3].contains(ROW_B_OUT), "{}", rows[3]);
    assert!(rows[4].contains(",2014-10-20T18:30,"), "{}", rows[4]);
    let o = ruqsat(&["batch", dir.join("missing.csv").to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    std::fs::write(&file, "edition,service\nzhambyl-2017,issue\n").unwrap();
    let o = ruqsat(&["batch", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("no 'applicant' column"));
}

/// Runs `ruqsat batch` on a file holding `content`; the file is named after the test.
fn batch_of(name: &str, content: &[u8]) -> (Option<i32>, String, String) {
    let dir = std::env::temp_dir().join(format!("ruqsat-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("cases.csv");
    std::fs::write(&file, content).unwrap();
    let o = ruqsat(&["batch", file.to_str().unwrap()]);
    std::fs::remove_dir_all(&dir).unwrap();
    (
        o.status.code(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

const ROW_A: &str = "west-kazakhstan-2014,issue,employer,office,2014-09-01T10:00,";
/// Both figures, each with its basis: clause 4's total (41 WD → 29 Oct) and the steps' end (5 Nov, clause 7.5); no
/// portal reading at the office.
const ROW_A_OUT: &str = ",ok,2014-09-02T09:00,\
2014-10-29T18:30,\"WKO resolution No. 176 of 1 Jul 2014, regulation, clause 4, sub-clause 1 (S)\",\
2014-11-05T18:30,\"WKO resolution No. 176 of 1 Jul 2014, regulation, clause 7, sub-clause 5 (result) (S)\",,,";
const ROW_B: &str = "zhambyl-2017,ict-extension,employer,portal,2018-03-03T11:00,";
/// Sent on a working Saturday inside office hours: the two portal readings agree, so one figure.
const ROW_B_OUT: &str = ",ok,2018-03-03T11:00,,,2018-03-12T18:30,";

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_is_one_line_and_exit_status_2() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let run = |args: &[&OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_ruqsat"))
            .args(args)
            .output()
            .unwrap()
    };
    let bad = OsStr::from_bytes(b"zhambyl\xff2017");
    for (args, expected) in [
        (
            vec![OsStr::new("estimate"), OsStr::new("--edition"), bad],
            "argument 3 'zhambyl\\xff2017' is not UTF-8 text",
        ),
        (vec![bad], "argument 1 'zhambyl\\xff2017' is not UTF-8 text"),
        (
            vec![
                OsStr::new("calendar"),
                OsStr::new("--from"),
                OsStr::new("2017-01-01"),
                bad,
            ],
            "argument 4 'zhambyl\\xff2017' is not UTF-8 text",
        ),
    ] {
        let o = run(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(o.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "one line: {err}");
        assert!(err.starts_with("ruqsat: "), "{err}");
        assert!(err.contains(expected), "{err}");
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn control_characters_in_an_echoed_argument_are_escaped() {
    refused(
        &["estimate", "--edition", "zhambyl\n2017\u{1b}[31m"],
        "unknown edition 'zhambyl\\u{a}2017\\u{1b}[31m': use west-kazakhstan-2014",
    );
    refused(
        &["calendar", "--from", "2017-01-01\r", "--to", "2017-01-02"],
        "invalid --from '2017-01-01\\u{d}'",
    );
}

#[test]
fn help_lists_the_commands_and_the_codes_of_the_core_tables() {
    for args in [
        &["help"][..],
        &["--help"],
        &["-h"],
        &["estimate", "--help"],
        &["help", "batch"],
    ] {
        let o = ruqsat(args);
        assert_eq!(o.status.code(), Some(0), "{args:?}");
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(
            out.starts_with("usage:\n  ruqsat calendar --from YYYY-MM-DD --to YYYY-MM-DD\n"),
            "{out}"
        );
        assert!(
            out.contains("  ID: west-kazakhstan-2014 | zhambyl-2017\n"),
            "{out}"
        );
        assert!(
            out.contains("--applicant employer|worker --channel office|portal"),
            "{out}"
        );
        assert!(out.contains("ict-extension"), "{out}");
    }
}

#[test]
fn errors_name_the_date_the_user_gave_with_the_calendars_coverage() {
    // Submitted on 20 Dec 2027, the steps run into 2028, which the calendar does not cover: the error names the
    // submission, not a day in 2028 the counting reached.
    let o = ruqsat(&[
        "estimate",
        "--edition",
        "zhambyl-2017",
        "--service",
        "issue",
        "--applicant",
        "employer",
        "--channel",
        "office",
        "--submitted",
        "2027-12-20T10:00",
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8(o.stderr).unwrap();
    assert_eq!(
        err,
        "ruqsat: --submitted '2027-12-20T10:00' is too late for the calendar: the estimate runs past 2027-12-31, \
and only 2013-01-01 to 2027-12-31 is encoded\n"
    );
    refused(
        &["calendar", "--from", "2027-12-30", "--to", "2028-01-02"],
        "--to '2028-01-02' is outside the calendar: only 2013-01-01 to 2027-12-31 is encoded",
    );
    let (status, out, _) = batch_of(
        "late",
        b"edition,service,applicant,channel,submitted\nzhambyl-2017,issue,employer,office,2027-12-20T10:00\n\
zhambyl-2017,issue,employer,office,2031-01-06T10:00\n",
    );
    assert_eq!(status, Some(1));
    let rows: Vec<&str> = out.lines().collect();
    assert!(
        rows[1].ends_with(",error,,,,,,,,,,,\"submitted '2027-12-20T10:00' is too late for the calendar: the estimate runs past 2027-12-31, and only 2013-01-01 to 2027-12-31 is encoded\""),
        "{}",
        rows[1]
    );
    assert!(!out.contains("2028"), "{out}");
    assert!(
        rows[2].ends_with(",error,,,,,,,,,,,submitted '2031-01-06T10:00' is outside the calendar: only 2013-01-01 to 2027-12-31 is encoded"),
        "{}",
        rows[2]
    );
}

#[test]
fn checklist_refuses_a_date_outside_the_calendar_as_estimate_does() {
    let base = [
        "checklist",
        "--edition",
        "zhambyl-2017",
        "--service",
        "issue",
        "--applicant",
        "employer",
    ];
    for (date, expected) in [
        ("2030-03-14", "--submitted '2030-03-14' is outside the calendar: only 2013-01-01 to 2027-12-31 is encoded"),
        ("2012-12-31T10:00", "--submitted '2012-12-31T10:00' is outside the calendar"),
    ] {
        let mut args = base.to_vec();
        args.extend(["--submitted", date]);
        refused(&args, expected);
    }
    let mut args = base.to_vec();
    args.extend(["--submitted", "2027-12-31"]);
    let v = json(&ruqsat(&args));
    assert_eq!(v["submitted"], "2027-12-31");
}

#[test]
fn batch_reads_cr_only_line_ends() {
    let (status, out, err) = batch_of(
        "cr",
        format!("edition,service,applicant,channel,submitted,applicant_done\r{ROW_A}\r{ROW_B}\r")
            .as_bytes(),
    );
    assert_eq!(status, Some(0), "{err}");
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert!(
        rows[1].starts_with("2,west-kazakhstan-2014,") && rows[1].contains(ROW_A_OUT),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with("3,zhambyl-2017,") && rows[2].contains(ROW_B_OUT),
        "{}",
        rows[2]
    );
    // CRLF and LF give the same rows.
    for end in ["\r\n", "\n"] {
        let text = format!("edition,service,applicant,channel,submitted,applicant_done{end}{ROW_A}{end}{ROW_B}{end}");
        let (status, same, _) = batch_of("crlf", text.as_bytes());
        assert_eq!((status, same.as_str()), (Some(0), out.as_str()), "{end:?}");
    }
}

#[test]
fn batch_reads_a_utf8_byte_order_mark() {
    let mut text = b"\xEF\xBB\xBF".to_vec();
    text.extend(
        format!("edition,service,applicant,channel,submitted,applicant_done\r\n{ROW_A}\r\n")
            .as_bytes(),
    );
    let (status, out, err) = batch_of("bom", &text);
    assert_eq!(status, Some(0), "{err}");
    assert!(out.lines().nth(1).unwrap().contains(ROW_A_OUT), "{out}");
    assert!(!out.contains('\u{feff}'));
}

#[test]
fn batch_reads_quoted_fields_with_commas_and_newlines() {
    let text = format!(
        "\"edition\",service,applicant,channel,submitted,applicant_done,note\n\
         {ROW_A},\"Aliya, the second\nposting\"\n\
         \"zhambyl-2017\",\"ict-extension\",employer,portal,\"2018-03-03T11:00\",,\"said \"\"yes\"\", then left\"\n"
    );
    let (status, out, err) = batch_of("quoted", text.as_bytes());
    assert_eq!(status, Some(0), "{err}");
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(
        rows.len(),
        3,
        "one line a row; the note is not echoed: {out}"
    );
    assert!(
        rows[1].starts_with("2,") && rows[1].contains(ROW_A_OUT),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with("3,") && rows[2].contains(ROW_B_OUT),
        "{}",
        rows[2]
    );
}

#[test]
fn batch_neutralises_formula_cells_and_escapes_control_characters() {
    let text = "edition,service,applicant,channel,submitted,applicant_done\n\
                =HYPERLINK(\"http://x\"),issue,employer,office,2014-09-01T10:00,\n\
                west-kazakhstan-2014,+issue,@employer,-office,2014-09-01T10:00,\n\
                \"west-kazakhstan-2014\n=1\",issue,employer,office,2014-09-01T10:00,\n\
                west-kazakhstan-2014,issue,\"employer\u{7}\",office,2014-09-01T10:00,\n";
    let (status, out, _) = batch_of("formula", text.as_bytes());
    assert_eq!(status, Some(1));
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 5, "{out}");
    assert!(
        rows[1].starts_with("2,\"'=HYPERLINK(\"\"http://x\"\")\",issue,employer,office,2014-09-01T10:00,,,error,,,,,,,,,,,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].starts_with("3,west-kazakhstan-2014,'+issue,'@employer,'-office,"),
        "{}",
        rows[2]
    );
    assert!(rows[2].contains("unknown service '+issue'"), "{}", rows[2]);
    assert!(
        rows[3].starts_with("4,west-kazakhstan-2014\\u{a}=1,issue,")
            && rows[3].contains("unknown edition 'west-kazakhstan-2014\\u{a}=1'"),
        "{}",
        rows[3]
    );
    assert!(
        rows[4].starts_with("5,west-kazakhstan-2014,issue,employer\\u{7},office,")
            && rows[4].contains("unknown applicant 'employer\\u{7}'"),
        "{}",
        rows[4]
    );
    // No cell of the output begins with a formula character.
    for row in &rows {
        for cell in row.split(',') {
            assert!(
                !cell
                    .trim_start_matches('"')
                    .starts_with(['=', '+', '-', '@']),
                "{cell} in {row}"
            );
        }
    }
}

/// Issue 12, section 3: the notice actually received. Edition B, first permit at the office, handed in on Mon 4 Dec
/// 2017: the provider's latest day for the notice is Fri 15 Dec, so without a date the fee proof is due Thu 4 Jan 2018
/// (10 WD; Independence Day's days off moved to 18 and 19 Dec, New Year 1–2 Jan). The notice received on Fri 29 Dec
/// (late): 3–5, 8–12, 15–16 Jan, due Tue 16 Jan 2018; then 5.8–5.9 on the morning of Wed 17 Jan and 5.10 by the close
/// of Thu 18 Jan. (The core's tests count the same case: crates/core/tests/timeline.rs.)
#[test]
fn estimate_counts_the_applicants_deadline_from_the_notice_received() {
    let args = [
        "estimate",
        "--edition=zhambyl-2017",
        "--service=issue",
        "--applicant=employer",
        "--channel=office",
        "--submitted=2017-12-04T10:00",
    ];
    let v = json(&ruqsat(&args));
    let d = &v["applicant_deadline"];
    assert_eq!(d["step"], 8);
    assert_eq!(d["working_days"], 10);
    assert_eq!(d["counted_from"], "latest-notice");
    assert_eq!(d["from"], "2017-12-15");
    assert_eq!(d["ends"], "2018-01-04T18:30");
    assert_eq!(d["basis"], "read-from-the-order-of-the-steps");
    assert_eq!(d["citation"]["grade"], "S");
    assert!(d["clause"]
        .as_str()
        .unwrap()
        .ends_with("clause 5, sub-clause 8"));
    assert_eq!(v["notice_received"], serde_json::Value::Null);

    let mut late = args.to_vec();
    late.push("--notice-received=2017-12-29");
    let v = json(&ruqsat(&late));
    let d = &v["applicant_deadline"];
    assert_eq!(d["counted_from"], "notice-received");
    assert_eq!(d["from"], "2017-12-29");
    assert_eq!(d["ends"], "2018-01-16T18:30");
    assert_eq!(v["notice_received"], "2017-12-29");
    assert_eq!(v["milestones"][7]["starts"], "2017-12-29T09:00");
    assert_eq!(v["milestones"][7]["ends"], "2018-01-16T18:30");
    assert_eq!(v["milestones"][10]["ends"], "2018-01-18T18:30");
    assert_eq!(v["warnings"][0]["kind"], "provider-late");
    assert!(v["warnings"][0]["message"]
        .as_str()
        .unwrap()
        .contains("after the provider's latest date 2017-12-15T18:30"));

    // Before the package was registered: refused, naming both dates.
    let mut early = args.to_vec();
    early.push("--notice-received=2017-12-01");
    let o = ruqsat(&early);
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(o.stderr).unwrap(),
        "ruqsat: the notice cannot have been received on 2017-12-01: the package was registered on 2017-12-04\n"
    );
    let mut outside = args.to_vec();
    outside.push("--notice-received=2028-01-10");
    refused(
        &outside,
        "--notice-received '2028-01-10' is outside the calendar: only 2013-01-01 to 2027-12-31 is encoded",
    );
    let mut bad = args.to_vec();
    bad.push("--notice-received=2017-12-32");
    let o = ruqsat(&bad);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8(o.stderr)
        .unwrap()
        .contains("--notice-received"));
}

/// `batch` takes an optional `notice_received` column and writes the applicant's deadline: Edition A's first permit
/// handed in on Mon 1 Sep 2014, the notice received early on Fri 19 Sep: the guarantee documents are due Fri 17 Oct
/// and the permit by 22 Oct (crates/core/tests/timeline.rs counts it); without the date, 31 Oct and 5 Nov.
#[test]
fn batch_takes_the_notice_received_column() {
    let (status, out, _) = batch_of(
        "notice",
        b"edition,service,applicant,channel,submitted,notice_received\n\
west-kazakhstan-2014,issue,employer,office,2014-09-01T10:00,2014-09-19\n\
west-kazakhstan-2014,issue,employer,office,2014-09-01T10:00,\n\
west-kazakhstan-2014,issue,employer,office,2014-09-01T10:00,2014-08-29\n",
    );
    assert_eq!(status, Some(1));
    let rows: Vec<&str> = out.lines().collect();
    assert!(
        rows[0].starts_with("row,edition,service,applicant,channel,submitted,applicant_done,notice_received,status,\
registered,statutory_deadline,statutory_deadline_basis,last_step_ends,last_step_ends_basis,\
portal_next_working_day_ends,portal_next_working_day_basis,applicant_deadline,"),
        "{}",
        rows[0]
    );
    assert!(
        // registered, clause 4's end, its basis, the steps' end (the permit), its basis, no portal reading, the
        // applicant's deadline.
        rows[1].contains(",2014-09-19,ok,2014-09-02T09:00,2014-10-29T18:30,")
            && rows[1].contains(",2014-10-22T18:30,")
            && rows[1].contains(",,,2014-10-17T18:30,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].contains(",,ok,2014-09-02T09:00,2014-10-29T18:30,")
            && rows[2].contains(",2014-11-05T18:30,")
            && rows[2].contains(",,,2014-10-31T18:30,"),
        "{}",
        rows[2]
    );
    assert!(
        rows[3].ends_with(
            ",error,,,,,,,,,,,the notice cannot have been received on 2014-08-29: the package was registered on 2014-09-02"
        ),
        "{}",
        rows[3]
    );
}

/// `estimate`'s JSON carries every expected end with its basis. Edition A, employer's extension handed in on Tuesday
/// 2 Sep 2014 at 10:00: clause 4's 8 WD end on Fri 12 Sep (3–5, 8–12 Sep); the steps 5 + 5 + 3 = 13 WD to the
/// notice end on Fri 19 Sep (15–19 Sep). Edition B by the portal on Friday 15 Sep 2017 at 20:00: the regulation's
/// reading (from the moment sent) ends with the permit on Tue 10 Oct, the after-hours reading (U) on Wed 11 Oct.
#[test]
fn estimate_gives_both_figures_and_the_office_hours_assumption() {
    let v = json(&ruqsat(&[
        "estimate",
        "--edition=west-kazakhstan-2014",
        "--service=extension",
        "--applicant=employer",
        "--channel=office",
        "--submitted=2014-09-02T10:00",
    ]));
    let ends = v["expected_ends"].as_array().unwrap();
    assert_eq!(ends.len(), 2);
    assert_eq!(ends[0]["basis"], "statutory-total");
    assert_eq!(ends[0]["working_days"], 8);
    assert_eq!(ends[0]["ends"], "2014-09-12T18:30");
    assert_eq!(ends[0]["citation"]["grade"], "S");
    assert_eq!(ends[1]["basis"], "steps");
    assert_eq!(ends[1]["working_days"], 13);
    assert_eq!(ends[1]["ends"], "2014-09-19T18:30");
    assert_eq!(v["portal_next_working_day"], serde_json::Value::Null);
    let hours = &v["office_hours"];
    assert_eq!(hours["opens"], "09:00");
    assert_eq!(hours["reception_until"], "17:30");
    assert_eq!(hours["assumption"], true);
    assert_eq!(hours["citation"]["grade"], "U");

    let v = json(&ruqsat(&[
        "estimate",
        "--edition=zhambyl-2017",
        "--service=issue",
        "--applicant=employer",
        "--channel=portal",
        "--submitted=2017-09-15T20:00",
    ]));
    assert_eq!(v["registered"], "2017-09-15T20:00");
    assert_eq!(v["milestones"][0]["ends"], "2017-09-22T23:59");
    let ends = v["expected_ends"].as_array().unwrap();
    assert_eq!(ends[0]["basis"], "steps");
    assert_eq!(ends[0]["ends"], "2017-10-10T18:30");
    assert_eq!(ends[1]["basis"], "portal-next-working-day");
    assert_eq!(ends[1]["ends"], "2017-10-11T18:30");
    assert_eq!(ends[1]["citation"]["grade"], "U");
    let p = &v["portal_next_working_day"];
    assert_eq!(p["taken"], "2017-09-18T09:00");
    assert_eq!(p["result_ends"], "2017-09-25T23:59");
}

/// The office hours are flags. A package handed in at 17:45 on Tuesday 2 Sep 2014 counts from Wednesday 09:00 with
/// the default cut-off (17:30), and at once with `--reception-until 18:00`; clause 4's 41 WD then end on 30 Oct and
/// on 29 Oct. With `--opens 10:00` the next morning starts at 10:00.
#[test]
fn estimate_takes_the_office_hours_as_flags() {
    let base = [
        "estimate",
        "--edition=west-kazakhstan-2014",
        "--service=issue",
        "--applicant=employer",
        "--channel=office",
        "--submitted=2014-09-02T17:45",
    ];
    let v = json(&ruqsat(&base));
    assert_eq!(v["registered"], "2014-09-03T09:00");
    assert_eq!(v["statutory_deadline"]["ends"], "2014-10-30T18:30");
    let v = json(&ruqsat(
        &[&base[..], &["--reception-until", "18:00"]].concat(),
    ));
    assert_eq!(v["registered"], "2014-09-02T17:45");
    assert_eq!(v["statutory_deadline"]["ends"], "2014-10-29T18:30");
    assert_eq!(v["office_hours"]["reception_until"], "18:00");
    let v = json(&ruqsat(
        &[&base[..], &["--opens", "10:00", "--break", "none"]].concat(),
    ));
    assert_eq!(v["registered"], "2014-09-03T10:00");
    assert_eq!(v["office_hours"]["break"], serde_json::Value::Null);
    refused(
        &[&base[..], &["--reception-until", "19:00"]].concat(),
        "reception must end after opening, not after closing",
    );
    refused(
        &[&base[..], &["--break", "13:00"]].concat(),
        "invalid --break '13:00': expected HH:MM-HH:MM or none",
    );
    refused(
        &[&base[..], &["--opens", "9:00"]].concat(),
        "invalid --opens '9:00': expected a time as HH:MM",
    );
}

/// `batch` takes `estimate`'s office-hours flags and counts every row with them: the worked example of
/// `estimate_takes_the_office_hours_as_flags`. Handed in at 17:45 on Tuesday 2 Sep 2014, after the default cut-off
/// (17:30): registered Wednesday 3 Sep 09:00, and clause 4's 41 working days from the next day end Thursday 30 Oct.
/// With `--reception-until 18:00` it is registered at once, Tuesday 17:45, and the 41 days end a day sooner, on
/// Wednesday 29 Oct. A bad value is refused as `estimate` refuses it, before any row is read.
#[test]
fn batch_takes_the_office_hours_as_flags() {
    let dir = std::env::temp_dir().join(format!("ruqsat-batch-hours-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("cases.csv");
    std::fs::write(
        &file,
        "edition,service,applicant,channel,submitted\n\
         west-kazakhstan-2014,issue,employer,office,2014-09-02T17:45\n",
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let row = |extra: &[&str]| {
        let o = ruqsat(&[&["batch", path][..], extra].concat());
        assert_eq!(o.status.code(), Some(0), "{extra:?}");
        String::from_utf8(o.stdout)
            .unwrap()
            .lines()
            .nth(1)
            .unwrap()
            .to_string()
    };
    let default = row(&[]);
    assert!(
        default.contains(",ok,2014-09-03T09:00,2014-10-30T18:30,"),
        "{default}"
    );
    let later = row(&["--reception-until", "18:00"]);
    assert!(
        later.contains(",ok,2014-09-02T17:45,2014-10-29T18:30,"),
        "{later}"
    );
    let after = row(&[
        "--reception-until=18:00",
        "--opens",
        "10:00",
        "--break",
        "none",
    ]);
    // The steps counted in minutes follow the hours too: the second step's hour, begun at 18:05, takes 25 minutes to
    // the 18:30 close and 35 from the next opening, 09:35 by default and 10:35 with `--opens 10:00`.
    assert!(
        later.contains(",2014-09-02T18:05 2014-09-03T09:35 "),
        "{later}"
    );
    assert!(
        after.contains(",2014-09-02T18:05 2014-09-03T10:35 "),
        "{after}"
    );
    assert!(
        after.contains(",ok,2014-09-02T17:45,2014-10-29T18:30,"),
        "{after}"
    );
    refused(
        &["batch", path, "--reception-until", "19:00"],
        "reception must end after opening, not after closing",
    );
    refused(
        &["batch", path, "--opens", "9:00"],
        "invalid --opens '9:00': expected a time as HH:MM",
    );
    refused(&["batch", path, "--colour", "red"], "--reception-until");
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A batch row carries both figures with their bases, and the portal's after-hours reading in its own columns.
#[test]
fn batch_rows_carry_the_second_figures() {
    let (status, out, _) = batch_of(
        "figures",
        b"edition,service,applicant,channel,submitted\nzhambyl-2017,issue,employer,portal,2017-09-15T20:00\n",
    );
    assert_eq!(status, Some(0));
    let rows: Vec<&str> = out.lines().collect();
    assert!(
        rows[0].contains(
            ",statutory_deadline,statutory_deadline_basis,last_step_ends,last_step_ends_basis,\
portal_next_working_day_ends,portal_next_working_day_basis,"
        ),
        "{}",
        rows[0]
    );
    assert!(
        rows[1].contains(
            ",ok,2017-09-15T20:00,,,2017-10-10T18:30,\"Zhambyl resolution No. 36 of 13 Mar 2017, regulation, \
clause 5, sub-clause 10 (the office clause applied to the portal: clause 9 ends at the notice, so this is an \
inference, not the regulation's words) (S)\",2017-10-11T18:30,"
        ),
        "{}",
        rows[1]
    );
    assert!(rows[1].contains("(U)"), "{}", rows[1]);
}
