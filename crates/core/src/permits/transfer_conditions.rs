//! The conditions of an intra-corporate transfer, Edition B (EVIDENCE.md §1 "ICT — issue, early 2017" and §4).

use super::*;

// ---- ICT conditions --------------------------------------------------------------------------------------------

/// A condition of an intra-corporate transfer (Edition B; all C, except the seed's missing fee step).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IctCondition {
    pub id: &'static str,
    pub text: Localized,
    pub citation: Citation,
    pub period: Option<Localized>,
}

/// EVIDENCE.md §1 "ICT — issue, early 2017" and §4.
pub static ICT_CONDITIONS: &[IctCondition] = &[
    IctCondition {
        id: "ict-no-fee",
        text: localized! {
            kk: "Рұқсат бергені үшін алым алынбайды.",
            ru: "Сбор за выдачу разрешения не взимается.",
            en: "No permit fee.",
        },
        citation: B_FEE,
        period: Some(period::FROM_2017),
    },
    IctCondition {
        id: "ict-no-fee-step",
        text: localized! {
            kk: "Регламенттің корпоративішілік ауыстыру рәсімінде алым төлеу қадамы жоқ: қараудан кейін рұқсаттың өзі дайындалады.",
            ru: "В процедуре регламента для внутрикорпоративного перевода нет шага уплаты сбора: после рассмотрения готовится само разрешение.",
            en: "The regulation's ICT procedure has no fee step: after review the permit itself is prepared.",
        },
        citation: B_ICT_PROCEDURE,
        period: None,
    },
    IctCondition {
        id: "ict-sectors",
        text: localized! {
            kk: "Тек 21 экономикалық қызмет түрінің тізбесінде.",
            ru: "Только в перечне из 21 вида экономической деятельности.",
            en: "Only in a list of 21 economic sectors.",
        },
        citation: ICT_2017,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-labour-market-search",
        text: localized! {
            kk: "Өтініш берер алдында ішкі еңбек нарығында кемінде 15 күн іздеу жүргізіледі.",
            ru: "До подачи заявления поиск на внутреннем рынке труда ведётся не менее 15 дней.",
            en: "The local labour market is searched for at least 15 days before applying.",
        },
        citation: ICT_2017,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-within-60-days",
        text: localized! {
            kk: "Өтініш жұмыс күшіне қажеттілік туралы хабарламадан кейін 60 күннен кешіктірілмей беріледі.",
            ru: "Заявление подаётся не позднее 60 дней после уведомления о потребности в рабочей силе.",
            en: "The application is filed no later than 60 days after the workforce-demand notice.",
        },
        citation: ICT_2017,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-education-or-letters",
        text: localized! {
            kk: "Білім туралы құжаттар 2017 жылғы 15 қыркүйекке дейін талап етілді; содан кейін шетелдік жұмыс беруші мен қабылдаушы тараптың хаттары.",
            ru: "Документы об образовании требовались до 15 сентября 2017 года; после — письма иностранного работодателя и принимающей стороны.",
            en: "Education documents until 15 Sep 2017; after that, letters from the foreign employer and the host.",
        },
        citation: ICT_LETTERS,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-prior-work",
        text: localized! {
            kk: "Қызметкер шетелдік заңды тұлғада кемінде бір жыл жұмыс істеген.",
            ru: "Работник проработал в иностранном юридическом лице не менее одного года.",
            en: "The worker has worked for the foreign legal entity for at least one year.",
        },
        citation: ICT_PRIOR_WORK,
        period: Some(UNDATED),
    },
];
