//! One module per page of the journey.

mod applicant_dates;
mod check;
mod documents;
mod office_hours;
mod question;
mod summary;
mod timeline;

pub use check::{answer_words, check_page, service_words, CheckPageProps};
pub use documents::{documents_page, DocumentsPageProps};
pub use question::QuestionPage;
pub use summary::{summary_page, SummaryPageProps};
pub use timeline::{timeline_page, TimelinePageProps};

use yew::prelude::*;

use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

/// When a document is due, in words: "in the package of documents", or "after a positive notice (N days)".
pub fn due_words(due: ruqsat_core::documents::Due, lang: Lang) -> String {
    use ruqsat_core::documents::Due;
    match due {
        Due::WithPackage => t(lang, Msg::SummaryWithPackage).to_string(),
        Due::AfterPositiveNotice { working_days, .. } => format!(
            "{} ({})",
            t(lang, Msg::SummaryDueAfterNotice),
            ruqsat_wording::plural_days(working_days.into(), lang)
        ),
    }
}

/// A finding in the reader's words: the core's message, and the dates it names written in the reader's language
/// (a document valid until…, the permit running until…).
pub fn finding_words(f: &ruqsat_core::checklist::Finding, lang: Lang) -> String {
    let mut s = ruqsat_wording::rules::checklist::finding(f, lang);
    if let Some((until, end)) = f.validity_dates() {
        s += " (";
        s += t(lang, Msg::DocValidUntil);
        s += ": ";
        s += &ruqsat_wording::format_date(until, lang);
        if let Some(end) = end {
            s += "; ";
            s += t(
                lang,
                if f.kind == ruqsat_core::checklist::FindingKind::ExpiresBeforeIssue {
                    Msg::DocPermitIssuedBy
                } else {
                    Msg::DocPermitUntil
                },
            );
            s += ": ";
            s += &ruqsat_wording::format_date(end, lang);
        }
        s += ")";
    }
    s
}

/// A finding's source: the rule's citation and its grade in words (a file or IIN rule is ours: grade U, with the
/// assumption beside it).
pub fn finding_source(f: &ruqsat_core::checklist::Finding, lang: Lang) -> Html {
    html! {
        <span class="source">
            { " — " }{ crate::ui::grade_badge::reference_with_grade(&f.citation, lang, None) }
            if let Some(a) = f.assumption { <span class="hint">{ " " }{ ruqsat_wording::rules::checklist::assumption(a).get(lang) }</span> }
        </span>
    }
}

/// The back link of a question page.
pub fn back_link(lang: Lang, href: &str, on_back: Callback<MouseEvent>) -> Html {
    let on_click = crate::ui::browser::on_plain_click(move |e| on_back.emit(e));
    html! {
        <a href={href.to_string()} class="back-link" onclick={on_click}>
            { t(lang, Msg::Back) }
        </a>
    }
}
