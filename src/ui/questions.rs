//! The wording of each question and its options, and how a chosen option sets the answers. The flow (which question
//! comes when) is the core's; this is only what the person reads and clicks.

use ruqsat_core::case::{Applicant, Category, Channel, ServiceKind};
use ruqsat_core::codes::Code;
use ruqsat_core::editions::{Edition, EditionId};
use ruqsat_core::flow::{Answers, Need, QuestionId, Who};
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

/// One option of a choice question: its value in the URL and its label.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub hint: Option<String>,
}

fn choice(value: &'static str, lang: Lang, label: Msg) -> Choice {
    Choice {
        value,
        label: t(lang, label).to_string(),
        hint: None,
    }
}

pub fn title(q: QuestionId) -> Msg {
    match q {
        QuestionId::Who => Msg::QWho,
        QuestionId::ActingFor => Msg::QActingFor,
        QuestionId::Edition => Msg::QEdition,
        QuestionId::Need => Msg::QNeed,
        QuestionId::TransferNeed => Msg::QTransferNeed,
        QuestionId::Channel => Msg::QChannel,
        QuestionId::Category => Msg::QCategory,
        QuestionId::Extensions => Msg::QExtensions,
        QuestionId::Submitted => Msg::QSubmitted,
    }
}

/// The error when no answer is chosen: it names what to choose (GOV.UK: "Select whether you are …").
pub fn missing_answer(q: QuestionId) -> Msg {
    match q {
        QuestionId::Who => Msg::ErrorWho,
        QuestionId::ActingFor => Msg::ErrorActingFor,
        QuestionId::Edition => Msg::ErrorEdition,
        QuestionId::Need => Msg::ErrorNeed,
        QuestionId::TransferNeed => Msg::ErrorTransferNeed,
        QuestionId::Channel => Msg::ErrorChannel,
        QuestionId::Category => Msg::ErrorCategory,
        QuestionId::Extensions => Msg::ErrorExtensions,
        QuestionId::Submitted => Msg::ErrorDateMissing,
    }
}

pub fn hint(q: QuestionId) -> Option<Msg> {
    match q {
        QuestionId::Edition => Some(Msg::QEditionHint),
        QuestionId::Category => Some(Msg::QCategoryHint),
        _ => None,
    }
}

pub fn service_label(service: ServiceKind) -> Msg {
    match service {
        ServiceKind::Issue => Msg::ServiceIssue,
        ServiceKind::Extension => Msg::ServiceExtension,
        ServiceKind::Reissue => Msg::ServiceReissue,
    }
}

/// The options of a choice question (empty for the date question).
pub fn choices(q: QuestionId, lang: Lang) -> Vec<Choice> {
    match q {
        QuestionId::Who => vec![
            choice("employer", lang, Msg::AWhoEmployer),
            choice("worker", lang, Msg::AWhoWorker),
            choice("consultant", lang, Msg::AWhoConsultant),
        ],
        QuestionId::ActingFor => vec![
            choice("employer", lang, Msg::AForEmployer),
            choice("worker", lang, Msg::AForWorker),
        ],
        QuestionId::Edition => Edition::all()
            .into_iter()
            .map(|e| Choice {
                value: e.id.code(),
                label: format!(
                    "{} — {}",
                    e.region.get(lang),
                    chrono::Datelike::year(&e.act.adopted)
                ),
                hint: Some(ruqsat_wording::act_title(
                    &e.act.issuer,
                    e.act.number,
                    e.act.adopted,
                    lang,
                )),
            })
            .collect(),
        QuestionId::Need => vec![
            choice("first", lang, Msg::ANeedFirst),
            choice("runs-out", lang, Msg::ANeedRunsOut),
            choice("changed", lang, Msg::ANeedChanged),
            choice("transfer", lang, Msg::ANeedTransfer),
        ],
        QuestionId::TransferNeed => vec![
            choice("issue", lang, Msg::ANeedFirst),
            choice("extension", lang, Msg::ANeedRunsOut),
            choice("reissue", lang, Msg::ANeedChanged),
        ],
        QuestionId::Channel => vec![
            choice("office", lang, Msg::AChannelOffice),
            choice("portal", lang, Msg::AChannelPortal),
        ],
        QuestionId::Category => vec![
            choice("1", lang, Msg::ACategory1),
            choice("2", lang, Msg::ACategory2),
            choice("3", lang, Msg::ACategory3),
            choice("4", lang, Msg::ACategory4),
        ],
        QuestionId::Extensions => vec![
            choice("0", lang, Msg::AExtensions0),
            choice("1", lang, Msg::AExtensions1),
            choice("2", lang, Msg::AExtensions2),
            choice("3", lang, Msg::AExtensions3),
        ],
        QuestionId::Submitted => Vec::new(),
    }
}

/// The value currently chosen for a question, as its option value.
pub fn current(q: QuestionId, a: &Answers) -> Option<String> {
    let s = |v: &str| Some(v.to_string());
    match q {
        QuestionId::Who => a.who.map(Code::code).and_then(s),
        QuestionId::ActingFor => a.acting_for.map(Applicant::code).and_then(s),
        QuestionId::Edition => a.edition.map(EditionId::code).and_then(s),
        QuestionId::Need => a.need.map(Code::code).and_then(s),
        QuestionId::TransferNeed => a.transfer_need.map(ServiceKind::code).and_then(s),
        QuestionId::Channel => a.channel.map(Channel::code).and_then(s),
        QuestionId::Category => a.category.map(|c| c.code().to_string()),
        QuestionId::Extensions => a.extensions.map(|n| n.min(3).to_string()),
        QuestionId::Submitted => a.submitted.map(ruqsat_core::iso::instant),
    }
}

/// The answers with a choice made; an unknown value changes nothing. Values read as the URL reads them.
pub fn choose(q: QuestionId, a: &Answers, value: &str) -> Answers {
    let mut a = *a;
    match q {
        QuestionId::Who => a.who = Who::from_code(value).or(a.who),
        QuestionId::ActingFor => a.acting_for = Applicant::from_code(value).or(a.acting_for),
        QuestionId::Edition => a.edition = EditionId::from_code(value).or(a.edition),
        QuestionId::Need => a.need = Need::from_code(value).or(a.need),
        QuestionId::TransferNeed => {
            a.transfer_need = ServiceKind::from_code(value).or(a.transfer_need)
        }
        QuestionId::Channel => a.channel = Channel::from_code(value).or(a.channel),
        QuestionId::Category => a.category = Category::from_code(value).or(a.category),
        QuestionId::Extensions => a.extensions = value.parse().ok().or(a.extensions),
        QuestionId::Submitted => {}
    }
    a
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_question_names_what_is_missing_in_its_own_words() {
        let radios: Vec<_> = QuestionId::ALL
            .into_iter()
            .filter(|&q| q != QuestionId::Submitted)
            .collect();
        let mut words: Vec<_> = radios
            .iter()
            .map(|&q| t(Lang::En, missing_answer(q)))
            .collect();
        assert!(words.iter().all(|w| w.starts_with("Select ")), "{words:?}");
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), radios.len(), "one error per question");
        assert_eq!(
            t(Lang::Ru, missing_answer(QuestionId::Category)),
            "Выберите категорию работника"
        );
    }

    #[test]
    fn every_choice_sets_the_answer_it_shows() {
        for q in QuestionId::ALL {
            for lang in Lang::ALL {
                for c in choices(q, lang) {
                    let a = choose(q, &Answers::default(), c.value);
                    assert_eq!(
                        current(q, &a).as_deref(),
                        Some(c.value),
                        "{q:?} {}",
                        c.value
                    );
                    assert!(!c.label.trim().is_empty());
                }
            }
        }
    }
}
