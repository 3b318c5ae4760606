//! The JSON shapes of the CLI's output. Field names are part of the interface scripts rely on.

use ruqsat_core::codes::Code;
use serde_json::{json, Value};

use ruqsat_core::calendar::Day;
use ruqsat_core::case::{Case, Track};
use ruqsat_core::checklist::{Applies, Checklist};
use ruqsat_core::counting::RULES;
use ruqsat_core::documents::Due;
use ruqsat_core::evidence::Citation;
use ruqsat_core::procedures::Limit;
use ruqsat_core::timeline::{Timeline, Warning};

pub use ruqsat_core::iso::{instant, push_instant};

pub fn citation(c: &Citation) -> Value {
    json!({ "source": c.source_text(ruqsat_core::lang::Lang::En), "locator": c.locator.en, "grade": c.grade.letter().to_string() })
}

pub fn day(d: &Day) -> Value {
    json!({
        "date": d.date.to_string(),
        "weekday": d.date.format("%a").to_string(),
        "working": d.working(),
        "kind": d.kind.as_str(),
        "name": d.name.map(|n| n.en),
        "estimated": d.estimated,
        "citation": d.citation.as_ref().map(citation),
    })
}

pub fn limit(l: Limit) -> Value {
    match l {
        Limit::Minutes(n) => json!({ "minutes": n }),
        Limit::Hours(n) => json!({ "hours": n }),
        Limit::WorkingDays(n) => json!({ "working_days": n }),
        Limit::CalendarDays(n) => json!({ "calendar_days": n }),
        Limit::OnRequest => json!({ "on_request": true }),
    }
}

pub fn service_name(case: &Case) -> String {
    match case.track {
        Track::General => case.service.code().to_string(),
        Track::IntraCorporateTransfer => format!("ict-{}", case.service.code()),
    }
}

pub fn warning(w: &Warning) -> Value {
    match w {
        Warning::EditionNotYetInForce {
            submitted,
            in_force_from,
        } => json!({
            "kind": "edition-not-yet-in-force",
            "message": format!("the edition was not yet in force on {submitted}: in force from {} {}",
                if in_force_from.is_exact() { "" } else { "not before" }, in_force_from.date()),
        }),
        Warning::EditionNoLongerInForce {
            submitted,
            lost_force,
        } => json!({
            "kind": "edition-no-longer-in-force",
            "message": format!("the edition may no longer have been in force on {submitted}: it lost force {} {}",
                if lost_force.is_exact() { "on" } else { "not before" }, lost_force.date()),
        }),
        Warning::ApplicantStepLate { given, limit_ends } => json!({
            "kind": "applicant-step-late",
            "message": format!("the applicant's date {given} is after the step's limit, which ends {}", instant(*limit_ends)),
        }),
        Warning::EstimatedCalendar => json!({
            "kind": "estimated-calendar",
            "message": "dates from 2026 on are computed without any transfer decree: they are estimates",
        }),
    }
}

pub fn timeline(case: &Case, t: &Timeline) -> Value {
    let milestones: Vec<Value> = t
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| {
            json!({
                "step": i + 1,
                "clause": m.step.citation.reference(ruqsat_core::lang::Lang::En),
                "citation": citation(&m.step.citation),
                "actor": m.step.actor.as_str(),
                "label": m.step.label.en,
                "limit": limit(m.step.limit),
                "by_applicant": m.by_applicant(),
                "starts": instant(m.starts),
                "ends": m.ends.map(instant),
                "actual": m.actual,
                "estimated": m.estimated,
                "counting_rule": m.rule,
            })
        })
        .collect();
    json!({
        "edition": case.edition.code(),
        "service": service_name(case),
        "applicant": case.applicant.code(),
        "channel": case.channel.code(),
        "submitted": instant(t.handed_in),
        "registered": instant(t.registered),
        "milestones": milestones,
        "statutory_deadline": t.statutory_deadline.map(|d| json!({
            "working_days": d.working_days,
            "ends": instant(d.ends),
            "clause": d.citation.reference(ruqsat_core::lang::Lang::En),
            "citation": citation(&d.citation),
            "note": d.note.en,
        })),
        "step_sums": { "provider_working_days": t.step_sums.0, "applicant_working_days": t.step_sums.1 },
        "warnings": t.warnings.iter().map(warning).collect::<Vec<_>>(),
        "notes": t.procedure.notes.iter().map(|n| n.en).collect::<Vec<_>>(),
        "office_hours": {
            "opens": t.office_hours.opens.format("%H:%M").to_string(),
            "closes": t.office_hours.closes.format("%H:%M").to_string(),
            "break": t.office_hours.break_time.map(|(a, b)| format!("{}-{}", a.format("%H:%M"), b.format("%H:%M"))),
            "assumption": true,
        },
        "counting_rules": RULES.iter().map(|r| r.en).collect::<Vec<_>>(),
    })
}

pub fn checklist(case: &Case, list: &Checklist) -> Value {
    let items: Vec<Value> = list
        .items
        .iter()
        .map(|item| {
            let r = item.requirement;
            json!({
                "id": r.id,
                "title": r.title.en,
                "description": r.description.en,
                "applies": match item.applies { Applies::Required => "required", Applies::RequiredIf(_) => "required-if" },
                "applies_text": item.applies_text(ruqsat_core::lang::Lang::En),
                "due": match r.due {
                    Due::WithPackage => json!({ "with_package": true }),
                    Due::AfterPositiveNotice { working_days, citation: c } =>
                        json!({ "after_positive_notice_working_days": working_days, "citation": citation(&c) }),
                },
                "citation": citation(&r.citation),
                "grade_meaning": r.citation.grade.meaning().en,
                "period": r.period.map(|p| p.en),
            })
        })
        .collect();
    json!({
        "edition": case.edition.code(),
        "service": service_name(case),
        "applicant": case.applicant.code(),
        "submitted": case.submitted.date().to_string(),
        "documents": items,
    })
}
