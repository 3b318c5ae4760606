//! The journey's state in the URL's query string, keyed by question id (`?page=check&who=employer&edition=…`), so the
//! back button, reload and a shared link all work. [`read`] and [`to_query`] are pure and tested natively: the
//! browser splits and percent-decodes the query (`URLSearchParams`, in [`parse`]). Unknown or malformed parameters
//! are dropped and reported, never a crash.

use chrono::NaiveTime;
use ruqsat_core::case::Outcome;
use ruqsat_core::codes::Code;
use ruqsat_core::counting::OfficeHours;
use ruqsat_core::flow::{Answers, QuestionId, QUESTIONS};
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
    /// The case on this device the page belongs to (`case=`; `case_store::new_id`). A link without one opens a new
    /// case, so a shared link never overwrites one.
    pub case: Option<String>,
}

pub use ruqsat_core::iso::{parse_date as parse_day, parse_instant};

/// Reads a query string (with or without the leading `?`), split and decoded by the browser (`URLSearchParams`).
pub fn parse(query: &str) -> Location {
    read(crate::ui::browser::query_pairs(query))
}

/// Reads the query's parameters, already split and percent-decoded (in the browser by `URLSearchParams`:
/// `browser::query_pairs`). Each question reads its own key through its declaration (`flow::QUESTIONS`).
#[inline(never)]
pub fn read(pairs: impl IntoIterator<Item = (String, String)>) -> Location {
    let mut loc = Location::default();
    let mut hours = HoursParts::default();
    for (key, value) in pairs {
        let v = value.as_str();
        let ok = match key.as_str() {
            key @ ("opens" | "closes" | "break" | "reception") => hours.read(key, v, &value),
            "page" => Page::from_key(v).map(|p| loc.page = Some(p)).is_some(),
            "from" => (v == "check").then(|| loc.from_check = true).is_some(),
            "case" => crate::ui::case_store::is_id(v)
                .then(|| loc.case = Some(value.clone()))
                .is_some(),
            "done" => parse_day(v)
                .map(|x| loc.answers.applicant_done = Some(x))
                .is_some(),
            "notice" => parse_day(v)
                .map(|x| loc.answers.notice_received = Some(x))
                .is_some(),
            "expires" => parse_day(v)
                .map(|x| loc.answers.permit_expires = Some(x))
                .is_some(),
            // The recorded outcome and its day: `result=received:2018-01-23`.
            "result" => v
                .split_once(':')
                .and_then(|(o, d)| Some((Outcome::from_code(o)?, parse_day(d)?)))
                .map(|x| loc.answers.outcome = Some(x))
                .is_some(),
            // The language, when storage is off: the page's loader picks the bundle from it (index.html); the
            // app itself does not keep it.
            "lang" => ruqsat_core::lang::Lang::from_code(v).is_some(),
            _ => QuestionId::from_key(&key)
                .is_some_and(|q| (q.question().write)(&mut loc.answers, v)),
        };
        if !ok {
            loc.dropped
                .push(format!("{key}={value}").chars().take(60).collect());
        }
    }
    hours.finish(&mut loc);
    loc
}

/// The office hours' keys as read, put together once the whole query is read: a part not given keeps the default;
/// parts that do not fit together are dropped and reported.
#[derive(Default)]
struct HoursParts {
    opens: Option<NaiveTime>,
    closes: Option<NaiveTime>,
    break_time: Option<Option<(NaiveTime, NaiveTime)>>,
    reception: Option<NaiveTime>,
    given: Vec<String>,
}

impl HoursParts {
    fn read(&mut self, key: &str, v: &str, value: &str) -> bool {
        let ok = match key {
            "opens" => iso::parse_time(v).map(|t| self.opens = Some(t)).is_some(),
            "closes" => iso::parse_time(v).map(|t| self.closes = Some(t)).is_some(),
            "reception" => iso::parse_time(v)
                .map(|t| self.reception = Some(t))
                .is_some(),
            _ if v == "none" => {
                self.break_time = Some(None);
                true
            }
            _ => v
                .split_once('-')
                .and_then(|(a, b)| Some((iso::parse_time(a)?, iso::parse_time(b)?)))
                .map(|b| self.break_time = Some(Some(b)))
                .is_some(),
        };
        if ok {
            self.given.push(format!("{key}={value}"));
        }
        ok
    }

    fn finish(self, loc: &mut Location) {
        if self.given.is_empty() {
            return;
        }
        let d = OfficeHours::default();
        match OfficeHours::new(
            self.opens.unwrap_or(d.opens),
            self.closes.unwrap_or(d.closes),
            self.break_time.unwrap_or(d.break_time),
            self.reception.unwrap_or(d.reception_until),
        ) {
            Ok(h) if h == d => {}
            Ok(h) => loc.answers.office_hours = Some(h),
            Err(_) => loc
                .dropped
                .extend(self.given.into_iter().map(|g| g.chars().take(60).collect())),
        }
    }
}

/// The office hours' parameters: only those that differ from the default.
fn hours_query(hours: Option<OfficeHours>) -> Vec<(&'static str, String)> {
    let (Some(h), d) = (hours, OfficeHours::default()) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if h.opens != d.opens {
        out.push(("opens", iso::time(h.opens)));
    }
    if h.closes != d.closes {
        out.push(("closes", iso::time(h.closes)));
    }
    if h.break_time != d.break_time {
        let b = h.break_time.map_or("none".to_string(), |(a, b)| {
            format!("{}-{}", iso::time(a), iso::time(b))
        });
        out.push(("break", b));
    }
    if h.reception_until != d.reception_until {
        out.push(("reception", iso::time(h.reception_until)));
    }
    out
}

/// The query string of a page of a case: [`to_query`] with the case's id last, when it is given.
pub fn case_query(page: Page, answers: &Answers, from_check: bool, case: Option<&str>) -> String {
    let q = to_query(page, answers, from_check);
    match case {
        None => q,
        Some(id) if q.is_empty() => format!("?case={id}"),
        Some(id) => format!("{q}&case={id}"),
    }
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
    let answered = QUESTIONS
        .iter()
        .filter_map(|q| Some((q.key, (q.read)(answers)?)));
    let done = answers.applicant_done.map(|d| ("done", iso::date(d)));
    let notice = answers.notice_received.map(|d| ("notice", iso::date(d)));
    let expires = answers.permit_expires.map(|d| ("expires", iso::date(d)));
    let hours = hours_query(answers.office_hours);
    let outcome = answers
        .outcome
        .map(|(o, d)| ("result", format!("{}:{}", o.code(), iso::date(d))));
    parts.extend(
        answered
            .chain(notice)
            .chain(done)
            .chain(expires)
            .chain(outcome)
            .chain(hours)
            .map(|(k, v)| format!("{k}={v}")),
    );
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::case::ServiceKind;
    use ruqsat_core::flow::Who;

    /// Reads a query string as the browser's `URLSearchParams` does (WHATWG `application/x-www-form-urlencoded`
    /// parsing: `+` is a space, a broken escape is kept as it is, bytes that are not UTF-8 become U+FFFD); the
    /// browser tests check `parse` itself.
    fn parse(query: &str) -> Location {
        let query = query.strip_prefix('?').unwrap_or(query);
        read(form_urlencoded::parse(query.as_bytes()).into_owned())
    }

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

    /// The notice's date and the permit's expiry are kept in the URL like the other answers (issue 12, section 3).
    #[test]
    fn the_notice_and_the_expiry_round_trip_through_the_query_string() {
        let q = "?page=timeline&who=employer&edition=zhambyl-2017&need=runs-out&channel=office&category=3\
                 &extended=0&submitted=2018-05-02T10:00&notice=2018-05-10&done=2018-05-21&expires=2018-06-15";
        let loc = parse(q);
        assert!(loc.dropped.is_empty(), "{:?}", loc.dropped);
        assert_eq!(loc.answers.notice_received, parse_day("2018-05-10"));
        assert_eq!(loc.answers.permit_expires, parse_day("2018-06-15"));
        assert_eq!(
            to_query(Page::Timeline, &loc.answers, false),
            q.replace(' ', "")
        );
        assert_eq!(parse("notice=2018-02-30").dropped, ["notice=2018-02-30"]);
    }

    /// The recorded outcome is kept with the other real dates (issue 13, part 2), and a malformed one is dropped.
    #[test]
    fn the_outcome_round_trips_through_the_query_string() {
        let q = "?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office&category=3\
                 &submitted=2017-12-04T10:00&notice=2017-12-29&done=2018-01-10&result=received:2018-01-23";
        let loc = parse(q);
        assert!(loc.dropped.is_empty(), "{:?}", loc.dropped);
        assert_eq!(
            loc.answers.outcome,
            Some((Outcome::Received, parse_day("2018-01-23").unwrap()))
        );
        assert_eq!(
            to_query(Page::Timeline, &loc.answers, false),
            q.replace(' ', "")
        );
        let refused = parse("result=refused:2017-12-06").answers.outcome;
        assert_eq!(
            refused,
            Some((Outcome::Refused, parse_day("2017-12-06").unwrap()))
        );
        for bad in [
            "result=granted:2018-01-23",
            "result=received",
            "result=refused:2018-02-30",
        ] {
            assert_eq!(parse(bad).dropped, [bad]);
        }
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

    #[test]
    fn broken_escapes_and_bytes_that_are_not_utf8_are_reported_as_the_browser_reads_them() {
        let loc = parse("who=%FF&need=first+&edition=zhambyl%2D2017&channel=%");
        assert_eq!(
            loc.answers.edition,
            Some(ruqsat_core::editions::EditionId::Zhambyl2017)
        );
        assert_eq!(loc.dropped, ["who=\u{FFFD}", "need=first ", "channel=%"]);
    }

    #[test]
    fn every_choice_code_round_trips_through_the_url() {
        for q in QUESTIONS {
            for &code in q.options() {
                let a = q.answered(&Answers::default(), code);
                let query = to_query(Page::Question(q.id), &a, false);
                assert_eq!(query, format!("?page={}&{}={code}", q.key, q.key));
                let loc = parse(&query);
                assert!(loc.dropped.is_empty(), "{query}: {:?}", loc.dropped);
                assert_eq!(loc.page, Some(Page::Question(q.id)));
                assert_eq!(loc.answers, a, "{query}");
            }
        }
        // The count keeps what was given beyond its last option, up to 20.
        assert_eq!(parse("extended=20").answers.extensions, Some(20));
        assert_eq!(parse("extended=21").dropped, ["extended=21"]);
    }

    /// The office hours are kept with the answers, keyed like them: only the parts that differ from the default are
    /// written, and parts that do not fit together are dropped and reported, never a crash.
    #[test]
    fn office_hours_round_trip_and_bad_ones_are_dropped() {
        let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        let q = "?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office\
                 &submitted=2017-09-15T17:45&opens=10:00&break=none&reception=18:00";
        let loc = parse(q);
        assert!(loc.dropped.is_empty(), "{:?}", loc.dropped);
        let h = loc.answers.office_hours.unwrap();
        assert_eq!((h.opens, h.closes), (t(10, 0), t(18, 30)));
        assert_eq!(h.break_time, None);
        assert_eq!(h.reception_until, t(18, 0));
        assert_eq!(
            to_query(Page::Timeline, &loc.answers, false),
            "?page=timeline&who=employer&edition=zhambyl-2017&need=first&channel=office\
             &submitted=2017-09-15T17:45&opens=10:00&break=none&reception=18:00"
        );
        // The default written out is no change at all.
        let loc = parse("?opens=09:00&break=13:00-14:30");
        assert_eq!(loc.answers.office_hours, None);
        assert!(loc.dropped.is_empty());
        // Reception after closing: the hours are dropped, and said.
        let loc = parse("?closes=17:00&reception=17:30");
        assert_eq!(loc.answers.office_hours, None);
        assert_eq!(loc.dropped, ["closes=17:00", "reception=17:30"]);
        let loc = parse("?opens=9");
        assert_eq!(loc.dropped, ["opens=9"]);
    }
}
