//! The JSON shapes of the CLI's output, as view structs serde writes. Field names are part of the interface scripts
//! rely on.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Serialize, Serializer};

use ruqsat_core::calendar;
use ruqsat_core::case::Case;
use ruqsat_core::checklist::{self, Applies};
use ruqsat_core::codes::Code;
use ruqsat_core::counting::{OFFICE_HOURS_CITATION, RULES};
use ruqsat_core::documents::Due as CoreDue;
use ruqsat_core::evidence;
use ruqsat_core::iso;
use ruqsat_core::lang::Lang;
use ruqsat_core::procedures;
use ruqsat_core::timeline::{self, Warning as CoreWarning};
use ruqsat_wording::rules::calendar::holiday_name;
use ruqsat_wording::rules::documents as words;
use ruqsat_wording::rules::evidence::{grade_meaning, locator, reference};
use ruqsat_wording::rules::{counting, deadlines, procedures as step_words};

/// A moment as `YYYY-MM-DDTHH:MM`, office local time.
#[derive(Clone, Copy)]
pub struct Instant(pub NaiveDateTime);

impl Serialize for Instant {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&iso::instant(self.0))
    }
}

/// A date as `YYYY-MM-DD`.
#[derive(Clone, Copy)]
pub struct Date(pub NaiveDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0)
    }
}

/// A time of day as `HH:MM`.
#[derive(Clone, Copy)]
pub struct Time(pub NaiveTime);

impl Serialize for Time {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%H:%M"))
    }
}

/// A source and the place in it, with its grade letter.
#[derive(Serialize)]
pub struct Citation {
    pub source: String,
    pub locator: String,
    pub grade: char,
}

impl Citation {
    pub fn of(c: &evidence::Citation) -> Self {
        Citation {
            source: c.source_text(Lang::En),
            locator: locator(&c.locator, Lang::En),
            grade: c.grade.letter(),
        }
    }
}

/// One day of the calendar.
#[derive(Serialize)]
pub struct Day {
    pub date: Date,
    /// `Mon` … `Sun`.
    pub weekday: String,
    pub working: bool,
    pub kind: &'static str,
    pub name: Option<&'static str>,
    pub estimated: bool,
    pub citation: Option<Citation>,
}

impl Day {
    pub fn of(d: &calendar::Day) -> Self {
        Day {
            date: Date(d.date),
            weekday: d.date.format("%a").to_string(),
            working: d.working(),
            kind: d.kind.as_str(),
            name: d.name.map(|n| holiday_name(n).en),
            estimated: d.estimated,
            citation: d.citation.as_ref().map(Citation::of),
        }
    }
}

/// A step's limit: `{"working_days": 5}`, `{"on_request": true}`.
#[derive(Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    Minutes(u32),
    Hours(u32),
    WorkingDays(u32),
    CalendarDays(u32),
    OnRequest(bool),
}

impl Limit {
    pub fn of(l: procedures::Limit) -> Self {
        match l {
            procedures::Limit::Minutes(n) => Limit::Minutes(n),
            procedures::Limit::Hours(n) => Limit::Hours(n),
            procedures::Limit::WorkingDays(n) => Limit::WorkingDays(n),
            procedures::Limit::CalendarDays(n) => Limit::CalendarDays(n),
            procedures::Limit::OnRequest => Limit::OnRequest(true),
        }
    }
}

/// The service code of a case: `issue`, `ict-extension`.
pub fn service_code(case: &Case) -> &'static str {
    (case.service, case.track).code()
}

/// A warning's code and its sentence.
#[derive(Serialize)]
pub struct Warning {
    pub kind: &'static str,
    pub message: String,
}

/// A warning's code, as the JSON's `kind` and the batch's `warnings` column write it.
pub fn warning_code(w: &CoreWarning) -> &'static str {
    match w {
        CoreWarning::EditionNotYetInForce { .. } => "edition-not-yet-in-force",
        CoreWarning::EditionNoLongerInForce { .. } => "edition-no-longer-in-force",
        CoreWarning::ApplicantStepLate { .. } => "applicant-step-late",
        CoreWarning::EstimatedCalendar => "estimated-calendar",
        CoreWarning::ProviderLate { .. } => "provider-late",
    }
}

impl Warning {
    pub fn of(w: &CoreWarning) -> Self {
        let message = match w {
            CoreWarning::EditionNotYetInForce {
                submitted,
                in_force_from,
            } => format!(
                "the edition was not yet in force on {submitted}: in force from {} {}",
                if in_force_from.is_exact() {
                    ""
                } else {
                    "not before"
                },
                in_force_from.date()
            ),
            CoreWarning::EditionNoLongerInForce {
                submitted,
                lost_force,
            } => {
                format!(
                "the edition may no longer have been in force on {submitted}: it lost force {} {}",
                if lost_force.is_exact() { "on" } else { "not before" },
                lost_force.date()
            )
            }
            CoreWarning::ApplicantStepLate { given, limit_ends } => format!(
                "the applicant's date {given} is after the step's limit, which ends {}",
                iso::instant(*limit_ends)
            ),
            CoreWarning::EstimatedCalendar => {
                "dates from 2026 on are computed without any transfer decree: they are estimates"
                    .into()
            }
            CoreWarning::ProviderLate {
                notice_received,
                latest,
                appeal,
            } => format!(
                "the notice was received on {notice_received}, after the provider's latest date {}: the provider \
was late; {}",
                iso::instant(*latest),
                match appeal {
                    Some(c) => format!(
                        "decisions, actions and inaction of the provider may be appealed ({})",
                        reference(c, Lang::En)
                    ),
                    None => "the regulation sets no appeal procedure of its own".to_string(),
                }
            ),
        };
        Warning {
            kind: warning_code(w),
            message,
        }
    }
}

/// One step of a timeline.
#[derive(Serialize)]
pub struct Milestone {
    /// Numbered from 1.
    pub step: usize,
    pub clause: String,
    pub citation: Citation,
    pub actor: &'static str,
    pub label: &'static str,
    pub limit: Limit,
    pub by_applicant: bool,
    pub starts: Instant,
    pub ends: Option<Instant>,
    pub actual: bool,
    pub estimated: bool,
    pub counting_rule: u8,
}

/// Edition A's clause 4 total.
#[derive(Serialize)]
pub struct StatutoryDeadline {
    pub working_days: u32,
    pub ends: Instant,
    pub clause: String,
    pub citation: Citation,
    pub note: &'static str,
}

/// The working days the steps state, the provider's and the applicant's.
#[derive(Serialize)]
pub struct StepSums {
    pub provider_working_days: u32,
    pub applicant_working_days: u32,
}

/// The office hours the estimate assumes.
#[derive(Serialize)]
pub struct OfficeHours {
    pub opens: Time,
    pub closes: Time,
    /// `13:00-14:00`.
    #[serde(rename = "break")]
    pub break_time: Option<String>,
    /// Documents handed in at the office later count from the next opening.
    pub reception_until: Time,
    pub assumption: bool,
    /// What the assumption rests on (not in either regulation: U).
    pub citation: Citation,
}

/// One expected end of the case, with its basis: Edition A's clause 4 total and the steps' end; Edition B's portal
/// after-hours reading where it gives a later date.
#[derive(Serialize)]
pub struct ExpectedEnd {
    /// `statutory-total`, `steps` or `portal-next-working-day`.
    pub basis: &'static str,
    pub basis_text: &'static str,
    pub ends: Instant,
    pub working_days: Option<u32>,
    pub citation: Citation,
}

/// Edition B's portal read as "a request sent after hours is taken on the next working day" (U).
#[derive(Serialize)]
pub struct PortalNextWorkingDay {
    pub taken: Instant,
    pub result_ends: Instant,
    pub last_end: Option<Instant>,
    pub citation: Citation,
}

/// `estimate`'s output.
#[derive(Serialize)]
pub struct Timeline {
    pub edition: &'static str,
    pub service: &'static str,
    pub applicant: &'static str,
    pub channel: &'static str,
    pub submitted: Instant,
    pub registered: Instant,
    pub milestones: Vec<Milestone>,
    pub statutory_deadline: Option<StatutoryDeadline>,
    pub expected_ends: Vec<ExpectedEnd>,
    pub portal_next_working_day: Option<PortalNextWorkingDay>,
    pub step_sums: StepSums,
    pub warnings: Vec<Warning>,
    pub notes: Vec<&'static str>,
    pub office_hours: OfficeHours,
    pub counting_rules: Vec<&'static str>,
    /// The date the notice was received, as given (`--notice-received`).
    pub notice_received: Option<Date>,
    /// The applicant's own deadline, counted from the notice received or, without it, from the latest notice.
    pub applicant_deadline: Option<ApplicantDeadline>,
}

/// The applicant's own deadline.
#[derive(Serialize)]
pub struct ApplicantDeadline {
    /// The applicant's step, numbered from 1 as `milestones` are.
    pub step: usize,
    pub working_days: u32,
    /// `notice-received` (the date given) or `latest-notice` (the latest the provider's steps allow).
    pub counted_from: &'static str,
    pub from: Date,
    pub ends: Instant,
    pub clause: String,
    pub citation: Citation,
    /// Why the term starts at the notice: `clause-names-the-notice` or `read-from-the-order-of-the-steps`.
    pub basis: &'static str,
    pub basis_text: &'static str,
}

impl ApplicantDeadline {
    pub fn of(d: &timeline::ApplicantDeadline) -> Self {
        ApplicantDeadline {
            step: d.milestone + 1,
            working_days: d.working_days,
            counted_from: match d.counted_from {
                timeline::CountedFrom::NoticeReceived(_) => "notice-received",
                timeline::CountedFrom::LatestNotice(_) => "latest-notice",
            },
            from: Date(d.counted_from.date()),
            ends: Instant(d.ends),
            clause: reference(&d.citation, Lang::En),
            citation: Citation::of(&d.citation),
            basis: d.basis.code(),
            basis_text: deadlines::basis(d.basis).en,
        }
    }
}

impl Timeline {
    pub fn of(case: &Case, t: &timeline::Timeline) -> Self {
        let milestones = t
            .milestones
            .iter()
            .enumerate()
            .map(|(i, m)| Milestone {
                step: i + 1,
                clause: reference(&m.step.citation, Lang::En),
                citation: Citation::of(&m.step.citation),
                actor: m.step.actor.as_str(),
                label: step_words::step(m.step.kind).en,
                limit: Limit::of(m.step.limit),
                by_applicant: m.by_applicant(),
                starts: Instant(m.starts),
                ends: m.ends.map(Instant),
                actual: m.actual,
                estimated: m.estimated,
                counting_rule: m.rule,
            })
            .collect();
        let hours = &t.office_hours;
        Timeline {
            edition: case.edition.code(),
            service: service_code(case),
            applicant: case.applicant.code(),
            channel: case.channel.code(),
            submitted: Instant(t.handed_in),
            registered: Instant(t.registered),
            milestones,
            statutory_deadline: t.statutory_deadline.map(|d| StatutoryDeadline {
                working_days: d.working_days,
                ends: Instant(d.ends),
                clause: reference(&d.citation, Lang::En),
                citation: Citation::of(&d.citation),
                note: step_words::note(d.note).en,
            }),
            expected_ends: t
                .expected_ends()
                .iter()
                .map(|e| ExpectedEnd {
                    basis: e.basis.code(),
                    basis_text: counting::end_basis(e.basis).en,
                    ends: Instant(e.ends),
                    working_days: e.working_days,
                    citation: Citation::of(&e.citation),
                })
                .collect(),
            portal_next_working_day: t.portal_next_working_day.map(|p| PortalNextWorkingDay {
                taken: Instant(p.taken),
                result_ends: Instant(p.result_ends),
                last_end: p.last_end.map(Instant),
                citation: Citation::of(&p.citation),
            }),
            step_sums: StepSums {
                provider_working_days: t.step_sums.0,
                applicant_working_days: t.step_sums.1,
            },
            warnings: t.warnings.iter().map(Warning::of).collect(),
            notes: t
                .procedure
                .notes
                .iter()
                .map(|&n| step_words::note(n).en)
                .collect(),
            office_hours: OfficeHours {
                opens: Time(hours.opens),
                closes: Time(hours.closes),
                break_time: hours
                    .break_time
                    .map(|(a, b)| format!("{}-{}", a.format("%H:%M"), b.format("%H:%M"))),
                reception_until: Time(hours.reception_until),
                assumption: true,
                citation: Citation::of(&OFFICE_HOURS_CITATION),
            },
            counting_rules: RULES.iter().map(|&r| counting::rule(r).en).collect(),
            notice_received: case.notice_received.map(Date),
            applicant_deadline: t.applicant_deadline.as_ref().map(ApplicantDeadline::of),
        }
    }
}

/// When a document is due: `{"with_package": true}`, or after the positive notice.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Due {
    WithPackage {
        with_package: bool,
    },
    AfterPositiveNotice {
        after_positive_notice_working_days: u8,
        citation: Citation,
    },
}

/// One document of a checklist.
#[derive(Serialize)]
pub struct Document {
    pub id: &'static str,
    pub title: &'static str,
    pub description: &'static str,
    /// `required` or `required-if`.
    pub applies: &'static str,
    pub applies_text: String,
    pub due: Due,
    pub citation: Citation,
    pub grade_meaning: &'static str,
    pub period: Option<&'static str>,
}

/// `checklist`'s output.
#[derive(Serialize)]
pub struct Checklist {
    pub edition: &'static str,
    pub service: &'static str,
    pub applicant: &'static str,
    pub submitted: Date,
    pub documents: Vec<Document>,
}

impl Checklist {
    pub fn of(case: &Case, list: &checklist::Checklist) -> Self {
        let documents = list
            .items
            .iter()
            .map(|item| {
                let r = item.requirement;
                Document {
                    id: r.id,
                    title: words::title(r.title).en,
                    description: words::description(r.description).en,
                    applies: match item.applies {
                        Applies::Required => "required",
                        Applies::RequiredIf(_) => "required-if",
                    },
                    applies_text: ruqsat_wording::rules::checklist::applies(item.applies, Lang::En),
                    due: match r.due {
                        CoreDue::WithPackage => Due::WithPackage { with_package: true },
                        CoreDue::AfterPositiveNotice {
                            working_days,
                            citation,
                        } => Due::AfterPositiveNotice {
                            after_positive_notice_working_days: working_days,
                            citation: Citation::of(&citation),
                        },
                    },
                    citation: Citation::of(&r.citation),
                    grade_meaning: grade_meaning(r.citation.grade).en,
                    period: r.period.map(|p| words::period(p).en),
                }
            })
            .collect();
        Checklist {
            edition: case.edition.code(),
            service: service_code(case),
            applicant: case.applicant.code(),
            submitted: Date(case.submitted.date()),
            documents,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::case::{ServiceKind, Track};

    #[test]
    fn the_service_code_names_the_track() {
        let code = |service, track| (service, track).code();
        assert_eq!(
            code(ServiceKind::Issue, Track::IntraCorporateTransfer),
            "ict-issue"
        );
        assert_eq!(code(ServiceKind::Reissue, Track::General), "reissue");
        let limit = |l| serde_json::to_string(&Limit::of(l)).unwrap();
        assert_eq!(
            limit(procedures::Limit::WorkingDays(5)),
            r#"{"working_days":5}"#
        );
        assert_eq!(
            limit(procedures::Limit::OnRequest),
            r#"{"on_request":true}"#
        );
    }
}
