//! The journey's state in the URL's query string, keyed by question id (`?page=check&who=employer&edition=…`), so the
//! back button, reload and a shared link all work. Pure: parsing and writing are tested natively. Unknown or
//! malformed parameters are dropped and reported, never a crash.

use ruqsat_core::case::{Applicant, Category, Channel, ServiceKind};
use ruqsat_core::codes::Code;
use ruqsat_core::editions::EditionId;
use ruqsat_core::flow::{Answers, Need, QuestionId, Who};
use ruqsat_core::iso;

/// A page of the journey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Start,
    Question(QuestionId),
    /// "Check your answers".
    Check,
    Documents,
    Timeline,
    /// The outcome: ready to submit, or what is missing; also the not-eligible result.
    Summary,
}

impl Page {
    pub fn key(self) -> &'static str {
        match self {
            Page::Start => "start",
            Page::Question(q) => q.key(),
            Page::Check => "check",
            Page::Documents => "documents",
            Page::Timeline => "timeline",
            Page::Summary => "summary",
        }
    }

    pub fn from_key(key: &str) -> Option<Page> {
        match key {
            "start" => Some(Page::Start),
            "check" => Some(Page::Check),
            "documents" => Some(Page::Documents),
            "timeline" => Some(Page::Timeline),
            "summary" => Some(Page::Summary),
            _ => QuestionId::from_key(key).map(Page::Question),
        }
    }
}

/// What a URL holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Location {
    pub page: Option<Page>,
    pub answers: Answers,
    /// "Change" from the check page: come back to it when the answers are complete.
    pub from_check: bool,
    /// Parameters that were dropped, as `name=value`, for the notice.
    pub dropped: Vec<String>,
}

pub use ruqsat_core::iso::{parse_date as parse_day, parse_instant};

/// Percent-decoding of one query component (`+` is a space); `None` for broken escapes or non-UTF-8.
fn decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// Reads a query string (with or without the leading `?`).
pub fn parse(query: &str) -> Location {
    let mut loc = Location::default();
    let a = &mut loc.answers;
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let (Some(key), Some(value)) = (decode(raw_key), decode(raw_value)) else {
            loc.dropped.push(pair.chars().take(60).collect());
            continue;
        };
        let v = value.as_str();
        let ok = match key.as_str() {
            "page" => Page::from_key(v).map(|p| loc.page = Some(p)).is_some(),
            "from" => (v == "check").then(|| loc.from_check = true).is_some(),
            "who" => Who::from_code(v).map(|x| a.who = Some(x)).is_some(),
            "for" => Applicant::from_code(v)
                .map(|x| a.acting_for = Some(x))
                .is_some(),
            "edition" => EditionId::from_code(v)
                .map(|x| a.edition = Some(x))
                .is_some(),
            "need" => Need::from_code(v).map(|x| a.need = Some(x)).is_some(),
            "transfer" => ServiceKind::from_code(v)
                .map(|x| a.transfer_need = Some(x))
                .is_some(),
            "channel" => Channel::from_code(v).map(|x| a.channel = Some(x)).is_some(),
            "category" => Category::from_code(v)
                .map(|x| a.category = Some(x))
                .is_some(),
            "extended" => v
                .parse::<u8>()
                .ok()
                .filter(|n| *n <= 20)
                .map(|x| a.extensions = Some(x))
                .is_some(),
            "submitted" => parse_instant(v).map(|x| a.submitted = Some(x)).is_some(),
            "done" => parse_day(v).map(|x| a.applicant_done = Some(x)).is_some(),
            // The language, when storage is off: the page's loader picks the bundle from it (index.html); the
            // app itself does not keep it.
            "lang" => ruqsat_core::lang::Lang::from_code(v).is_some(),
            _ => false,
        };
        if !ok {
            loc.dropped
                .push(format!("{key}={value}").chars().take(60).collect());
        }
    }
    loc
}

/// Writes the query string (with the leading `?`) for a page and the answers.
pub fn to_query(page: Page, answers: &Answers, from_check: bool) -> String {
    let mut parts: Vec<String> = Vec::new();
    if page != Page::Start {
        parts.push(format!("page={}", page.key()));
    }
    if from_check {
        parts.push("from=check".into());
    }
    let a = answers;
    let mut push = |k: &str, v: Option<String>| {
        if let Some(v) = v {
            parts.push(format!("{k}={v}"));
        }
    };
    push("who", a.who.map(|w| w.code().into()));
    push("for", a.acting_for.map(|x| x.code().into()));
    push("edition", a.edition.map(|e| e.code().into()));
    push("need", a.need.map(|n| n.code().into()));
    push("transfer", a.transfer_need.map(|s| s.code().into()));
    push("channel", a.channel.map(|c| c.code().into()));
    push("category", a.category.map(|c| c.code().into()));
    push("extended", a.extensions.map(|n| n.to_string()));
    push("submitted", a.submitted.map(iso::instant));
    push("done", a.applicant_done.map(iso::date));
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_journey_round_trips_through_the_query_string() {
        let q = "?page=timeline&who=consultant&for=employer&edition=zhambyl-2017&need=transfer&transfer=extension\
                 &channel=portal&submitted=2018-03-03T11:00&done=2018-03-20";
        let loc = parse(q);
        assert!(loc.dropped.is_empty(), "{:?}", loc.dropped);
        assert_eq!(loc.page, Some(Page::Timeline));
        assert_eq!(loc.answers.who, Some(Who::Consultant));
        assert_eq!(loc.answers.transfer_need, Some(ServiceKind::Extension));
        assert_eq!(
            to_query(Page::Timeline, &loc.answers, false),
            q.replace(' ', "")
        );
    }

    #[test]
    fn unknown_and_malformed_parameters_are_dropped_and_reported() {
        let loc = parse("who=employer&colour=red&edition=almaty&category=7&submitted=2017-02-30T10:00&%ZZ=1&page=nowhere");
        assert_eq!(loc.answers.who, Some(Who::Employer));
        assert_eq!(loc.answers.edition, None);
        assert_eq!(loc.answers.category, None);
        assert_eq!(loc.answers.submitted, None);
        assert_eq!(loc.page, None);
        assert_eq!(
            loc.dropped,
            [
                "colour=red",
                "edition=almaty",
                "category=7",
                "submitted=2017-02-30T10:00",
                "%ZZ=1",
                "page=nowhere"
            ]
        );
    }

    #[test]
    fn pages_have_keys_that_read_back() {
        for p in [
            Page::Start,
            Page::Check,
            Page::Documents,
            Page::Timeline,
            Page::Summary,
        ]
        .into_iter()
        .chain(QuestionId::ALL.map(Page::Question))
        {
            assert_eq!(Page::from_key(p.key()), Some(p));
        }
        assert_eq!(to_query(Page::Start, &Answers::default(), false), "");
        assert_eq!(parse("").page, None);
        assert!(parse("?page=who&from=check").from_check);
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(
            parse("submitted=2017-09-04T10%3A00").answers.submitted,
            parse_instant("2017-09-04T10:00")
        );
    }
}
