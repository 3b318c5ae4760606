//! The grounds on which the provider refuses (EVIDENCE.md §2).

use super::*;

// ---- Grounds for refusal ---------------------------------------------------------------------------------------

/// A ground on which the provider refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefusalGround {
    pub id: &'static str,
    pub edition: EditionId,
    pub tracks: &'static [Track],
    pub text: Localized,
    pub citation: Citation,
    pub period: Option<Localized>,
}

const BOTH: &[Track] = &[Track::General, Track::IntraCorporateTransfer];
const GENERAL: &[Track] = &[Track::General];
const ICT: &[Track] = &[Track::IntraCorporateTransfer];

/// EVIDENCE.md §2.
pub static REFUSAL_GROUNDS: &[RefusalGround] = &[
    RefusalGround {
        id: "a-refusal-incomplete",
        edition: A,
        tracks: GENERAL,
        text: localized! {
            kk: "Құжаттар толық емес көлемде тапсырылған және (немесе) өтініш белгіленген нысан бойынша толтырылмаған.",
            ru: "Документы представлены не в полном объёме и (или) заявление заполнено не по установленной форме.",
            en: "The package is incomplete and/or the application is not filled in on the set form.",
        },
        citation: A_REFUSAL,
        period: None,
    },
    RefusalGround {
        id: "a-refusal-other",
        edition: A,
        tracks: GENERAL,
        text: localized! {
            kk: "Басқа негіздер белгісіз.",
            ru: "Иные основания неизвестны.",
            en: "Other grounds: not known.",
        },
        citation: NOT_FOUND,
        period: None,
    },
    RefusalGround {
        id: "b-refusal-false-documents",
        edition: B,
        tracks: BOTH,
        text: localized! {
            kk: "Анық емес құжаттар немесе мәліметтер.",
            ru: "Недостоверные документы или сведения.",
            en: "False documents or data.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-quota",
        edition: B,
        tracks: GENERAL,
        text: localized! {
            kk: "Квота асып кеткен.",
            ru: "Квота превышена.",
            en: "The quota is exceeded.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-paragraph-16",
        edition: B,
        tracks: BOTH,
        text: localized! {
            kk: "Жұмыс беруші Қағидалардың 16-тармағына сай емес.",
            ru: "Работодатель не соответствует пункту 16 Правил.",
            en: "The employer does not meet paragraph 16 of the Rules.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-unlawful-hiring",
        edition: B,
        tracks: GENERAL,
        text: localized! {
            kk: "Жұмыс берушінің шетелдіктерді рұқсатсыз немесе басқа кәсіп бойынша жұмысқа тартқаны анықталған: содан бастап 12 ай рұқсат берілмейді.",
            ru: "Выявлено привлечение работодателем иностранцев без разрешения или по другой профессии: 12 месяцев с этого момента разрешения не выдаются.",
            en: "The employer was found to have hired foreigners without a permit or in another profession: no permits for 12 months from then.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-qualification",
        edition: B,
        tracks: GENERAL,
        text: localized! {
            kk: "Қызметкердің білімі мен еңбек өтілі біліктілік талаптарына сай емес.",
            ru: "Образование и стаж работника не соответствуют квалификационным требованиям.",
            en: "The worker's education and experience do not meet the qualification requirements.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-paragraph-57",
        edition: B,
        tracks: ICT,
        text: localized! {
            kk: "Қағидалардың 57-тармағы сақталмаған.",
            ru: "Не соблюдён пункт 57 Правил.",
            en: "Paragraph 57 of the Rules is not met.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
];

/// The grounds for refusal of one edition and track.
pub fn refusal_grounds(edition: EditionId, track: Track) -> Vec<&'static RefusalGround> {
    REFUSAL_GROUNDS
        .iter()
        .filter(|g| g.edition == edition && g.tracks.contains(&track))
        .collect()
}
