//! The stored-case decoder given generated inputs (issue 13, "storage that never loses work"): valid cases, and the
//! same texts truncated, with lines duplicated, shuffled or dropped, with hostile characters put in, and huge. Each
//! must decode without a panic; a valid case must come back whole; whatever decodes must decode again the same
//! once saved. `make test` runs 100 000 inputs; `scripts/fuzz-case-file.sh` (or `RUQSAT_CASE_INPUTS=N`) runs more.

use ruqsat::ui::case_file::{decode, encode, CaseFile, Unreadable};
use ruqsat::ui::date_input::DateText;
use ruqsat::ui::documents_state::{self, DocChange, DocumentsState, IdField};
use ruqsat::ui::url;

/// Answers a generated case picks from, by key: every code of every question, and dates in and out of the calendar.
const VALUES: &[(&str, &[&str])] = &[
    ("who", &["employer", "worker", "consultant"]),
    ("for", &["employer", "worker"]),
    ("edition", &["west-kazakhstan-2014", "zhambyl-2017"]),
    ("need", &["first", "runs-out", "changed", "transfer"]),
    ("transfer", &["issue", "extension", "reissue"]),
    ("channel", &["office", "portal"]),
    ("category", &["1", "2", "3", "4"]),
    ("extended", &["0", "1", "3", "20"]),
    ("caution", &["go-on", "instead"]),
    (
        "submitted",
        &[
            "2017-12-04T10:00",
            "2014-09-01T17:45",
            "2027-12-30T09:00",
            "2013-01-01T00:00",
        ],
    ),
    ("notice", &["2017-12-29", "2015-02-02"]),
    ("done", &["2018-01-10", "2015-03-01"]),
    ("expires", &["2018-06-15", "2019-04-08"]),
    ("opens", &["08:00", "09:00"]),
    ("reception", &["17:00", "18:00"]),
    ("break", &["none", "12:00-13:00"]),
];

const REQUIREMENTS: &[&str] = &[
    "b-general-issue-application",
    "b-general-issue-passport",
    "b-general-issue-education",
    "a-employer-issue-application",
    "a-employer-issue-education",
];

/// Text a user might type, hostile included: separators, bidi marks, NUL, other scripts, long runs.
const TYPED: &[&str] = &[
    "",
    "170440012345",
    "ТОО «Ақ жол»",
    "client\t2",
    "line\nbreak",
    "\r\n",
    "\u{200f}\u{200b}12\u{202e}",
    "\0",
    "%00&=?#",
    "ruqsat-case\t2",
    "doc\tx\t1",
    "𝟙𝟚𝟛",
];

fn pick<'a, T: ?Sized>(rng: &mut fastrand::Rng, xs: &'a [&'a T]) -> &'a T {
    xs[rng.usize(..xs.len())]
}

fn typed(rng: &mut fastrand::Rng) -> String {
    let mut s = String::new();
    for _ in 0..rng.usize(0..3) {
        s.push_str(pick(rng, TYPED));
    }
    s
}

/// A case as the app would make it: answers that the URL reads, documents said through the app's own changes.
fn valid_case(rng: &mut fastrand::Rng, clean: bool) -> CaseFile {
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (k, vs) in VALUES {
        if rng.bool() {
            pairs.push((k.to_string(), pick(rng, vs).to_string()));
        }
    }
    let loc = url::read(pairs);
    let text = |rng: &mut fastrand::Rng| {
        let s = typed(rng);
        if clean {
            s.replace(['\t', '\n', '\r'], "")
        } else {
            s
        }
    };
    let mut documents = DocumentsState::default();
    documents.set_id(IdField::EmployerBin, text(rng));
    documents.set_id(IdField::WorkerIin, text(rng));
    if rng.bool() {
        documents.set_born(DateText {
            day: text(rng),
            month: "3".into(),
            year: "1980".into(),
            time: String::new(),
        });
    }
    documents.checks = rng.u32(..);
    for _ in 0..rng.usize(0..6) {
        let id = pick(rng, REQUIREMENTS);
        let change = match rng.u8(0..8) {
            0 => DocChange::Have(rng.bool()),
            1 => DocChange::Until(DateText {
                day: text(rng),
                month: rng.u8(0..14).to_string(),
                year: "2027".into(),
                time: String::new(),
            }),
            2 => DocChange::Legalised(rng.bool()),
            3 => DocChange::Translated(rng.bool()),
            4 => DocChange::NotNeeded(rng.bool()),
            5 => DocChange::LegalisationNotNeeded(rng.bool()),
            6 => DocChange::TranslationNotNeeded(rng.bool()),
            _ => DocChange::File(Some(ruqsat_core::file_check::FileFacts {
                kind: ruqsat_core::file_check::FileKind::Pdf,
                size: rng.u64(..),
                empty: rng.bool(),
                encrypted_pdf: rng.bool(),
            })),
        };
        documents.change(id, change);
    }
    CaseFile {
        name: text(rng),
        created: rng.u64(..),
        changed: rng.u64(..),
        answers: loc.answers,
        documents,
    }
}

/// A valid text spoilt one way or another.
fn spoilt(rng: &mut fastrand::Rng, text: &str) -> String {
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    match rng.u8(0..8) {
        // Cut at any character.
        0 => {
            let cut = rng.usize(0..=text.chars().count());
            return text.chars().take(cut).collect();
        }
        1 if !lines.is_empty() => {
            let i = rng.usize(..lines.len());
            let copy = lines[i].clone();
            lines.insert(rng.usize(..=lines.len()), copy);
        }
        2 => rng.shuffle(&mut lines),
        3 if !lines.is_empty() => {
            lines.remove(rng.usize(..lines.len()));
        }
        4 if !lines.is_empty() => {
            let i = rng.usize(..lines.len());
            let at = rng.usize(..=lines[i].chars().count());
            let mut l: Vec<char> = lines[i].chars().collect();
            for c in pick(rng, TYPED).chars() {
                l.insert(at.min(l.len()), c);
            }
            lines[i] = l.into_iter().collect();
        }
        // Huge: a field a megabyte long, or thousands of lines.
        // (a megabyte once in 256 such inputs, else up to 4 KB: 100 000 inputs stay within seconds).
        5 => {
            let max = if rng.u8(..) == 0 { 1 << 20 } else { 1 << 12 };
            let huge = "9".repeat(rng.usize(1..max));
            lines.push(format!("ids\t{huge}\t{huge}\t{huge}"));
        }
        6 => {
            let line = lines.last().cloned().unwrap_or_default();
            lines.extend(std::iter::repeat_n(line, rng.usize(1..3000)));
        }
        _ => {
            let bytes: Vec<u8> = (0..rng.usize(0..200)).map(|_| rng.u8(..)).collect();
            return String::from_utf8_lossy(&bytes).into_owned();
        }
    }
    lines.join(if rng.bool() { "\n" } else { "\r\n" })
}

fn inputs() -> usize {
    std::env::var("RUQSAT_CASE_INPUTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000)
}

#[test]
fn generated_cases_decode_whole_and_spoilt_ones_never_panic() {
    let mut rng = fastrand::Rng::with_seed(13);
    let (mut whole, mut unreadable, mut read) = (0, 0, 0);
    for n in 0..inputs() {
        let clean = n % 2 == 0;
        let case = valid_case(&mut rng, clean);
        let text = encode(&case);
        let back = decode(&text).unwrap_or_else(|e| panic!("input {n}: {e:?}\n{text}"));
        if clean {
            // Nothing valid lost: the case comes back as it was.
            assert_eq!(back, case, "input {n}:\n{text}");
        } else {
            // Typed separators are dropped, nothing else: saved again, it is the same text.
            assert_eq!(encode(&back), text, "input {n}");
        }
        whole += 1;
        let bad = spoilt(&mut rng, &text);
        match decode(&bad) {
            Ok(c) => {
                read += 1;
                let again = encode(&c);
                assert_eq!(
                    decode(&again).as_ref(),
                    Ok(&c),
                    "input {n}: read, saved, read:\n{bad}"
                );
            }
            Err(_) => unreadable += 1,
        }
    }
    eprintln!(
        "{whole} valid cases whole; of their spoilt copies {read} read, {unreadable} set aside"
    );
    assert!(read > 0 && unreadable > 0, "the inputs test both outcomes");
}

/// Today's `sessionStorage` text (version 1) with 60 000 document lines: read in one pass (it took 10 s when each line
/// searched all the lines before it), a document the register does not have is dropped, and a line repeated for one
/// document changes that document only.
#[test]
fn a_long_version_1_text_is_read_in_one_pass_and_a_repeated_line_stays_with_its_document() {
    let ids: Vec<&str> = ruqsat_core::documents::REQUIREMENTS
        .iter()
        .map(|r| r.id)
        .collect();
    let mut text = String::from("ids\t170440012345\t\t1\n");
    for i in 0..60_000 {
        let id = if i % 2 == 0 {
            ids[i % ids.len()].to_string()
        } else {
            format!("doc-{i}")
        };
        text.push_str(&format!("doc\t{id}\t1\t\t\t\t\t\t\t0\t0\t0\n"));
    }
    // A last line for the first document, ticked off: it changes that document's entry, not the last one read.
    text.push_str(&format!("doc\t{}\t0\t\t\t\t\t\t\t0\t0\t0\n", ids[0]));
    let case = decode(&text).unwrap();
    let d = &case.documents;
    assert!(d.entries.len() <= ids.len());
    assert_eq!(d.entries[0].provided.requirement, ids[0]);
    assert!(!d.entries[0].provided.have);
    assert!(d.entries[1..].iter().all(|e| e.provided.have));
    assert!(d.entry("doc-1").is_none());
    assert!(documents_state::is_whole_line(&format!(
        "doc\t{}\t0\t\t\t\t\t\t\t0\t0\t0",
        ids[1]
    )));
    assert!(!documents_state::is_whole_line(
        "doc\tdoc-1\t0\t\t\t\t\t\t\t0\t0\t0"
    ));
    assert_eq!(
        decode("ruqsat-case\t9\n"),
        Err(Unreadable::Version(Some(9)))
    );
}
