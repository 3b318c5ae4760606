//! The command line: clap reads `args_os` into typed values through value parsers that use the core's code tables,
//! and every error of clap's is rewritten into one line saying what is wrong and what is accepted.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};

use ruqsat_core::case::{Applicant, Channel, ServiceKind, Track};
use ruqsat_core::codes::Code;
use ruqsat_core::counting::OfficeHours;
use ruqsat_core::editions::EditionId;
use ruqsat_core::iso;

/// A bad input: the message is one line saying what is wrong and what is accepted.
#[derive(Debug, PartialEq, Eq)]
pub struct Usage(pub String);

impl std::fmt::Display for Usage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Usage {}

/// A service code's value: what is done to the permit, on which track.
pub type Service = (ServiceKind, Track);

/// The program's command line.
#[derive(Parser, Debug)]
#[command(name = "ruqsat", disable_version_flag = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// The working-day calendar, one JSON object a day.
    Calendar {
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = |s: &str| date("--from", s))]
        from: NaiveDate,
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = |s: &str| date("--to", s))]
        to: NaiveDate,
    },
    /// The expected timeline of a case, every step with its clause and end.
    Estimate(EstimateArgs),
    /// The documents of a case, each with its citation.
    Checklist(ChecklistArgs),
    /// Many estimates at once: CSV in, CSV out.
    Batch {
        /// A CSV file with the columns edition,service,applicant,channel,submitted[,applicant_done][,notice_received].
        file: PathBuf,
        /// The office hours every row is counted with, as `estimate`'s.
        #[command(flatten)]
        hours: HoursArgs,
    },
}

/// `estimate`'s options.
#[derive(Args, Debug)]
pub struct EstimateArgs {
    #[arg(long, value_name = "ID", value_parser = edition)]
    pub edition: EditionId,
    #[arg(long, value_parser = service)]
    pub service: Service,
    #[arg(long, value_parser = applicant)]
    pub applicant: Applicant,
    #[arg(long, value_parser = channel)]
    pub channel: Channel,
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM", value_parser = |s: &str| date_time("--submitted", s))]
    pub submitted: NaiveDateTime,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = |s: &str| date("--applicant-done", s))]
    pub applicant_done: Option<NaiveDate>,
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = |s: &str| date("--notice-received", s))]
    pub notice_received: Option<NaiveDate>,
    /// The office hours the estimate assumes (not in either regulation; default 09:00-18:30, break 13:00-14:30,
    /// documents received until 17:30).
    #[command(flatten)]
    pub hours: HoursArgs,
}

/// The office-hours assumption, each part of it changeable.
#[derive(Args, Debug, Default)]
pub struct HoursArgs {
    /// When the office opens, HH:MM (default 09:00).
    #[arg(long, value_name = "HH:MM", value_parser = |s: &str| time("--opens", s))]
    pub opens: Option<NaiveTime>,
    /// When it closes, HH:MM (default 18:30).
    #[arg(long, value_name = "HH:MM", value_parser = |s: &str| time("--closes", s))]
    pub closes: Option<NaiveTime>,
    /// The break, HH:MM-HH:MM, or `none` (default 13:00-14:30).
    #[arg(long = "break", value_name = "HH:MM-HH:MM|none", value_parser = break_time)]
    pub break_time: Option<BreakTime>,
    /// Until when documents are received, HH:MM (default 17:30).
    #[arg(long, value_name = "HH:MM", value_parser = |s: &str| time("--reception-until", s))]
    pub reception_until: Option<NaiveTime>,
}

/// `--break`: a break, or none.
#[derive(Clone, Copy, Debug)]
pub struct BreakTime(pub Option<(NaiveTime, NaiveTime)>);

impl HoursArgs {
    /// The default office hours with the parts given changed, checked together.
    pub fn hours(&self) -> Result<OfficeHours, Usage> {
        let d = OfficeHours::default();
        OfficeHours::new(
            self.opens.unwrap_or(d.opens),
            self.closes.unwrap_or(d.closes),
            self.break_time.map_or(d.break_time, |b| b.0),
            self.reception_until.unwrap_or(d.reception_until),
        )
        .map_err(|e| Usage(e.to_string()))
    }
}

/// A time of day, strictly `HH:MM`.
pub fn time(name: &str, s: &str) -> Result<NaiveTime, Usage> {
    iso::parse_time(s).ok_or_else(|| {
        Usage(format!(
            "invalid {name} '{}': expected a time as HH:MM, e.g. 17:30",
            shown(s)
        ))
    })
}

fn break_time(s: &str) -> Result<BreakTime, Usage> {
    if s == "none" {
        return Ok(BreakTime(None));
    }
    let bad = || {
        Usage(format!(
            "invalid --break '{}': expected HH:MM-HH:MM or none, e.g. 13:00-14:30",
            shown(s)
        ))
    };
    let (from, to) = s.split_once('-').ok_or_else(bad)?;
    match (iso::parse_time(from), iso::parse_time(to)) {
        (Some(from), Some(to)) => Ok(BreakTime(Some((from, to)))),
        _ => Err(bad()),
    }
}

/// `checklist`'s options.
#[derive(Args, Debug)]
pub struct ChecklistArgs {
    #[arg(long, value_name = "ID", value_parser = edition)]
    pub edition: EditionId,
    #[arg(long, value_parser = service)]
    pub service: Service,
    #[arg(long, value_parser = applicant)]
    pub applicant: Applicant,
    #[arg(long, value_parser = channel)]
    pub channel: Option<Channel>,
    #[arg(long, value_name = "YYYY-MM-DD[THH:MM]", value_parser = submitted_day)]
    pub submitted: Option<SubmittedDay>,
}

/// `checklist --submitted`: a date (taken at 09:00: documents depend on the day only) or a date and time, with the
/// text as the user gave it, for messages.
#[derive(Clone, Debug)]
pub struct SubmittedDay {
    pub at: NaiveDateTime,
    pub given: String,
}

/// 09:00, the moment a submission given as a date only is taken at.
pub const NINE: NaiveTime = match NaiveTime::from_hms_opt(9, 0, 0) {
    Some(t) => t,
    None => panic!("09:00"),
};

/// How the parse ended when it gives no command to run.
#[derive(Debug)]
pub enum Stop {
    /// Help was asked for: print it on stdout, exit 0.
    Help(String),
    /// Bad input: one line on stderr, exit 2.
    Usage(Usage),
}

/// The commands' names, for messages.
const COMMANDS: &str = "calendar, estimate, checklist or batch";

/// Reads the arguments after the program name.
pub fn parse(args: &[OsString]) -> Result<Cli, Stop> {
    // One help for the program and each command (`ruqsat help`, `ruqsat estimate --help`), with the codes of the
    // core's tables.
    let usage = crate::usage();
    let command = Cli::command()
        .override_help(usage.clone())
        .mut_subcommands(|sub| {
            // A value may begin with `-` (`--from -1` is a bad date, not an unknown option), as before clap.
            sub.override_help(usage.clone())
                .mut_args(|a| a.allow_hyphen_values(true))
        });
    let all = std::iter::once(OsString::from("ruqsat")).chain(args.iter().cloned());
    let matches = command
        .try_get_matches_from(all)
        .map_err(|e| explain(&e, args))?;
    Cli::from_arg_matches(&matches).map_err(|e| explain(&e, args))
}

/// One line for one of clap's errors (or the help it displays).
fn explain(e: &clap::Error, args: &[OsString]) -> Stop {
    let command = args
        .first()
        .and_then(|a| a.to_str())
        .filter(|a| ["calendar", "estimate", "checklist", "batch"].contains(a));
    let first_arg = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(name_only(s)),
        Some(ContextValue::Strings(v)) => v.first().map(|s| name_only(s)),
        _ => None,
    };
    let message = match e.kind() {
        ErrorKind::DisplayHelp => return Stop::Help(e.render().to_string()),
        // A bad office-hours value is said as `estimate` says it.
        ErrorKind::ValueValidation if args.iter().all(|a| a.to_str().is_some()) => {
            match std::error::Error::source(e).map(|s| s.to_string()) {
                Some(message) => message,
                None => first_line(e),
            }
        }
        _ if command == Some("batch") => format!(
            "batch takes one argument, a CSV file with the columns {}, and the options {}",
            crate::batch::INPUT_COLUMNS.join(","),
            options_of("batch")
        ),
        // Not only `InvalidUtf8`: clap reads an unexpected argument lossily, so any error with such an argument.
        _ if args.iter().any(|a| a.to_str().is_none()) => not_utf8(args),
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            format!("no command: use {COMMANDS} (ruqsat help)")
        }
        ErrorKind::InvalidSubcommand | ErrorKind::UnknownArgument if command.is_none() => {
            let given = args.first().map(|a| shown_os(a)).unwrap_or_default();
            format!("unknown command '{given}': use {COMMANDS} (ruqsat help)")
        }
        ErrorKind::UnknownArgument => {
            let given = first_arg(ContextKind::InvalidArg).unwrap_or_default();
            let options = options_of(command.unwrap_or_default());
            match given.strip_prefix("--") {
                Some(name) => {
                    let name = name.split_once('=').map_or(name, |(n, _)| n);
                    format!("unknown option --{}: use {options}", shown(name))
                }
                None => format!(
                    "unexpected argument '{}': options are {options}",
                    shown(&given)
                ),
            }
        }
        ErrorKind::ArgumentConflict
            if first_arg(ContextKind::InvalidArg) == first_arg(ContextKind::PriorArg) =>
        {
            format!(
                "{} is given twice",
                first_arg(ContextKind::InvalidArg).unwrap_or_default()
            )
        }
        ErrorKind::MissingRequiredArgument => match e.get(ContextKind::InvalidArg) {
            Some(ContextValue::Strings(missing)) => {
                let names: Vec<String> = missing.iter().map(|m| name_only(m)).collect();
                format!("missing {}", names.join(", "))
            }
            _ => first_line(e),
        },
        ErrorKind::InvalidValue | ErrorKind::NoEquals => match first_arg(ContextKind::InvalidArg) {
            Some(name) => format!("{name} needs a value"),
            None => first_line(e),
        },
        _ => first_line(e),
    };
    Stop::Usage(Usage(message))
}

/// `--submitted <YYYY-MM-DDTHH:MM>` → `--submitted`.
fn name_only(arg: &str) -> String {
    arg.split_once(' ')
        .map_or(arg, |(name, _)| name)
        .to_string()
}

/// The first line of clap's own message, without its `error: ` (a fallback: every case the program meets has its
/// own message above).
fn first_line(e: &clap::Error) -> String {
    let text = e.render().to_string();
    let line = text.lines().next().unwrap_or("invalid arguments");
    line.strip_prefix("error: ").unwrap_or(line).to_string()
}

/// The message for an argument that is not UTF-8 text.
fn not_utf8(args: &[OsString]) -> String {
    match args.iter().enumerate().find(|(_, a)| a.to_str().is_none()) {
        Some((i, a)) => format!(
            "argument {} '{}' is not UTF-8 text: codes, dates and times are plain text (ruqsat help)",
            i + 1,
            shown_os(a)
        ),
        None => "an argument is not UTF-8 text (ruqsat help)".into(),
    }
}

/// The long options of a command, for messages: `--from, --to`.
fn options_of(command: &str) -> String {
    let cli = Cli::command();
    let Some(sub) = cli.find_subcommand(command) else {
        return String::new();
    };
    sub.get_arguments()
        .filter_map(|a| a.get_long())
        .filter(|long| *long != "help")
        .map(|long| format!("--{long}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A value as a message or an output cell shows it: control characters and the characters that reorder text
/// (bidirectional overrides and isolates) are escaped as `\u{..}`, so a value cannot break a line or hide itself.
pub fn shown(s: &str) -> std::borrow::Cow<'_, str> {
    let escaped =
        |c: char| c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    // Printable ASCII, the common case, needs no look at each char.
    if s.bytes().all(|b| (b' '..=b'~').contains(&b)) || !s.chars().any(escaped) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if escaped(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out.into()
}

/// Bytes as a message shows them: UTF-8 text as [`shown`], other bytes as `\x..`.
pub fn shown_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(&shown(chunk.valid()));
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02x}"));
        }
    }
    out
}

fn shown_os(s: &OsStr) -> String {
    shown_bytes(s.as_encoded_bytes())
}

/// `a`, `a or b`, `a, b or c`.
fn either(items: impl IntoIterator<Item = String>) -> String {
    let items: Vec<String> = items.into_iter().collect();
    match items.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

pub fn edition(s: &str) -> Result<EditionId, Usage> {
    EditionId::from_code(s).ok_or_else(|| {
        let accepted = EditionId::CODES
            .iter()
            .map(|(id, code)| format!("{code} (Edition {})", id.edition().letter));
        Usage(format!(
            "unknown edition '{}': use {}",
            shown(s),
            either(accepted)
        ))
    })
}

/// `issue`, `extension`, `reissue`, or `ict` (an ICT issue); `ict-issue`, `ict-extension`, `ict-reissue` for the ICT
/// track explicitly.
pub fn service(s: &str) -> Result<Service, Usage> {
    Service::from_code(s).ok_or_else(|| {
        Usage(format!(
            "unknown service '{}': use {}",
            shown(s),
            Service::accepted()
        ))
    })
}

pub fn applicant(s: &str) -> Result<Applicant, Usage> {
    Applicant::from_code(s).ok_or_else(|| {
        Usage(format!(
            "unknown applicant '{}': use {}",
            shown(s),
            Applicant::accepted()
        ))
    })
}

pub fn channel(s: &str) -> Result<Channel, Usage> {
    Channel::from_code(s).ok_or_else(|| {
        Usage(format!(
            "unknown channel '{}': use {}",
            shown(s),
            Channel::accepted()
        ))
    })
}

/// A date, strictly `YYYY-MM-DD` and real.
pub fn date(name: &str, s: &str) -> Result<NaiveDate, Usage> {
    iso::parse_date(s).ok_or_else(|| {
        Usage(format!(
            "invalid {name} '{}': expected a real date as YYYY-MM-DD, e.g. 2017-03-14",
            shown(s)
        ))
    })
}

/// A date and time, strictly `YYYY-MM-DDTHH:MM` and real, in office local time.
pub fn date_time(name: &str, s: &str) -> Result<NaiveDateTime, Usage> {
    iso::parse_instant(s).ok_or_else(|| {
        Usage(format!(
            "invalid {name} '{}': expected a real date and time as YYYY-MM-DDTHH:MM, e.g. 2017-03-14T10:00",
            shown(s)
        ))
    })
}

/// `checklist --submitted`: `YYYY-MM-DD` (at 09:00) or `YYYY-MM-DDTHH:MM`.
fn submitted_day(s: &str) -> Result<SubmittedDay, Usage> {
    let at = if s.len() == 10 {
        date("--submitted", s)?.and_time(NINE)
    } else {
        date_time("--submitted", s)?
    };
    Ok(SubmittedDay {
        at,
        given: s.to_string(),
    })
}

/// The values of code tables as the help lists them: `office|portal`.
pub fn alternatives<T: Code>(separator: &str) -> String {
    T::CODES
        .iter()
        .map(|&(_, code)| code)
        .collect::<Vec<_>>()
        .join(separator)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_must_be_real_and_well_formed() {
        assert!(date("--from", "2017-03-14").is_ok());
        assert!(date("--from", "2017-02-30").is_err());
        assert!(date("--from", "2017-3-14").is_err());
        assert!(date("--from", "2017-03-1x").is_err());
        assert!(date("--from", "+2017-03-1").is_err());
        assert!(date_time("--submitted", "2017-03-14T10:60").is_err());
        assert!(date_time("--submitted", "2017-03-14T1:000").is_err());
        assert_eq!(
            date_time("--submitted", "2016-02-29T23:59").unwrap(),
            NaiveDate::from_ymd_opt(2016, 2, 29)
                .unwrap()
                .and_hms_opt(23, 59, 0)
                .unwrap()
        );
        assert!(date_time("--submitted", "2017-03-14T10:00").is_ok());
        assert!(date_time("--submitted", "2017-03-14T25:00").is_err());
        assert!(date_time("--submitted", "2017-03-14 10:00").is_err());
        let e = date_time("--submitted", "2017-02-29T10:00").unwrap_err();
        assert_eq!(
            e.0,
            "invalid --submitted '2017-02-29T10:00': expected a real date and time as YYYY-MM-DDTHH:MM, e.g. 2017-03-14T10:00"
        );
    }

    fn parsed(v: &[&str]) -> Result<Cli, String> {
        let args: Vec<OsString> = v.iter().map(OsString::from).collect();
        parse(&args).map_err(|stop| match stop {
            Stop::Help(h) => format!("help: {h}"),
            Stop::Usage(Usage(m)) => m,
        })
    }

    #[test]
    fn options_refuse_unknown_repeated_and_valueless() {
        let Ok(Cli {
            command: Command::Calendar { from, to },
        }) = parsed(&["calendar", "--from", "2017-01-01", "--to=2017-01-31"])
        else {
            panic!("calendar parses");
        };
        assert_eq!(
            (from.to_string(), to.to_string()),
            ("2017-01-01".into(), "2017-01-31".into())
        );
        let refused = |v: &[&str]| parsed(v).err().unwrap_or_default();
        assert_eq!(
            refused(&["calendar", "--frm", "x"]),
            "unknown option --frm: use --from, --to"
        );
        assert_eq!(
            refused(&[
                "calendar",
                "--from",
                "2017-01-01",
                "--from",
                "2017-01-02",
                "--to",
                "2017-01-03"
            ]),
            "--from is given twice"
        );
        assert_eq!(refused(&["calendar", "--from"]), "--from needs a value");
        assert_eq!(
            refused(&["calendar", "--from", "-1", "--to", "2017-01-03"]),
            "invalid --from '-1': expected a real date as YYYY-MM-DD, e.g. 2017-03-14"
        );
        assert_eq!(
            refused(&["calendar", "from"]),
            "unexpected argument 'from': options are --from, --to"
        );
        assert_eq!(
            refused(&["calendar", "--to", "2017-01-03"]),
            "missing --from"
        );
    }

    #[test]
    fn shown_escapes_what_would_break_a_line_or_reorder_it() {
        assert_eq!(shown("zhambyl-2017"), "zhambyl-2017");
        assert_eq!(shown("a\nb\tc\u{7}"), "a\\u{a}b\\u{9}c\\u{7}");
        assert_eq!(shown("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(shown("Жамбыл"), "Жамбыл");
        assert_eq!(shown_bytes(b"a\xffb\r"), "a\\xffb\\u{d}");
    }
}
