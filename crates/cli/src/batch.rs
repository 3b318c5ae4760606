//! `ruqsat batch FILE.csv`: many estimates at once, CSV in, CSV out. A bad row gets its error in its own row and the
//! other rows still come out; the exit status is 1 if any row failed, 2 if the file itself cannot be used.

use std::io::{BufWriter, Write};

use super::args::{self, Usage};
use super::json::push_instant;
use ruqsat_core::case::{Case, CaseFacts};
use ruqsat_core::timeline::{estimate, Timeline, Warning};

const INPUT_COLUMNS: [&str; 6] = [
    "edition",
    "service",
    "applicant",
    "channel",
    "submitted",
    "applicant_done",
];
const OUTPUT_HEADER: &str =
    "row,edition,service,applicant,channel,submitted,applicant_done,status,registered,\
statutory_deadline,last_step_ends,step_ends,warnings,error";

pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let path = match args {
        [path] => path,
        _ => {
            let _ = writeln!(
                err,
                "ruqsat: batch takes one argument, a CSV file with the columns {}",
                INPUT_COLUMNS.join(",")
            );
            return 2;
        }
    };
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            let _ = writeln!(err, "ruqsat: cannot read {path}: {e}");
            return 2;
        }
    };
    let mut out = BufWriter::new(out);
    match process(&text, &mut out) {
        Ok(failed) => {
            if out.flush().is_err() {
                return 2;
            }
            if failed > 0 {
                let _ = writeln!(
                    err,
                    "ruqsat: {failed} row(s) could not be estimated; see the error column"
                );
                1
            } else {
                0
            }
        }
        Err(Usage(message)) => {
            let _ = writeln!(err, "ruqsat: {path}: {message}");
            2
        }
    }
}

/// Processes the whole CSV text; returns the number of failed rows.
pub fn process(text: &str, out: &mut dyn Write) -> Result<usize, Usage> {
    let mut lines = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty());
    let (_, header) = lines
        .next()
        .ok_or_else(|| Usage("the file is empty".into()))?;
    let columns: Vec<String> = split(header)
        .into_iter()
        .map(|c| c.trim().to_ascii_lowercase())
        .collect();
    let index = |name: &str| columns.iter().position(|c| c == name);
    let mut positions = [usize::MAX; 6];
    for (i, name) in INPUT_COLUMNS.iter().enumerate() {
        match index(name) {
            Some(p) => positions[i] = p,
            None if *name == "applicant_done" => {}
            None => {
                return Err(Usage(format!(
                    "the header has no '{name}' column: expected {} (applicant_done optional)",
                    INPUT_COLUMNS.join(",")
                )))
            }
        }
    }
    let write_err = |e: std::io::Error| Usage(format!("cannot write the output: {e}"));
    writeln!(out, "{OUTPUT_HEADER}").map_err(write_err)?;
    let mut failed = 0;
    let mut record = String::with_capacity(512);
    let mut number = [0u8; 20];
    for (line_no, line) in lines {
        let fields = split(line);
        let field = |i: usize| fields.get(positions[i]).map(|s| s.trim()).unwrap_or("");
        let inputs: [&str; 6] = std::array::from_fn(field);
        record.clear();
        record.push_str(itoa(line_no + 1, &mut number));
        for input in inputs {
            record.push(',');
            push_quoted(&mut record, input);
        }
        match case_of(&inputs).and_then(|c| estimate(&c).map_err(|e| Usage(e.to_string()))) {
            Ok(t) => push_success(&mut record, &t),
            Err(Usage(message)) => {
                failed += 1;
                record.push_str(",error,,,,,,");
                push_quoted(&mut record, &message);
            }
        }
        record.push('\n');
        out.write_all(record.as_bytes()).map_err(write_err)?;
    }
    Ok(failed)
}

fn case_of(f: &[&str]) -> Result<Case, Usage> {
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
        facts: CaseFacts::default(),
    })
}

fn push_success(record: &mut String, t: &Timeline) {
    record.push_str(",ok,");
    push_instant(record, t.registered);
    record.push(',');
    if let Some(d) = t.statutory_deadline {
        push_instant(record, d.ends);
    }
    record.push(',');
    if let Some(end) = t.last_end() {
        push_instant(record, end);
    }
    record.push(',');
    for (i, m) in t.milestones.iter().enumerate() {
        if i > 0 {
            record.push(' ');
        }
        match m.ends {
            Some(end) => push_instant(record, end),
            None => record.push_str("on-request"),
        }
    }
    record.push(',');
    for (i, w) in t.warnings.iter().enumerate() {
        if i > 0 {
            record.push(' ');
        }
        record.push_str(match w {
            Warning::EditionNotYetInForce { .. } => "edition-not-yet-in-force",
            Warning::EditionNoLongerInForce { .. } => "edition-no-longer-in-force",
            Warning::ApplicantStepLate { .. } => "applicant-step-late",
            Warning::EstimatedCalendar => "estimated-calendar",
        });
    }
    record.push(',');
}

/// A row number as text, without `format!`.
fn itoa(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).unwrap_or("")
}

/// Splits one CSV line: commas separate fields; a field in double quotes may hold commas and doubled quotes.
fn split(line: &str) -> Vec<std::borrow::Cow<'_, str>> {
    if !line.contains('"') {
        return line.split(',').map(std::borrow::Cow::Borrowed).collect();
    }
    let mut fields = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                current.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(std::mem::take(&mut current).into()),
            _ => current.push(c),
        }
    }
    fields.push(current.into());
    fields
}

/// Appends a field for CSV output: quoted when it holds a comma, a quote or a line break.
fn push_quoted(record: &mut String, field: &str) {
    if field.contains([',', '"', '\n', '\r']) {
        record.push('"');
        record.push_str(&field.replace('"', "\"\""));
        record.push('"');
    } else {
        record.push_str(field);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_split_and_quote_symmetrically() {
        assert_eq!(
            split("a,\"b,c\",\"d\"\"e\",,f"),
            ["a", "b,c", "d\"e", "", "f"]
        );
        let quoted = |f: &str| {
            let mut s = String::new();
            push_quoted(&mut s, f);
            s
        };
        assert_eq!(quoted("a,b"), "\"a,b\"");
        assert_eq!(quoted("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quoted("plain"), "plain");
        assert_eq!(itoa(0, &mut [0; 20]), "0");
        assert_eq!(itoa(100_000, &mut [0; 20]), "100000");
    }
}
