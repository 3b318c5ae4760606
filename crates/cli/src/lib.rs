//! The `ruqsat` command-line program, for consultants and scripts. Native only.
//!
//! ```text
//! ruqsat calendar --from YYYY-MM-DD --to YYYY-MM-DD
//! ruqsat estimate --edition ID --service SERVICE --applicant employer|worker --channel office|portal
//!                 --submitted YYYY-MM-DDTHH:MM [--applicant-done YYYY-MM-DD] [--notice-received YYYY-MM-DD]
//! ruqsat checklist --edition ID --service SERVICE --applicant employer|worker [--channel office|portal]
//!                  [--submitted YYYY-MM-DD[THH:MM]]
//! ruqsat batch FILE.csv
//! ```
//!
//! Output is JSON (CSV for `batch`) on stdout. Bad input gives one line on stderr saying what is wrong and what is
//! accepted, and exit status 2; `batch` reports a bad row in that row and exits 1 if any row failed.

mod args;
pub mod batch;
mod json;

use std::ffi::OsString;
use std::io::Write;

use args::{ChecklistArgs, Cli, Command, EstimateArgs, Stop, Usage, NINE};
use chrono::NaiveDate;
use ruqsat_core::calendar::{self, CalendarError, FIRST_DAY, LAST_DAY};
use ruqsat_core::case::{Applicant, Case, Channel};
use ruqsat_core::checklist::checklist;
use ruqsat_core::editions::EditionId;
use ruqsat_core::iso;
use ruqsat_core::lang::Lang;
use ruqsat_core::timeline::{estimate_with, EstimateError};
use ruqsat_wording::rules::procedures::not_offered;

/// `ruqsat help`: the commands, their options and the accepted codes (from the core's code tables).
pub fn usage() -> String {
    let applicant = args::alternatives::<Applicant>("|");
    let channel = args::alternatives::<Channel>("|");
    format!(
        "\
usage:
  ruqsat calendar --from YYYY-MM-DD --to YYYY-MM-DD
  ruqsat estimate --edition ID --service SERVICE --applicant {applicant} --channel {channel} \\
                  --submitted YYYY-MM-DDTHH:MM [--applicant-done YYYY-MM-DD] [--notice-received YYYY-MM-DD]
  ruqsat checklist --edition ID --service SERVICE --applicant {applicant} [--channel {channel}] \\
                  [--submitted YYYY-MM-DDTHH:MM]
  ruqsat batch FILE.csv    (columns: edition,service,applicant,channel,submitted[,applicant_done][,notice_received])
  estimate and batch also take the office hours: [--opens HH:MM] [--closes HH:MM] [--break HH:MM-HH:MM|none] \
                  [--reception-until HH:MM]

  ID: {}
  SERVICE: {}
",
        args::alternatives::<EditionId>(" | "),
        args::alternatives::<args::Service>(" | "),
    )
}

/// The longest calendar range one call prints.
const MAX_CALENDAR_DAYS: i64 = 5_500;

/// Runs the program with the arguments after the program name; returns the exit status.
pub fn run<I, T>(args: I, out: &mut dyn Write, err: &mut dyn Write) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let result = match args::parse(&args) {
        Ok(Cli { command }) => match command {
            Command::Calendar { from, to } => calendar_command(from, to, out),
            Command::Estimate(a) => estimate_command(&a, out),
            Command::Checklist(a) => checklist_command(&a, out),
            Command::Batch { file, hours } => match hours.hours() {
                Ok(hours) => return batch::run(&file, &hours, out, err),
                Err(usage) => Err(usage),
            },
        },
        Err(Stop::Help(text)) => {
            let _ = out.write_all(text.as_bytes());
            return 0;
        }
        Err(Stop::Usage(usage)) => Err(usage),
    };
    match result {
        Ok(()) => 0,
        Err(Usage(message)) => {
            let _ = writeln!(err, "ruqsat: {message}");
            2
        }
    }
}

fn write_json(out: &mut dyn Write, value: &impl serde::Serialize) -> Result<(), Usage> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Usage(format!("cannot write JSON: {e}")))?;
    writeln!(out, "{text}").map_err(|e| Usage(format!("cannot write the output: {e}")))
}

/// Whether the calendar covers a day.
fn covered(date: NaiveDate) -> bool {
    (FIRST_DAY..=LAST_DAY).contains(&date)
}

/// `--submitted '2030-03-14T10:00' is outside the calendar: only 2013-01-01 to 2027-12-31 is encoded`.
fn outside(name: &str, given: &str) -> Usage {
    Usage(format!(
        "{name} '{}' is outside the calendar: only {FIRST_DAY} to {LAST_DAY} is encoded",
        args::shown(given)
    ))
}

fn calendar_command(from: NaiveDate, to: NaiveDate, out: &mut dyn Write) -> Result<(), Usage> {
    if to < from {
        return Err(Usage(format!("--to {to} is before --from {from}")));
    }
    if (to - from).num_days() >= MAX_CALENDAR_DAYS {
        return Err(Usage(format!(
            "the range is longer than {MAX_CALENDAR_DAYS} days: ask for less"
        )));
    }
    for (name, date) in [("--from", from), ("--to", to)] {
        if !covered(date) {
            return Err(outside(name, &date.to_string()));
        }
    }
    let mut days = Vec::new();
    for date in from.iter_days().take_while(|d| *d <= to) {
        let day = calendar::day(date).map_err(|e| Usage(e.to_string()))?;
        days.push(json::Day::of(&day));
    }
    write_json(out, &days)
}

/// The names a case's dates were given under: `--submitted` on the command line, `submitted` in a CSV file.
pub(crate) struct DateNames {
    pub submitted: &'static str,
    pub applicant_done: &'static str,
    pub notice_received: &'static str,
}

/// Why a case has no estimate, naming the value the user gave: a calendar error names a date the counting reached,
/// which may be one nobody typed (a submission late in 2027 whose steps run into 2028).
pub(crate) fn estimate_error(e: EstimateError, case: &Case, names: &DateNames) -> Usage {
    let EstimateError::Calendar(CalendarError::OutOfCoverage { date }) = e else {
        return Usage(estimate_error_text(e));
    };
    let submitted = iso::instant(case.submitted);
    if !covered(case.submitted.date()) {
        return outside(names.submitted, &submitted);
    }
    if let Some(notice) = case.notice_received.filter(|d| !covered(*d)) {
        return outside(names.notice_received, &notice.to_string());
    }
    // The latest date given that the counting went past: the applicant's (never before the notice), the notice's,
    // or the submission.
    let (name, given) = match (case.applicant_done, case.notice_received) {
        (Some(done), _) if !covered(done) => {
            return outside(names.applicant_done, &done.to_string())
        }
        (Some(done), _) if date >= done => (names.applicant_done, done.to_string()),
        (_, Some(notice)) if date >= notice => (names.notice_received, notice.to_string()),
        _ => (names.submitted, submitted),
    };
    Usage(format!(
        "{name} '{given}' is too late for the calendar: the estimate runs past {LAST_DAY}, and only {FIRST_DAY} to \
{LAST_DAY} is encoded"
    ))
}

/// Why no timeline can be given, in English.
fn estimate_error_text(e: EstimateError) -> String {
    match e {
        EstimateError::NotOffered(why) => not_offered(why).get(Lang::En).to_string(),
        EstimateError::Calendar(e) => e.to_string(),
        EstimateError::NoApplicantStep => {
            "this procedure has no step of the applicant's own, so it takes no applicant date".to_string()
        }
        EstimateError::ApplicantDoneTooEarly { given, earliest } => format!(
            "the applicant's step cannot be done on {given}: it starts with the notice, on {earliest} at the earliest"
        ),
        EstimateError::NoticeBeforeRegistration { given, registered } => format!(
            "the notice cannot have been received on {given}: the package was registered on {registered}"
        ),
    }
}

fn estimate_command(a: &EstimateArgs, out: &mut dyn Write) -> Result<(), Usage> {
    let case = Case {
        applicant_done: a.applicant_done,
        notice_received: a.notice_received,
        ..Case::new(
            a.edition,
            a.service.0,
            a.service.1,
            a.applicant,
            a.channel,
            a.submitted,
        )
    };
    let names = DateNames {
        submitted: "--submitted",
        applicant_done: "--applicant-done",
        notice_received: "--notice-received",
    };
    let hours = a.hours.hours()?;
    let timeline = estimate_with(&case, &hours).map_err(|e| estimate_error(e, &case, &names))?;
    write_json(out, &json::Timeline::of(&case, &timeline))
}

fn checklist_command(a: &ChecklistArgs, out: &mut dyn Write) -> Result<(), Usage> {
    // Documents depend on the day only; without a date, the day the edition came into force.
    let submitted = match &a.submitted {
        Some(s) if !covered(s.at.date()) => return Err(outside("--submitted", &s.given)),
        Some(s) => s.at,
        None => a
            .edition
            .edition()
            .validity
            .in_force_from
            .date()
            .and_time(NINE),
    };
    let case = Case::new(
        a.edition,
        a.service.0,
        a.service.1,
        a.applicant,
        a.channel.unwrap_or(Channel::Office),
        submitted,
    );
    if let Err(why) = ruqsat_core::procedures::procedure(
        case.edition,
        case.service,
        case.track,
        case.applicant,
        case.channel,
    ) {
        return Err(Usage(not_offered(why).get(Lang::En).to_string()));
    }
    write_json(out, &json::Checklist::of(&case, &checklist(&case)))
}
