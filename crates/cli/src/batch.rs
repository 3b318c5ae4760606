//! `ruqsat batch FILE.csv`: many estimates at once, CSV in, CSV out, one row read and one written at a time (memory
//! stays flat however long the file). A bad row gets its error in its own row and the other rows still come out; the
//! exit status is 1 if any row failed, 2 if the file itself cannot be used.
//!
//! The input may end its lines with LF, CRLF or CR alone, may start with a UTF-8 byte order mark (Excel's "CSV
//! UTF-8"), and may quote fields that hold commas, quotes or line breaks. In the output, a cell that carries the
//! user's text (the echoed inputs, the error) has its control characters escaped and, when it begins with `=`, `+`,
//! `-` or `@`, a `'` in front, so a spreadsheet shows it instead of running it as a formula.

use std::fmt::Write as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;

use super::args::{self, Usage};
use super::json::warning_code;
use super::{estimate_error, DateNames};
use ruqsat_core::case::{Case, CaseFacts};
use ruqsat_core::counting::OfficeHours;
use ruqsat_core::iso::push_instant;
use ruqsat_core::lang::Lang;
use ruqsat_core::timeline::{estimate_with, EndBasis, Timeline};
use ruqsat_wording::rules::evidence::reference;

pub const INPUT_COLUMNS: [&str; INPUTS] = [
    "edition",
    "service",
    "applicant",
    "channel",
    "submitted",
    "applicant_done",
    "notice_received",
];
/// The number of input columns.
const INPUTS: usize = 7;
/// The input columns a file may leave out.
const OPTIONAL: [&str; 2] = ["applicant_done", "notice_received"];
const OUTPUT_HEADER: [&str; 20] = [
    "row",
    "edition",
    "service",
    "applicant",
    "channel",
    "submitted",
    "applicant_done",
    "notice_received",
    "status",
    "registered",
    "statutory_deadline",
    "statutory_deadline_basis",
    "last_step_ends",
    "last_step_ends_basis",
    "portal_next_working_day_ends",
    "portal_next_working_day_basis",
    "applicant_deadline",
    "step_ends",
    "warnings",
    "error",
];

/// The names of the dates in errors: the columns'.
const NAMES: DateNames = DateNames {
    submitted: "submitted",
    applicant_done: "applicant_done",
    notice_received: "notice_received",
};

pub fn run(path: &Path, hours: &OfficeHours, out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let shown_path = args::shown_bytes(path.as_os_str().as_encoded_bytes());
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => {
            let _ = writeln!(err, "ruqsat: cannot read {shown_path}: {e}");
            return 2;
        }
    };
    match process(file, hours, out) {
        Ok(0) => 0,
        Ok(failed) => {
            let _ = writeln!(
                err,
                "ruqsat: {failed} row(s) could not be estimated; see the error column"
            );
            1
        }
        Err(Usage(message)) => {
            let _ = writeln!(err, "ruqsat: {shown_path}: {message}");
            2
        }
    }
}

/// Reads CSV rows from `input` and writes one output row for each as it goes, every row counted with `hours`; returns
/// the number of failed rows.
pub fn process(input: impl Read, hours: &OfficeHours, out: impl Write) -> Result<usize, Usage> {
    let mut input = BufReader::with_capacity(64 * 1024, input);
    // Excel's "CSV UTF-8" starts with a byte order mark; it is not part of the first column's name.
    let starts_with_bom = input
        .fill_buf()
        .map_err(|e| Usage(format!("cannot read: {e}")))?
        .starts_with(b"\xEF\xBB\xBF");
    if starts_with_bom {
        input.consume(3);
    }
    // The default terminator takes `\r`, `\n` and `\r\n` each as the end of a record.
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    let mut writer = csv::WriterBuilder::new().from_writer(out);
    let read_err = |e: csv::Error| Usage(format!("cannot read the CSV: {e}"));
    let write_err = |e: csv::Error| Usage(format!("cannot write the output: {e}"));

    let mut record = csv::ByteRecord::new();
    let header = loop {
        if !reader.read_byte_record(&mut record).map_err(read_err)? {
            return Err(Usage("the file is empty".into()));
        }
        if !blank(&record) {
            break record.clone();
        }
    };
    let columns: Vec<String> = header
        .iter()
        .map(|c| String::from_utf8_lossy(c).trim().to_ascii_lowercase())
        .collect();
    let mut positions = [None; INPUTS];
    for (i, name) in INPUT_COLUMNS.iter().enumerate() {
        positions[i] = columns.iter().position(|c| c == name);
        if positions[i].is_none() && !OPTIONAL.contains(name) {
            return Err(Usage(format!(
                "the header has no '{name}' column: expected {} ({} optional)",
                INPUT_COLUMNS.join(","),
                OPTIONAL.join(" and ")
            )));
        }
    }
    writer.write_record(OUTPUT_HEADER).map_err(write_err)?;

    let mut failed = 0;
    let mut cell = String::with_capacity(256);
    // A row's number counts the records, the header being 1 (as a spreadsheet numbers them; a blank line is skipped
    // and not counted, and a quoted line break does not start a row).
    let mut row = 1usize;
    while reader.read_byte_record(&mut record).map_err(read_err)? {
        if blank(&record) {
            continue;
        }
        row += 1;
        let raw: [&[u8]; INPUTS] = std::array::from_fn(|i| {
            positions[i]
                .and_then(|p| record.get(p))
                .map_or(&b""[..], |f| f.trim_ascii())
        });
        let inputs: Result<[&str; INPUTS], Usage> = parse_utf8(&raw);
        cell.clear();
        let _ = write!(cell, "{row}");
        writer.write_field(&cell).map_err(write_err)?;
        for value in raw {
            let text = match std::str::from_utf8(value) {
                Ok(text) => args::shown(text.trim()),
                Err(_) => args::shown_bytes(value).into(),
            };
            writer
                .write_field(neutralised(&text).as_bytes())
                .map_err(write_err)?;
        }
        let result = inputs.and_then(|f| {
            let case = case_of(&f)?;
            estimate_with(&case, hours).map_err(|e| estimate_error(e, &case, &NAMES))
        });
        match result {
            Ok(t) => write_success(&mut writer, &mut cell, &t).map_err(write_err)?,
            Err(Usage(message)) => {
                failed += 1;
                // "error", then an empty cell for each column of a success up to the error's own.
                let empty = OUTPUT_HEADER.len() - INPUT_COLUMNS.len() - 3;
                writer.write_field("error").map_err(write_err)?;
                for _ in 0..empty {
                    writer.write_field("").map_err(write_err)?;
                }
                writer
                    .write_field(neutralised(&message).as_bytes())
                    .map_err(write_err)?;
            }
        }
        writer.write_record(None::<&[u8]>).map_err(write_err)?;
    }
    writer
        .flush()
        .map_err(|e| Usage(format!("cannot write the output: {e}")))?;
    Ok(failed)
}

/// A record with nothing but blanks in it (a line left empty).
fn blank(record: &csv::ByteRecord) -> bool {
    record.iter().all(|f| f.trim_ascii().is_empty())
}

/// The row's fields as text; a field that is not UTF-8 is the row's error.
fn parse_utf8<'a>(raw: &[&'a [u8]; INPUTS]) -> Result<[&'a str; INPUTS], Usage> {
    let mut fields = [""; INPUTS];
    for (i, bytes) in raw.iter().enumerate() {
        fields[i] = std::str::from_utf8(bytes).map_err(|_| {
            Usage(format!(
                "{} '{}' is not UTF-8 text: save the file as CSV UTF-8",
                INPUT_COLUMNS[i],
                args::shown_bytes(bytes)
            ))
        })?;
    }
    Ok(fields.map(str::trim))
}

/// A cell of the user's text, neutralised: one that begins with `=`, `+`, `-` or `@` gets a `'` in front (OWASP, "CSV
/// injection"), so a spreadsheet shows it instead of running it as a formula. Control characters are already escaped
/// ([`args::shown`]), so no cell begins with a tab or a carriage return.
fn neutralised(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

fn case_of(f: &[&str; INPUTS]) -> Result<Case, Usage> {
    let (service, track) = args::service(f[1])?;
    Ok(Case {
        edition: args::edition(f[0])?,
        service,
        track,
        applicant: args::applicant(f[2])?,
        channel: args::channel(f[3])?,
        category: None,
        submitted: args::date_time("submitted", f[4])?,
        applicant_done: if f[5].is_empty() {
            None
        } else {
            Some(args::date("applicant_done", f[5])?)
        },
        notice_received: if f[6].is_empty() {
            None
        } else {
            Some(args::date("notice_received", f[6])?)
        },
        facts: CaseFacts::default(),
    })
}

fn write_success<W: Write>(
    writer: &mut csv::Writer<W>,
    cell: &mut String,
    t: &Timeline,
) -> csv::Result<()> {
    writer.write_field("ok")?;
    cell.clear();
    push_instant(cell, t.registered);
    writer.write_field(&cell)?;
    // Each expected end with its basis, in the order of the header: clause 4's total, the steps, the portal's
    // after-hours reading; an empty pair where the case has none.
    let ends = t.expected_ends();
    for basis in [
        EndBasis::StatutoryTotal,
        EndBasis::Steps,
        EndBasis::PortalNextWorkingDay,
    ] {
        let end = ends.iter().find(|e| e.basis == basis);
        cell.clear();
        if let Some(e) = end {
            push_instant(cell, e.ends);
        }
        writer.write_field(&cell)?;
        cell.clear();
        if let Some(e) = end {
            let _ = write!(
                cell,
                "{} ({})",
                reference(&e.citation, Lang::En),
                e.citation.grade.letter()
            );
        }
        writer.write_field(&cell)?;
    }
    cell.clear();
    if let Some(d) = t.applicant_deadline {
        push_instant(cell, d.ends);
    }
    writer.write_field(&cell)?;
    cell.clear();
    for (i, m) in t.milestones.iter().enumerate() {
        if i > 0 {
            cell.push(' ');
        }
        match m.ends {
            Some(end) => push_instant(cell, end),
            None => cell.push_str("on-request"),
        }
    }
    writer.write_field(&cell)?;
    cell.clear();
    for (i, w) in t.warnings.iter().enumerate() {
        if i > 0 {
            cell.push(' ');
        }
        cell.push_str(warning_code(w));
    }
    writer.write_field(&cell)?;
    writer.write_field("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn batch(input: &str) -> (Result<usize, Usage>, String) {
        let mut out = Vec::new();
        let result = process(input.as_bytes(), &OfficeHours::default(), &mut out);
        (result, String::from_utf8(out).unwrap())
    }

    #[test]
    fn cells_of_user_text_are_neutralised_and_quoted() {
        for (text, expected) in [
            ("=1+1", "'=1+1"),
            ("+7", "'+7"),
            ("-2", "'-2"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("zhambyl-2017", "zhambyl-2017"),
        ] {
            assert_eq!(neutralised(text), expected);
        }
        let (result, out) = batch(
            "edition,service,applicant,channel,submitted\n\"a,\"\"b\",issue,employer,office,2017-03-14T10:00\n",
        );
        assert_eq!(result, Ok(1));
        assert!(
            out.lines()
                .nth(1)
                .unwrap()
                .starts_with("2,\"a,\"\"b\",issue,"),
            "{out}"
        );
    }

    #[test]
    fn the_service_column_is_echoed_and_parsed_by_the_core_table() {
        let (result, out) = batch(
            "edition,service,applicant,channel,submitted\nzhambyl-2017,ict,employer,office,2017-09-04T10:00\n",
        );
        assert_eq!(result, Ok(0), "{out}");
        assert!(out.contains(",ict,employer,"), "{out}");
    }
}
