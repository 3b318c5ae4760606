//! The regulations' provisions for a case, shown on the summary where they apply (issue 12 §5): who applies and how,
//! what to check before the portal, the grounds for refusal, what happens if refused and when the applicant would
//! know at the latest, the appeal, the fee and guarantee notes (with the 2017 table, C), and the result. Also the
//! warning of a rule graded below S (the caution question and the summary), and the period beside a C grade.

use yew::prelude::*;

use crate::ui::grade_badge::reference_with_grade;
use ruqsat_core::case::Case;
use ruqsat_core::evidence::{Citation, Grade};
use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::permits::{
    fee_notes, refusal_grounds, EligibilityNote, FeeGroup, B_FEE_TABLE_2017,
};
use ruqsat_core::provisions::{known_by, provisions, Section};
use ruqsat_core::timeline::estimate;
use ruqsat_wording::rules::permits::{fee_group, period, refusal_ground};
use ruqsat_wording::rules::provisions::{provision, source_period};
use ruqsat_wording::{format_date_weekday, says, t, Msg};

/// The period to show beside a C grade: the record's own where it states one, otherwise the register's period of
/// its source. Nothing for other grades.
pub fn c_period(citation: &Citation, own: Option<Localized>, lang: Lang) -> Option<AttrValue> {
    if citation.grade != Grade::C {
        return None;
    }
    own.or_else(|| source_period(citation.source.entry().period))
        .map(|p| AttrValue::from(p.get(lang)))
}

/// A citation with its grade, and its period for a C fact.
pub fn cited(citation: &Citation, own: Option<Localized>, lang: Lang) -> Html {
    let period = c_period(citation, own, lang);
    html! {
        <span class="source">{ " — " }{ reference_with_grade(citation, lang, period) }</span>
    }
}

/// A note of the permits with its citation, grade and period.
pub fn note_line(n: &EligibilityNote, lang: Lang) -> Html {
    html! { <li>{ says(&n.says, lang) }{ cited(&n.citation, n.period.map(period), lang) }</li> }
}

/// The rule a warning is about: what it says, its source, grade and period.
pub fn rule_warning(n: &EligibilityNote, lang: Lang) -> Html {
    html! {
        <div class="panel panel--warn" data-caution={n.id}>
            <h2>{ t(lang, Msg::CautionTitle) }</h2>
            <p class="lead">{ says(&n.says, lang) }</p>
            <p class="source">{ t(lang, Msg::SourceLabel) }{ ": " }{ reference_with_grade(&n.citation, lang, c_period(&n.citation, n.period.map(period), lang)) }</p>
        </div>
    }
}

pub struct ProvisionsProps {
    pub lang: Lang,
    pub case: Case,
    /// The person applies for someone else (a consultant): the power of attorney is listed.
    pub representative: bool,
}

const SECTIONS: [(Section, Msg, &str); 5] = [
    (Section::Apply, Msg::ProvisionsApply, "apply"),
    (
        Section::PortalCheck,
        Msg::ProvisionsPortalCheck,
        "portal-check",
    ),
    (Section::IfRefused, Msg::ProvisionsIfRefused, "if-refused"),
    (Section::Appeal, Msg::ProvisionsAppeal, "appeal"),
    (Section::Result, Msg::ProvisionsResult, "result"),
];

/// The provisions of the case's regulation, section by section, with the refusal grounds and the fee notes where
/// they apply.
pub fn provisions_sections(props: &ProvisionsProps) -> Html {
    let (lang, case) = (props.lang, &props.case);
    let all = provisions(case, props.representative);
    let timeline = estimate(case).ok();
    let grounds = refusal_grounds(case.edition, case.track, case.channel);
    let fees = fee_notes(case);
    let section = |(s, title, key): (Section, Msg, &'static str)| {
        let items: Vec<_> = all.iter().filter(|p| p.section == s).collect();
        if items.is_empty() {
            return html! {};
        }
        html! {
            <section class="provisions" data-provisions={key}>
                <h2>{ t(lang, title) }</h2>
                <ul class="list">
                    { for items.into_iter().map(|p| {
                        let by = timeline.as_ref().and_then(|tl| known_by(p, tl));
                        html! {
                            <li data-provision={p.id}>
                                { provision(p.text, lang) }
                                if let Some(by) = by {
                                    { " " }<strong>{ t(lang, Msg::KnownByLatest) }{ ": " }{ format_date_weekday(by.date(), lang) }{ if lang == Lang::Ru { "" } else { "." } }</strong>
                                }
                                { cited(&p.citation, None, lang) }
                            </li>
                        }
                    }) }
                </ul>
                if s == Section::IfRefused && !grounds.is_empty() {
                    <h3>{ t(lang, Msg::ProvisionsRefusalGrounds) }</h3>
                    <ul class="list" data-list="refusal-grounds">
                        { for grounds.iter().map(|g| html! {
                            <li data-ground={g.id}>{ refusal_ground(g.text).get(lang) }{ cited(&g.citation, g.period.map(period), lang) }</li>
                        }) }
                    </ul>
                }
            </section>
        }
    };
    let fee_table = fees.iter().any(|n| n.id == "b-fee-table-2017");
    html! {
        <>
            { for SECTIONS.into_iter().map(section) }
            if !fees.is_empty() {
                <section class="provisions" data-provisions="fees">
                    <h2>{ t(lang, Msg::ProvisionsFees) }</h2>
                    <ul class="list">{ for fees.iter().map(|n| note_line(n, lang)) }</ul>
                    if fee_table { { fee_table_html(lang) } }
                </section>
            }
        </>
    }
}

/// The 2017 fee table as data (C), never an amount due.
fn fee_table_html(lang: Lang) -> Html {
    let table = &B_FEE_TABLE_2017;
    // A narrow screen scrolls the table in its own region (reachable by keyboard), not the page.
    html! {
        <div class="table-wrap" role="region" tabindex="0" aria-label={t(lang, Msg::FeeTableCaption)}>
        <table class="table" data-table="fee-2017">
            <caption>{ t(lang, Msg::FeeTableCaption) }
                { cited(&table.citation, table.period.map(period), lang) }</caption>
            <thead><tr>
                <th scope="col">{ t(lang, Msg::FeeTableGroup) }</th>
                { for (1..=4).map(|c| html! { <th scope="col">{ t(lang, Msg::FeeTableCategory) }{ " " }{ c }</th> }) }
            </tr></thead>
            <tbody>
                { for table.rows.iter().map(|r| html! {
                    <tr>
                        <th scope="row">{ group_words(r.group, lang) }</th>
                        { for r.mci.iter().map(|m| html! { <td>{ m }</td> }) }
                    </tr>
                }) }
                <tr><th scope="row">{ t(lang, Msg::FeeTableSeasonal) }</th><td colspan="4">{ table.seasonal_mci }</td></tr>
            </tbody>
        </table>
        </div>
    }
}

fn group_words(g: FeeGroup, lang: Lang) -> &'static str {
    fee_group(g).get(lang)
}

/// For a document whose content is not known (U): "not known — ask the provider", with the provider's contacts
/// from the regulation.
pub fn ask_provider(edition: ruqsat_core::editions::EditionId, lang: Lang) -> Html {
    use ruqsat_core::editions::EditionId;
    use ruqsat_core::provisions::ProvisionText;
    let contacts = match edition {
        EditionId::WestKazakhstan2014 => ProvisionText::AProviderContacts,
        EditionId::Zhambyl2017 => ProvisionText::BProviderContacts,
    };
    html! {
        <p class="hint" data-ask-provider="">{ t(lang, Msg::AskProvider) }{ ". " }{ provision(contacts, lang) }</p>
    }
}
