//! The three-field date input (GOV.UK pattern: day, month, year as text, never a picker alone) and a time field.
//! Parsing is pure and tested natively; the component only renders and reports the raw text.

use chrono::{NaiveDate, NaiveTime};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use ruqsat_core::editions::DateKnown;
use ruqsat_core::flow::DateRefused;
use ruqsat_core::lang::Lang;
use ruqsat_wording::{format_date_weekday, t, Msg};

/// What is wrong with the typed date or time: each names the message to show and the field to focus.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Missing,
    Day,
    Month,
    Year,
    NotReal,
    Time,
    /// A date before the first day the step can be done (the applicant's step starts with the notice).
    TooEarly,
    /// A notice date before the package was registered.
    BeforeRegistration,
    /// A planned date after the applicant's deadline (kept, and shown as an error beside the field).
    AfterDeadline,
    /// A submission before the chosen edition came into force: its earliest date (`flow::DateRefused`).
    BeforeInForce(DateKnown),
    /// A date whose later steps fall outside the calendar.
    NotCovered,
    /// A date the page refuses for a reason of its own, in its own words (`DateInputProps::message`).
    Other,
}

impl From<DateRefused> for DateError {
    fn from(r: DateRefused) -> Self {
        match r {
            DateRefused::BeforeInForce(d) => DateError::BeforeInForce(d),
            DateRefused::NotCovered => DateError::NotCovered,
            DateRefused::BeforeStepStarts(_) => DateError::TooEarly,
        }
    }
}

impl DateError {
    pub fn message(self) -> Msg {
        match self {
            DateError::Missing => Msg::ErrorDateMissing,
            DateError::Day => Msg::ErrorDateDay,
            DateError::Month => Msg::ErrorDateMonth,
            DateError::Year => Msg::ErrorDateYear,
            DateError::NotReal => Msg::ErrorDateReal,
            DateError::Time => Msg::ErrorTime,
            DateError::TooEarly => Msg::ErrorDateBeforeNotice,
            DateError::BeforeRegistration => Msg::ErrorNoticeBeforeRegistration,
            DateError::AfterDeadline => Msg::ErrorPlanAfterDeadline,
            DateError::BeforeInForce(_) => Msg::ErrorDateBeforeInForce,
            DateError::NotCovered => Msg::ErrorDateNotCovered,
            DateError::Other => Msg::ErrorDateReal,
        }
    }

    /// The error in words, with the date it names: the edition's earliest, the calendar's last day.
    pub fn text(self, lang: Lang) -> String {
        let message = t(lang, self.message());
        match self {
            DateError::BeforeInForce(d) => {
                let approx = if d.is_exact() {
                    String::new()
                } else {
                    format!(" ({})", t(lang, Msg::ApproximateMark))
                };
                format!("{message} {}{approx}", format_date_weekday(d.date(), lang))
            }
            DateError::NotCovered => format!(
                "{message} {}",
                format_date_weekday(ruqsat_core::calendar::LAST_DAY, lang)
            ),
            _ => message.to_string(),
        }
    }

    /// The id of the field the error belongs to, in the date input with this id prefix (`DateInputProps::id`).
    pub fn field_id(self, prefix: &str) -> String {
        format!("{prefix}-{}", self.field())
    }

    /// The suffix of the field the error belongs to (`-day`, `-month`, `-year`, `-time`).
    pub fn field(self) -> &'static str {
        match self {
            DateError::Missing
            | DateError::Day
            | DateError::NotReal
            | DateError::TooEarly
            | DateError::BeforeRegistration
            | DateError::AfterDeadline
            | DateError::BeforeInForce(_)
            | DateError::NotCovered
            | DateError::Other => "day",
            DateError::Month => "month",
            DateError::Year => "year",
            DateError::Time => "time",
        }
    }
}

/// Reads day, month and year as typed: spaces trimmed, leading zeros allowed, the year in four digits.
pub fn parse_date(day: &str, month: &str, year: &str) -> Result<NaiveDate, DateError> {
    let (day, month, year) = (day.trim(), month.trim(), year.trim());
    if day.is_empty() && month.is_empty() && year.is_empty() {
        return Err(DateError::Missing);
    }
    let number = |s: &str, max_len: usize| -> Option<u32> {
        (!s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())?
    };
    let d = number(day, 2)
        .filter(|d| (1..=31).contains(d))
        .ok_or(DateError::Day)?;
    let m = number(month, 2)
        .filter(|m| (1..=12).contains(m))
        .ok_or(DateError::Month)?;
    let y = number(year, 4)
        .filter(|_| year.len() == 4)
        .ok_or(DateError::Year)?;
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or(DateError::NotReal)
}

/// Reads `HH:MM` (or `H:MM`, `HH.MM`); empty means 09:00 is not assumed: the caller decides.
pub fn parse_time(s: &str) -> Result<NaiveTime, DateError> {
    let s = s.trim().replace('.', ":");
    let (h, m) = s.split_once(':').ok_or(DateError::Time)?;
    let ok = |p: &str| !p.is_empty() && p.len() <= 2 && p.bytes().all(|b| b.is_ascii_digit());
    if !ok(h) || m.len() != 2 || !ok(m) {
        return Err(DateError::Time);
    }
    NaiveTime::from_hms_opt(
        h.parse().map_err(|_| DateError::Time)?,
        m.parse().map_err(|_| DateError::Time)?,
        0,
    )
    .ok_or(DateError::Time)
}

/// The raw text of the fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateText {
    pub day: String,
    pub month: String,
    pub year: String,
    pub time: String,
}

impl DateText {
    pub fn from_date(d: NaiveDate, time: Option<NaiveTime>) -> Self {
        use chrono::Datelike;
        DateText {
            day: d.day().to_string(),
            month: d.month().to_string(),
            year: d.year().to_string(),
            time: time.map(ruqsat_core::iso::time).unwrap_or_default(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct DateInputProps {
    /// The id prefix: fields are `{id}-day`, `{id}-month`, `{id}-year`, `{id}-time`.
    pub id: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub lang: Lang,
    pub value: DateText,
    #[prop_or_default]
    pub with_time: bool,
    #[prop_or_default]
    pub error: Option<DateError>,
    /// The words of a [`DateError::Other`].
    #[prop_or_default]
    pub message: Option<AttrValue>,
    pub on_change: Callback<DateText>,
    /// The legend is the page's heading (one question per page).
    #[prop_or_default]
    pub legend_is_heading: bool,
}

#[function_component(DateInput)]
pub fn date_input(props: &DateInputProps) -> Html {
    let lang = props.lang;
    let field =
        |name: &'static str, label: Msg, value: String, width: [&'static str; 2], max: u32| {
            let id = format!("{}-{name}", props.id);
            let invalid = props.error.is_some_and(|e| {
                // A date left out, one that does not exist or one that comes too early is the three date fields
                // together (not the time).
                e.field() == name
                    || (matches!(
                        e,
                        DateError::Missing
                            | DateError::NotReal
                            | DateError::TooEarly
                            | DateError::BeforeRegistration
                            | DateError::AfterDeadline
                            | DateError::BeforeInForce(_)
                            | DateError::NotCovered
                            | DateError::Other
                    ) && name != "time")
            });
            // Read all the fields from the page on every input: several can change before the next render (autofill,
            // a script, fast typing), so the props' snapshot of the other fields may be stale.
            let on_input = {
                let on_change = props.on_change.clone();
                let prefix = props.id.to_string();
                let current = props.value.clone();
                Callback::from(move |_: InputEvent| {
                    let read = |suffix: &str, fallback: &String| {
                        gloo::utils::document()
                            .get_element_by_id(&format!("{prefix}-{suffix}"))
                            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                            .map_or_else(|| fallback.clone(), |i| i.value())
                    };
                    on_change.emit(DateText {
                        day: read("day", &current.day),
                        month: read("month", &current.month),
                        year: read("year", &current.year),
                        time: read("time", &current.time),
                    });
                })
            };
            html! {
                <div class="date-input__item">
                    <label class="label" for={id.clone()}>{ t(lang, label) }</label>
                    <input class={width[usize::from(invalid)]} id={id.clone()} name={id}
                        type="text" inputmode={ if name == "time" { "text" } else { "numeric" } }
                        maxlength={max.to_string()} value={value} oninput={on_input}
                        aria-invalid={ if invalid { "true" } else { "false" } } />
                </div>
            }
        };
    let error_id = format!("{}-error", props.id);
    let hint_id = format!("{}-hint", props.id);
    // The group is described by its hint and, when there is one, its error: both are read with the fields.
    let described_by = [
        props.hint.is_some().then(|| hint_id.clone()),
        props.error.is_some().then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    html! {
        <div class={if props.error.is_some() { "form-group form-group--error" } else { "form-group" }}>
            <fieldset class="fieldset" role="group"
                aria-describedby={ (!described_by.is_empty()).then_some(described_by) }>
                <legend class="legend">
                    if props.legend_is_heading {
                        <h1 class="legend__heading" id="page-heading" tabindex="-1">{ props.legend.clone() }</h1>
                    } else {
                        { props.legend.clone() }
                    }
                </legend>
                if let Some(hint) = &props.hint {
                    <div class="hint" id={hint_id}>{ hint.clone() }</div>
                }
                if let Some(e) = props.error {
                    <p class="error-message" id={error_id}>
                        <span class="visually-hidden">{ t(lang, Msg::ErrorPrefix) }{ ": " }</span>
                        { props.message.clone().filter(|_| e == DateError::Other).unwrap_or_else(|| e.text(lang).into()) }
                    </p>
                }
                <div class="date-input">
                    { field("day", Msg::DateDay, props.value.day.clone(), ["input input--w2", "input input--w2 input--error"], 2) }
                    { field("month", Msg::DateMonth, props.value.month.clone(), ["input input--w2", "input input--w2 input--error"], 2) }
                    { field("year", Msg::DateYear, props.value.year.clone(), ["input input--w4", "input input--w4 input--error"], 4) }
                    if props.with_time {
                        { field("time", Msg::DateTime, props.value.time.clone(), ["input input--w4", "input input--w4 input--error"], 5) }
                    }
                </div>
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_are_read_as_typed() {
        assert_eq!(parse_date("4", "9", "2017"), Ok(d(2017, 9, 4)));
        assert_eq!(parse_date(" 04 ", "09", "2017"), Ok(d(2017, 9, 4)));
        assert_eq!(parse_date("29", "2", "2016"), Ok(d(2016, 2, 29)));
    }

    #[test]
    fn each_mistake_names_its_field() {
        assert_eq!(parse_date("", "", ""), Err(DateError::Missing));
        assert_eq!(parse_date("", "9", "2017"), Err(DateError::Day));
        assert_eq!(parse_date("32", "9", "2017"), Err(DateError::Day));
        assert_eq!(parse_date("4", "13", "2017"), Err(DateError::Month));
        assert_eq!(parse_date("4", "x", "2017"), Err(DateError::Month));
        assert_eq!(parse_date("4", "9", "17"), Err(DateError::Year));
        assert_eq!(parse_date("29", "2", "2017"), Err(DateError::NotReal));
        assert_eq!(parse_date("31", "4", "2017"), Err(DateError::NotReal));
        assert_eq!(DateError::Month.field(), "month");
        assert_eq!(DateError::Month.field_id("submitted"), "submitted-month");
    }

    #[test]
    fn a_refused_date_names_the_day_it_turns_on() {
        use ruqsat_core::editions::DateKnown;
        // Edition B's earliest day: not before Friday 28 April 2017, its exact date unknown.
        let early = DateError::from(DateRefused::BeforeInForce(DateKnown::NotBefore(d(
            2017, 4, 28,
        ))));
        assert_eq!(early.field_id("submitted"), "submitted-day");
        assert_eq!(
            early.text(Lang::En),
            "Enter a date on or after the day the chosen regulation came into force; the earliest is Friday \
             28 April 2017 (exact date not known)"
        );
        assert!(early.text(Lang::Ru).contains("пятница, 28 апреля 2017 г."));
        assert!(early.text(Lang::Kk).contains("2017 жылғы 28 сәуір, жұма"));
        // The calendar's last day, Friday 31 December 2027.
        let late = DateError::from(DateRefused::NotCovered);
        assert!(late
            .text(Lang::En)
            .ends_with("ends on Friday 31 December 2027"));
        assert_eq!(
            DateError::from(DateRefused::BeforeStepStarts(d(2017, 9, 15))),
            DateError::TooEarly
        );
    }

    #[test]
    fn times_are_hours_and_minutes() {
        assert_eq!(
            parse_time("10:00"),
            Ok(NaiveTime::from_hms_opt(10, 0, 0).unwrap())
        );
        assert_eq!(
            parse_time("9.30"),
            Ok(NaiveTime::from_hms_opt(9, 30, 0).unwrap())
        );
        assert_eq!(parse_time("24:00"), Err(DateError::Time));
        assert_eq!(parse_time("10"), Err(DateError::Time));
        assert_eq!(parse_time("10:5"), Err(DateError::Time));
        assert_eq!(parse_time(""), Err(DateError::Time));
    }
}
