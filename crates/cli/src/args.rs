//! Reading the command line and CSV fields into core values, with one-line errors that say what is accepted.

use chrono::{NaiveDate, NaiveDateTime};
use ruqsat_core::codes::Code;

use ruqsat_core::case::{Applicant, Channel, ServiceKind, Track};
use ruqsat_core::editions::EditionId;
use ruqsat_core::iso;

/// A bad input: the message is one line saying what is wrong and what is accepted.
#[derive(Debug, PartialEq, Eq)]
pub struct Usage(pub String);

pub fn edition(s: &str) -> Result<EditionId, Usage> {
    EditionId::from_code(s).ok_or_else(|| {
        Usage(format!(
            "unknown edition '{s}': use west-kazakhstan-2014 (Edition A) or zhambyl-2017 (Edition B)"
        ))
    })
}

/// `issue`, `extension`, `reissue`, or `ict` (an ICT issue); `ict-issue`, `ict-extension`, `ict-reissue` for the ICT
/// track explicitly.
pub fn service(s: &str) -> Result<(ServiceKind, Track), Usage> {
    let parsed = match s {
        "issue" => (ServiceKind::Issue, Track::General),
        "extension" => (ServiceKind::Extension, Track::General),
        "reissue" => (ServiceKind::Reissue, Track::General),
        "ict" | "ict-issue" => (ServiceKind::Issue, Track::IntraCorporateTransfer),
        "ict-extension" => (ServiceKind::Extension, Track::IntraCorporateTransfer),
        "ict-reissue" => (ServiceKind::Reissue, Track::IntraCorporateTransfer),
        _ => {
            return Err(Usage(format!(
                "unknown service '{s}': use issue, extension, reissue, ict (or ict-issue, ict-extension, ict-reissue)"
            )))
        }
    };
    Ok(parsed)
}

pub fn applicant(s: &str) -> Result<Applicant, Usage> {
    Applicant::from_code(s).ok_or_else(|| {
        Usage(format!(
            "unknown applicant '{s}': use {}",
            Applicant::accepted()
        ))
    })
}

pub fn channel(s: &str) -> Result<Channel, Usage> {
    Channel::from_code(s).ok_or_else(|| {
        Usage(format!(
            "unknown channel '{s}': use {}",
            Channel::accepted()
        ))
    })
}

/// A date, strictly `YYYY-MM-DD` and real.
pub fn date(name: &str, s: &str) -> Result<NaiveDate, Usage> {
    iso::parse_date(s).ok_or_else(|| {
        Usage(format!(
            "invalid {name} '{s}': expected a real date as YYYY-MM-DD, e.g. 2017-03-14"
        ))
    })
}

/// A date and time, strictly `YYYY-MM-DDTHH:MM` and real, in office local time.
pub fn date_time(name: &str, s: &str) -> Result<NaiveDateTime, Usage> {
    iso::parse_instant(s).ok_or_else(|| {
        Usage(format!(
            "invalid {name} '{s}': expected a real date and time as YYYY-MM-DDTHH:MM, e.g. 2017-03-14T10:00"
        ))
    })
}

/// `--name value` options after a subcommand. Every option takes a value; unknown or repeated ones are refused.
pub struct Options {
    pairs: Vec<(String, String)>,
}

impl Options {
    pub fn parse(args: &[String], allowed: &[&str]) -> Result<Options, Usage> {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let Some(name) = arg.strip_prefix("--") else {
                return Err(Usage(format!(
                    "unexpected argument '{arg}': options are {}",
                    list(allowed)
                )));
            };
            let (name, inline) = match name.split_once('=') {
                Some((n, v)) => (n, Some(v.to_string())),
                None => (name, None),
            };
            if !allowed.contains(&name) {
                return Err(Usage(format!(
                    "unknown option --{name}: use {}",
                    list(allowed)
                )));
            }
            if pairs.iter().any(|(n, _)| n == name) {
                return Err(Usage(format!("--{name} is given twice")));
            }
            let value = match inline {
                Some(v) => v,
                None => it
                    .next()
                    .cloned()
                    .ok_or_else(|| Usage(format!("--{name} needs a value")))?,
            };
            pairs.push((name.to_string(), value));
        }
        Ok(Options { pairs })
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub fn required(&self, name: &str) -> Result<&str, Usage> {
        self.get(name)
            .ok_or_else(|| Usage(format!("missing --{name}")))
    }
}

fn list(allowed: &[&str]) -> String {
    allowed
        .iter()
        .map(|a| format!("--{a}"))
        .collect::<Vec<_>>()
        .join(", ")
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

    #[test]
    fn options_refuse_unknown_repeated_and_valueless() {
        let args = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let o = Options::parse(
            &args(&["--from", "2017-01-01", "--to=2017-01-31"]),
            &["from", "to"],
        )
        .unwrap();
        assert_eq!(
            (o.get("from"), o.get("to")),
            (Some("2017-01-01"), Some("2017-01-31"))
        );
        assert!(Options::parse(&args(&["--frm", "x"]), &["from"]).is_err());
        assert!(Options::parse(&args(&["--from", "x", "--from", "y"]), &["from"]).is_err());
        assert!(Options::parse(&args(&["--from"]), &["from"]).is_err());
        assert!(Options::parse(&args(&["from"]), &["from"]).is_err());
    }
}
