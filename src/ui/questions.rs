//! The wording of each question: one entry per question (title, hint, error, each option's label), keyed by its id.
//! What a question is (its key, its options' codes, how it reads and writes the answers) is declared once in the
//! core (`ruqsat_core::flow::QUESTIONS`); which question comes when is the core's flow. See
//! `docs/tasks/add-a-question.md`.

use ruqsat_core::case::{Applicant, Category, Channel, ServiceKind};
use ruqsat_core::codes::Code;
use ruqsat_core::editions::EditionId;
use ruqsat_core::flow::{Answers, Heed, Need, QuestionId, Who};
use ruqsat_core::lang::Lang;
use ruqsat_wording::{t, Msg};

/// How one option of a question is labelled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Label {
    /// A message of the wording.
    Msg(Msg),
    /// An edition: its region and year, with its act's title as the hint (from the edition's data).
    Edition(EditionId),
}

/// The wording of one question.
#[derive(Clone, Copy, Debug)]
pub struct Wording {
    pub title: Msg,
    pub hint: Option<Msg>,
    /// The error when no answer is given: it names what to choose (GOV.UK: "Select whether you are …").
    pub error: Msg,
    /// The label of an option, by its code; `None` for a code the question does not offer.
    pub label: fn(&str) -> Option<Label>,
}

/// The wording of a question.
pub fn wording(q: QuestionId) -> Wording {
    match q {
        QuestionId::Who => Wording {
            title: Msg::QWho,
            hint: None,
            error: Msg::ErrorWho,
            label: |code| {
                Some(Label::Msg(match Who::from_code(code)? {
                    Who::Employer => Msg::AWhoEmployer,
                    Who::Worker => Msg::AWhoWorker,
                    Who::Consultant => Msg::AWhoConsultant,
                }))
            },
        },
        QuestionId::ActingFor => Wording {
            title: Msg::QActingFor,
            hint: None,
            error: Msg::ErrorActingFor,
            label: |code| {
                Some(Label::Msg(match Applicant::from_code(code)? {
                    Applicant::Employer => Msg::AForEmployer,
                    Applicant::Worker => Msg::AForWorker,
                }))
            },
        },
        QuestionId::Edition => Wording {
            title: Msg::QEdition,
            hint: Some(Msg::QEditionHint),
            error: Msg::ErrorEdition,
            label: |code| EditionId::from_code(code).map(Label::Edition),
        },
        QuestionId::Need => Wording {
            title: Msg::QNeed,
            hint: None,
            error: Msg::ErrorNeed,
            label: |code| {
                Some(Label::Msg(match Need::from_code(code)? {
                    Need::First => Msg::ANeedFirst,
                    Need::RunsOut => Msg::ANeedRunsOut,
                    Need::Changed => Msg::ANeedChanged,
                    Need::Transfer => Msg::ANeedTransfer,
                }))
            },
        },
        QuestionId::TransferNeed => Wording {
            title: Msg::QTransferNeed,
            hint: None,
            error: Msg::ErrorTransferNeed,
            label: |code| {
                Some(Label::Msg(match ServiceKind::from_code(code)? {
                    ServiceKind::Issue => Msg::ANeedFirst,
                    ServiceKind::Extension => Msg::ANeedRunsOut,
                    ServiceKind::Reissue => Msg::ANeedChanged,
                }))
            },
        },
        QuestionId::Channel => Wording {
            title: Msg::QChannel,
            hint: None,
            error: Msg::ErrorChannel,
            label: |code| {
                Some(Label::Msg(match Channel::from_code(code)? {
                    Channel::Office => Msg::AChannelOffice,
                    Channel::Portal => Msg::AChannelPortal,
                }))
            },
        },
        QuestionId::Category => Wording {
            title: Msg::QCategory,
            hint: Some(Msg::QCategoryHint),
            error: Msg::ErrorCategory,
            label: |code| {
                Some(Label::Msg(match Category::from_code(code)? {
                    Category::One => Msg::ACategory1,
                    Category::Two => Msg::ACategory2,
                    Category::Three => Msg::ACategory3,
                    Category::Four => Msg::ACategory4,
                }))
            },
        },
        QuestionId::Extensions => Wording {
            title: Msg::QExtensions,
            hint: None,
            error: Msg::ErrorExtensions,
            label: |code| {
                Some(Label::Msg(match code {
                    "0" => Msg::AExtensions0,
                    "1" => Msg::AExtensions1,
                    "2" => Msg::AExtensions2,
                    "3" => Msg::AExtensions3,
                    _ => return None,
                }))
            },
        },
        // Its page shows the rule warned of, with its grade, period and source (`ui::provisions::rule_warning`).
        QuestionId::Caution => Wording {
            title: Msg::QCaution,
            hint: Some(Msg::QCautionHint),
            error: Msg::ErrorCaution,
            label: |code| {
                Some(Label::Msg(match Heed::from_code(code)? {
                    Heed::GoOn => Msg::AHeedGoOn,
                    Heed::Instead => Msg::AHeedInstead,
                }))
            },
        },
        // Its hint carries the example day of the chosen edition: `submitted_hint`.
        QuestionId::Submitted => Wording {
            title: Msg::QSubmitted,
            hint: None,
            error: Msg::ErrorDateMissing,
            label: |_| None,
        },
    }
}

pub fn title(q: QuestionId) -> Msg {
    wording(q).title
}

pub fn service_label(service: ServiceKind) -> Msg {
    match service {
        ServiceKind::Issue => Msg::ServiceIssue,
        ServiceKind::Extension => Msg::ServiceExtension,
        ServiceKind::Reissue => Msg::ServiceReissue,
    }
}

/// The date question's hint: an example day while the chosen edition was in force (`flow::example_submission`),
/// and the time it means.
pub fn submitted_hint(edition: EditionId, lang: Lang) -> String {
    use chrono::Datelike;
    let day = ruqsat_core::flow::example_submission(edition);
    format!(
        "{} {} {} {}. {}",
        t(lang, Msg::QSubmittedHintExample),
        day.day(),
        day.month(),
        day.year(),
        t(lang, Msg::QSubmittedHintTime)
    )
}

/// One option of a choice question: its code (its value in the URL), its label and its hint.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub hint: Option<String>,
}

/// The options of a question for these answers, labelled (none for the date question). Only what fits is said: a
/// foreign worker's reissue is not "the worker is replaced" (`Answers::reissue_may_replace_the_worker`).
pub fn choices(q: QuestionId, answers: &Answers, lang: Lang) -> Vec<Choice> {
    let label = wording(q).label;
    let replace = answers.reissue_may_replace_the_worker();
    q.question()
        .options()
        .iter()
        .filter_map(|&value| {
            let (label, hint) = match label(value)? {
                Label::Msg(Msg::ANeedChanged) if !replace => {
                    (t(lang, Msg::ANeedDetailsChanged).to_string(), None)
                }
                Label::Msg(m) => (t(lang, m).to_string(), None),
                Label::Edition(id) => {
                    let e = id.edition();
                    (
                        format!(
                            "{} — {}",
                            e.region.get(lang),
                            chrono::Datelike::year(&e.act.adopted)
                        ),
                        // The act, and its period in force with weekdays ("not before" where only the earliest
                        // day is known): a date outside it is refused at the date question.
                        // A Russian date already ends in "г.": no second full stop after it.
                        Some({
                            let period =
                                ruqsat_wording::rules::editions::period_in_force(&e.validity, lang);
                            let stop = if period.ends_with('.') { "" } else { "." };
                            format!(
                                "{}. {period}{stop}",
                                ruqsat_wording::act_title(
                                    &e.act.issuer,
                                    e.act.number,
                                    e.act.adopted,
                                    lang,
                                ),
                            )
                        }),
                    )
                }
            };
            Some(Choice { value, label, hint })
        })
        .collect()
}

/// The answers with a choice made; an unknown value changes nothing. Values read as the URL reads them.
pub fn choose(q: QuestionId, a: &Answers, value: &str) -> Answers {
    q.question().answered(a, value)
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
            .map(|&q| t(Lang::En, wording(q).error))
            .collect();
        assert!(words.iter().all(|w| w.starts_with("Select ")), "{words:?}");
        words.sort_unstable();
        words.dedup();
        assert_eq!(words.len(), radios.len(), "one error per question");
        assert_eq!(
            t(Lang::Ru, wording(QuestionId::Category).error),
            "Выберите категорию работника"
        );
        assert_eq!(
            t(Lang::En, wording(QuestionId::Submitted).error),
            "Enter the date"
        );
    }

    #[test]
    fn every_question_has_its_wording_and_every_option_its_label() {
        let mut titles: Vec<_> = QuestionId::ALL.map(|q| t(Lang::En, title(q))).to_vec();
        titles.sort_unstable();
        titles.dedup();
        assert_eq!(
            titles.len(),
            QuestionId::ALL.len(),
            "one title per question"
        );
        for q in QuestionId::ALL {
            let options = q.question().options();
            for lang in Lang::ALL {
                let shown = choices(q, &Answers::default(), lang);
                assert_eq!(
                    shown.len(),
                    options.len(),
                    "{q:?}: an option without a label"
                );
                for c in &shown {
                    assert!(!c.label.trim().is_empty());
                }
            }
            // No label for a code the question does not offer.
            assert_eq!((wording(q).label)("nope"), None);
            assert_eq!((wording(q).label)("4").is_some(), options.contains(&"4"));
        }
        assert_eq!(
            choices(QuestionId::Extensions, &Answers::default(), Lang::En)[3].label,
            "Three times or more"
        );
        assert_eq!(
            choices(QuestionId::Edition, &Answers::default(), Lang::En)
                .iter()
                .map(|c| c.value)
                .collect::<Vec<_>>(),
            ["west-kazakhstan-2014", "zhambyl-2017"]
        );
        // Each edition's period in force, as its data gives it (both bounds known only as "not before").
        assert_eq!(
            choices(QuestionId::Edition, &Answers::default(), Lang::En)[1].hint.as_deref(),
            Some(
                "Resolution of the Zhambyl oblast akimat No. 36 of 13 March 2017. In force from: not before \
                 Friday 28 April 2017; Lost force: not before Tuesday 30 March 2021."
            )
        );
    }

    #[test]
    fn a_foreign_worker_is_not_offered_a_replacement_worker() {
        use ruqsat_core::flow::Who;
        let label = |who| {
            let a = Answers {
                who: Some(who),
                ..Answers::default()
            };
            choices(QuestionId::Need, &a, Lang::En)
                .into_iter()
                .find(|c| c.value == "changed")
                .unwrap()
                .label
        };
        assert_eq!(label(Who::Worker), "Something on the permit changed");
        assert_eq!(
            label(Who::Employer),
            "Something on the permit changed, or the worker is replaced"
        );
    }

    #[test]
    fn every_choice_sets_the_answer_it_shows() {
        for q in QuestionId::ALL {
            for lang in Lang::ALL {
                for c in choices(q, &Answers::default(), lang) {
                    let a = choose(q, &Answers::default(), c.value);
                    assert_eq!(q.question().chosen(&a), Some(c.value), "{q:?} {}", c.value);
                    assert!(!c.label.trim().is_empty());
                }
            }
        }
    }

    #[test]
    fn the_date_hint_gives_a_day_of_the_chosen_edition() {
        assert_eq!(
            submitted_hint(EditionId::Zhambyl2017, Lang::En),
            "For example, 4 9 2017. The time is the office's local time."
        );
        assert_eq!(
            submitted_hint(EditionId::WestKazakhstan2014, Lang::Ru),
            "Например, 20 3 2015. Время — местное время канцелярии."
        );
        assert_eq!(
            submitted_hint(EditionId::WestKazakhstan2014, Lang::Kk),
            "Мысалы, 20 3 2015. Уақыт — кеңсенің жергілікті уақыты."
        );
    }
}
