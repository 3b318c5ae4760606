//! The `ruqsat` command-line program, for consultants and scripts. Native only.
//!
//! ```text
//! ruqsat calendar --from YYYY-MM-DD --to YYYY-MM-DD
//! ruqsat estimate --edition ID --service SERVICE --applicant employer|worker --channel office|portal
//!                 --submitted YYYY-MM-DDTHH:MM [--applicant-done YYYY-MM-DD]
//! ruqsat checklist --edition ID --service SERVICE --applicant employer|worker [--submitted YYYY-MM-DD[THH:MM]]
//! ruqsat batch FILE.csv
//! ```
//!
//! Output is JSON (CSV for `batch`) on stdout. Bad input gives one line on stderr saying what is wrong and what is
//! accepted, and exit status 2; `batch` reports a bad row in that row and exits 1 if any row failed.

mod args;
pub mod batch;
mod json;

use std::io::Write;

use args::{Options, Usage};
use ruqsat_core::calendar;
use ruqsat_core::case::{Case, CaseFacts, Channel};
use ruqsat_core::checklist::checklist;
use ruqsat_core::timeline::estimate;

pub const USAGE: &str = "\
usage:
  ruqsat calendar --from YYYY-MM-DD --to YYYY-MM-DD
  ruqsat estimate --edition ID --service SERVICE --applicant employer|worker --channel office|portal \\
                  --submitted YYYY-MM-DDTHH:MM [--applicant-done YYYY-MM-DD]
  ruqsat checklist --edition ID --service SERVICE --applicant employer|worker [--channel office|portal] \\
                  [--submitted YYYY-MM-DDTHH:MM]
  ruqsat batch FILE.csv    (columns: edition,service,applicant,channel,submitted[,applicant_done])

  ID: west-kazakhstan-2014 | zhambyl-2017
  SERVICE: issue | extension | reissue | ict | ict-extension | ict-reissue
";

const NINE: chrono::NaiveTime = match chrono::NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => panic!("09:00"),
};

/// The longest calendar range one call prints.
const MAX_CALENDAR_DAYS: i64 = 5_500;

/// Runs the program with the arguments after the program name; returns the exit status.
pub fn run(args: &[String], out: &mut dyn Write, err: &mut dyn Write) -> i32 {
    let result = match args.first().map(String::as_str) {
        Some("calendar") => calendar_command(&args[1..], out),
        Some("estimate") => estimate_command(&args[1..], out),
        Some("checklist") => checklist_command(&args[1..], out),
        Some("batch") => return batch::run(&args[1..], out, err),
        Some("help" | "--help" | "-h") => {
            let _ = out.write_all(USAGE.as_bytes());
            return 0;
        }
        Some(other) => Err(Usage(format!(
            "unknown command '{other}': use calendar, estimate, checklist or batch (ruqsat help)"
        ))),
        None => Err(Usage(
            "no command: use calendar, estimate, checklist or batch (ruqsat help)".into(),
        )),
    };
    match result {
        Ok(()) => 0,
        Err(Usage(message)) => {
            let _ = writeln!(err, "ruqsat: {message}");
            2
        }
    }
}

fn write_json(out: &mut dyn Write, value: &serde_json::Value) -> Result<(), Usage> {
    let text = serde_json::to_string_pretty(value)
        .map_err(|e| Usage(format!("cannot write JSON: {e}")))?;
    writeln!(out, "{text}").map_err(|e| Usage(format!("cannot write the output: {e}")))
}

fn calendar_command(args: &[String], out: &mut dyn Write) -> Result<(), Usage> {
    let o = Options::parse(args, &["from", "to"])?;
    let from = args::date("--from", o.required("from")?)?;
    let to = args::date("--to", o.required("to")?)?;
    if to < from {
        return Err(Usage(format!("--to {to} is before --from {from}")));
    }
    if (to - from).num_days() >= MAX_CALENDAR_DAYS {
        return Err(Usage(format!(
            "the range is longer than {MAX_CALENDAR_DAYS} days: ask for less"
        )));
    }
    let mut days = Vec::new();
    for date in from.iter_days().take_while(|d| *d <= to) {
        let day = calendar::day(date).map_err(|e| Usage(e.to_string()))?;
        days.push(json::day(&day));
    }
    write_json(out, &serde_json::Value::Array(days))
}

/// The case an `estimate` or `checklist` call describes.
fn case_from(o: &Options, channel_required: bool) -> Result<Case, Usage> {
    let edition = args::edition(o.required("edition")?)?;
    let (service, track) = args::service(o.required("service")?)?;
    let applicant = args::applicant(o.required("applicant")?)?;
    let channel = match (o.get("channel"), channel_required) {
        (Some(c), _) => args::channel(c)?,
        (None, true) => return Err(Usage("missing --channel".into())),
        (None, false) => Channel::Office,
    };
    // `estimate` needs the moment; `checklist` takes a date too (documents depend on the day only), and without one
    // uses the day the edition came into force.
    let submitted = match o.get("submitted") {
        Some(s) if s.len() == 10 && !channel_required => {
            args::date("--submitted", s)?.and_time(NINE)
        }
        Some(s) => args::date_time("--submitted", s)?,
        None if channel_required => return Err(Usage("missing --submitted".into())),
        None => edition
            .edition()
            .validity
            .in_force_from
            .date()
            .and_time(NINE),
    };
    let applicant_done = o
        .get("applicant-done")
        .map(|s| args::date("--applicant-done", s))
        .transpose()?;
    Ok(Case {
        edition,
        service,
        track,
        applicant,
        channel,
        category: None,
        submitted,
        applicant_done,
        facts: CaseFacts::default(),
    })
}

fn estimate_command(args: &[String], out: &mut dyn Write) -> Result<(), Usage> {
    let o = Options::parse(
        args,
        &[
            "edition",
            "service",
            "applicant",
            "channel",
            "submitted",
            "applicant-done",
        ],
    )?;
    let case = case_from(&o, true)?;
    let timeline = estimate(&case).map_err(|e| Usage(e.to_string()))?;
    write_json(out, &json::timeline(&case, &timeline))
}

fn checklist_command(args: &[String], out: &mut dyn Write) -> Result<(), Usage> {
    let o = Options::parse(
        args,
        &["edition", "service", "applicant", "channel", "submitted"],
    )?;
    let case = case_from(&o, false)?;
    if let Err(why) = ruqsat_core::procedures::procedure(
        case.edition,
        case.service,
        case.track,
        case.applicant,
        case.channel,
    ) {
        return Err(Usage(
            why.explanation()
                .get(ruqsat_core::lang::Lang::En)
                .to_string(),
        ));
    }
    write_json(out, &json::checklist(&case, &checklist(&case)))
}
