//! The two regulations (editions) the product encodes, as cited data.
//!
//! Sources: `regulations/README.md` and the two seed texts beside it. The seed texts give the acts' own dates
//! (adoption, registration, the act that repealed them) exactly. They do not give the dates of first official
//! publication, and both acts came into effect ten calendar days after it, so the dates of coming into and losing
//! force are known only as a lower bound: [`DateKnown::NotBefore`].

use chrono::{Days, NaiveDate};

use super::evidence::{Citation, Locator, Part, Place};
use super::lang::{Lang, Localized};
use crate::sources::SourceId;

/// An edition's identifier, as used in URLs, the CLI (`--edition`) and the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EditionId {
    /// Edition A: West Kazakhstan oblast, 2014, Kazakh text.
    WestKazakhstan2014,
    /// Edition B: Zhambyl oblast, 2017, Russian text.
    Zhambyl2017,
}

crate::codes!(EditionId { WestKazakhstan2014 => "west-kazakhstan-2014", Zhambyl2017 => "zhambyl-2017" });

impl EditionId {
    pub const ALL: [EditionId; 2] = [EditionId::WestKazakhstan2014, EditionId::Zhambyl2017];

    pub fn edition(self) -> &'static Edition {
        match self {
            EditionId::WestKazakhstan2014 => &WEST_KAZAKHSTAN_2014,
            EditionId::Zhambyl2017 => &ZHAMBYL_2017,
        }
    }
}

/// A date, and how well it is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateKnown {
    /// The date itself is in the source.
    Exact(NaiveDate),
    /// Only a lower bound follows from the source; the date itself is not known.
    NotBefore(NaiveDate),
}

impl DateKnown {
    pub const fn date(self) -> NaiveDate {
        match self {
            DateKnown::Exact(d) | DateKnown::NotBefore(d) => d,
        }
    }

    pub const fn is_exact(self) -> bool {
        matches!(self, DateKnown::Exact(_))
    }
}

/// A normative act: who adopted it, its number and date, and its registration with the justice department.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Act {
    /// Who adopted it, worded to lead the act's title: ru/en "Постановление акимата …" / "Resolution of the … akimat";
    /// kk in the genitive ("… әкімдігінің"), because Kazakh puts the date and number before "қаулысы"
    /// (see `ruqsat_wording::act_title`).
    pub issuer: Localized,
    pub number: &'static str,
    pub adopted: NaiveDate,
    pub registration_number: &'static str,
    pub registered: NaiveDate,
}

/// The rule an act's dates of coming into and losing force follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ValidityRule {
    /// In effect ten calendar days after the first official publication, whose date the text does not give: only the
    /// earliest possible date is known ([`earliest_effect_after`]).
    TenDaysAfterFirstPublication,
}

impl ValidityRule {
    pub const ALL: &[ValidityRule] = &[ValidityRule::TenDaysAfterFirstPublication];
}

/// What else the reader should know about an act.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EditionNote {
    /// The act restates the regulation approved by resolution No. 158 of 27 July 2015 (Edition B).
    RestatesTheRegulationOf2015,
}

impl EditionNote {
    pub const ALL: &[EditionNote] = &[EditionNote::RestatesTheRegulationOf2015];
}

/// When an act came into effect and how it lost force.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Validity {
    /// When the act came into effect.
    pub in_force_from: DateKnown,
    /// The act that repealed it: its number and date.
    pub repealed_by_number: &'static str,
    pub repealed_by_date: NaiveDate,
    /// When it stopped being in force.
    pub lost_force: DateKnown,
    /// The rule both dates follow, as the texts state it (its words: `ruqsat_wording::rules::editions::validity_rule`).
    pub rule: ValidityRule,
    /// Both dates: the act's clause on coming into force and the note on its repeal.
    pub citation: Citation,
    /// The clause on coming into force alone, in the same act (`in_force_citation`).
    pub in_force_clause: Place,
}

impl Validity {
    /// The act's clause on coming into force, cited when a date before it is refused.
    pub const fn in_force_citation(&self) -> Citation {
        Citation {
            locator: Locator::at(self.in_force_clause),
            ..self.citation
        }
    }
}

/// One regional regulation of the state service.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edition {
    pub id: EditionId,
    /// "A" or "B", as the sources call them.
    pub letter: char,
    pub region: Localized,
    /// The act that approved (A) or restated (B) the regulation.
    pub act: Act,
    /// The regulation's own title: the name of the state service.
    pub service_title: Localized,
    /// The state-service standard the regulation implements (its clause 9 lists the documents).
    pub standard: Localized,
    pub provider: Localized,
    pub validity: Validity,
    /// The language of the official text we hold.
    pub text_language: Lang,
    /// The seed text, in `regulations/` (a copy of the project's master copy, kept equal to it).
    pub source_file: &'static str,
    pub citation: Citation,
    /// What else the reader should know about the act, if anything (its words: `ruqsat_wording::rules::editions::note`).
    pub note: Option<EditionNote>,
}

impl Edition {
    pub fn all() -> [&'static Edition; 2] {
        [&WEST_KAZAKHSTAN_2014, &ZHAMBYL_2017]
    }
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in the editions data"),
    }
}

/// The earliest day an act can be in effect when it "comes into effect ten calendar days after its first official
/// publication": publication cannot precede the act's date, the ten days are counted from the day after it, so the act
/// is in effect from the eleventh day at the earliest.
pub fn earliest_effect_after(act_date: NaiveDate) -> NaiveDate {
    act_date + Days::new(11)
}

/// A validity's citation: the act's clause on coming into force and its note on the repeal (the repealing
/// resolution is the edition's own `Validity::repealed_by_*`, read by the wording).
const fn validity_citation(
    source: SourceId,
    in_force_clause: Place,
    edition: EditionId,
) -> Citation {
    Citation::of(
        source,
        Locator::at(in_force_clause).and(Place::Part(Part::RepealNote(edition))),
    )
}

/// Edition A's clause on coming into force, and the resolution that repealed it.
const A_IN_FORCE_CLAUSE: Place = Place::Point(3);
const A_REPEALED_BY_NUMBER: &str = "222";
const A_REPEALED_BY_DATE: NaiveDate = ymd(2015, 8, 18);

/// Edition A: West Kazakhstan oblast akimat resolution No. 176 of 1 July 2014 (Kazakh text).
pub static WEST_KAZAKHSTAN_2014: Edition = Edition {
    id: EditionId::WestKazakhstan2014,
    letter: 'A',
    region: localized! {
        kk: "Батыс Қазақстан облысы",
        ru: "Западно-Казахстанская область",
        en: "West Kazakhstan oblast",
    },
    act: Act {
        issuer: localized! {
            kk: "Батыс Қазақстан облысы әкімдігінің",
            ru: "Постановление акимата Западно-Казахстанской области",
            en: "Resolution of the West Kazakhstan oblast akimat",
        },
        number: "176",
        adopted: ymd(2014, 7, 1),
        registration_number: "3601",
        registered: ymd(2014, 8, 4),
    },
    service_title: localized! {
        kk: "Шетелдік қызметкерге жұмысқа орналасуға және жұмыс берушілерге тиісті әкімшілік-аумақтық бірлік аумағында еңбек қызметін жүзеге асыру үшін шетелдік жұмыс күшін тартуға рұқсат беру, қайта ресімдеу және ұзарту",
        ru: "Выдача, переоформление и продление разрешения иностранному работнику на трудоустройство и работодателям на привлечение иностранной рабочей силы для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы",
        en: "Issue, reissue and extension of permits to a foreign worker for employment and to employers to attract foreign labour for work in the administrative-territorial unit",
    },
    standard: localized! {
        kk: "Қазақстан Республикасы Үкіметінің 2014 жылғы 11 наурыздағы № 217 қаулысымен бекітілген стандарт",
        ru: "Стандарт, утверждённый постановлением Правительства Республики Казахстан от 11 марта 2014 года № 217",
        en: "The standard approved by Government decree No. 217 of 11 March 2014",
    },
    provider: localized! {
        kk: "Батыс Қазақстан облысының жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы (Орал қ., Сарайшық к., 44/2)",
        ru: "Управление координации занятости и социальных программ Западно-Казахстанской области (г. Уральск, ул. Сарайшык, 44/2)",
        en: "West Kazakhstan oblast Department for coordination of employment and social programmes (Oral, 44/2 Saraishyk st.)",
    },
    validity: Validity {
        in_force_from: DateKnown::NotBefore(ymd(2014, 8, 15)),
        repealed_by_number: A_REPEALED_BY_NUMBER,
        repealed_by_date: A_REPEALED_BY_DATE,
        lost_force: DateKnown::NotBefore(ymd(2015, 8, 29)),
        rule: ValidityRule::TenDaysAfterFirstPublication,
        citation: validity_citation(
            SourceId::Wko176,
            A_IN_FORCE_CLAUSE,
            EditionId::WestKazakhstan2014,
        ),
        in_force_clause: A_IN_FORCE_CLAUSE,
    },
    text_language: Lang::Kk,
    source_file: "west-kazakhstan-2014-no176.kk.txt",
    citation: Citation::whole(SourceId::Wko176),
    note: None,
};

/// Edition B's clause on coming into force, and the resolution that repealed it.
const B_IN_FORCE_CLAUSE: Place = Place::Point(4);
const B_REPEALED_BY_NUMBER: &str = "73";
const B_REPEALED_BY_DATE: NaiveDate = ymd(2021, 3, 19);

/// Edition B: Zhambyl oblast akimat resolution No. 36 of 13 March 2017 (Russian text).
pub static ZHAMBYL_2017: Edition = Edition {
    id: EditionId::Zhambyl2017,
    letter: 'B',
    region: localized! {
        kk: "Жамбыл облысы",
        ru: "Жамбылская область",
        en: "Zhambyl oblast",
    },
    act: Act {
        issuer: localized! {
            kk: "Жамбыл облысы әкімдігінің",
            ru: "Постановление акимата Жамбылской области",
            en: "Resolution of the Zhambyl oblast akimat",
        },
        number: "36",
        adopted: ymd(2017, 3, 13),
        registration_number: "3388",
        registered: ymd(2017, 4, 17),
    },
    service_title: localized! {
        kk: "Жұмыс берушілерге тиісті әкімшілік-аумақтық бірлік аумағында еңбек қызметін жүзеге асыру үшін не корпоративішілік ауыстыру шеңберінде шетелдік жұмыс күшін тартуға рұқсат беру және ұзарту",
        ru: "Выдача и продление разрешения на привлечение иностранной рабочей силы работодателям для осуществления трудовой деятельности на территории соответствующей административно-территориальной единицы, либо в рамках внутрикорпоративного перевода",
        en: "Issue and extension of permits to employers to attract foreign labour for work in the administrative-territorial unit, or within an intra-corporate transfer",
    },
    standard: localized! {
        kk: "Қазақстан Республикасы Денсаулық сақтау және әлеуметтік даму министрінің 2015 жылғы 28 сәуірдегі № 279 бұйрығымен бекітілген стандарт (№ 11342 болып тіркелген)",
        ru: "Стандарт, утверждённый приказом Министра здравоохранения и социального развития Республики Казахстан от 28 апреля 2015 года № 279 (зарегистрирован под № 11342)",
        en: "The standard approved by order No. 279 of the Minister of Health and Social Development of 28 April 2015 (registered as No. 11342)",
    },
    provider: localized! {
        kk: "Жамбыл облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы",
        ru: "Управление координации занятости и социальных программ акимата Жамбылской области",
        en: "Zhambyl oblast akimat Department for coordination of employment and social programmes",
    },
    validity: Validity {
        in_force_from: DateKnown::NotBefore(ymd(2017, 4, 28)),
        repealed_by_number: B_REPEALED_BY_NUMBER,
        repealed_by_date: B_REPEALED_BY_DATE,
        lost_force: DateKnown::NotBefore(ymd(2021, 3, 30)),
        rule: ValidityRule::TenDaysAfterFirstPublication,
        citation: validity_citation(
            SourceId::Zhambyl36,
            B_IN_FORCE_CLAUSE,
            EditionId::Zhambyl2017,
        ),
        in_force_clause: B_IN_FORCE_CLAUSE,
    },
    text_language: Lang::Ru,
    source_file: "zhambyl-2017-no36.ru.txt",
    citation: Citation::whole(SourceId::Zhambyl36),
    note: Some(EditionNote::RestatesTheRegulationOf2015),
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;
    use crate::evidence::Grade;

    fn all_localized(e: &Edition) -> Vec<(&'static str, Localized)> {
        vec![
            ("region", e.region),
            ("act.issuer", e.act.issuer),
            ("service_title", e.service_title),
            ("standard", e.standard),
            ("provider", e.provider),
        ]
    }

    #[test]
    fn ids_round_trip_and_unknown_ids_are_refused() {
        for id in EditionId::ALL {
            assert_eq!(EditionId::from_code(id.code()), Some(id));
            assert_eq!(id.edition().id, id);
        }
        assert_eq!(EditionId::from_code("almaty-2016"), None);
        assert_eq!(EditionId::from_code(""), None);
    }

    #[test]
    fn the_acts_dates_are_those_of_the_seeds() {
        let a = EditionId::from_code("west-kazakhstan-2014")
            .unwrap()
            .edition();
        assert_eq!(a.letter, 'A');
        assert_eq!((a.act.number, a.act.adopted), ("176", ymd(2014, 7, 1)));
        assert_eq!(
            (a.act.registration_number, a.act.registered),
            ("3601", ymd(2014, 8, 4))
        );
        assert_eq!(
            (a.validity.repealed_by_number, a.validity.repealed_by_date),
            ("222", ymd(2015, 8, 18))
        );
        let b = EditionId::from_code("zhambyl-2017").unwrap().edition();
        assert_eq!(b.letter, 'B');
        assert_eq!((b.act.number, b.act.adopted), ("36", ymd(2017, 3, 13)));
        assert_eq!(
            (b.act.registration_number, b.act.registered),
            ("3388", ymd(2017, 4, 17))
        );
        assert_eq!(
            (b.validity.repealed_by_number, b.validity.repealed_by_date),
            ("73", ymd(2021, 3, 19))
        );
    }

    #[test]
    fn effect_dates_are_lower_bounds_eleven_days_after_the_act() {
        // Published at the earliest on the day of registration (A: 4 Aug 2014): ten calendar days pass on 5..14 Aug,
        // so in effect from 15 Aug at the earliest.
        assert_eq!(earliest_effect_after(ymd(2014, 8, 4)), ymd(2014, 8, 15));
        for e in Edition::all() {
            let v = &e.validity;
            assert!(
                !v.in_force_from.is_exact(),
                "{}: publication date unknown",
                e.id.code()
            );
            assert!(
                !v.lost_force.is_exact(),
                "{}: publication date unknown",
                e.id.code()
            );
            assert_eq!(
                v.in_force_from.date(),
                earliest_effect_after(e.act.registered)
            );
            assert_eq!(
                v.lost_force.date(),
                earliest_effect_after(v.repealed_by_date)
            );
            assert!(e.act.adopted <= e.act.registered);
            assert!(v.in_force_from.date() < v.lost_force.date());
        }
    }

    #[test]
    fn every_text_is_given_in_all_three_languages() {
        for e in Edition::all() {
            for (field, text) in all_localized(e) {
                assert!(
                    text.blank_in().is_empty(),
                    "{} {field}: blank in {:?}",
                    e.id.code(),
                    text.blank_in()
                );
            }
        }
    }

    #[test]
    fn every_edition_is_cited_from_its_seed() {
        for e in Edition::all() {
            for c in [
                e.citation,
                e.validity.citation,
                e.validity.in_force_citation(),
            ] {
                assert_eq!(c.grade, Grade::S);
                assert!(c.blank_in().is_empty(), "{c:?}");
                for lang in Lang::ALL {
                    let source = c.source_text(lang);
                    assert!(
                        source.contains(&format!("№ {}", e.act.number)) || lang == Lang::En,
                        "{source}"
                    );
                }
                assert!(
                    c.source_text(Lang::En)
                        .contains(&format!("No. {}", e.act.number)),
                    "{:?}",
                    c.source
                );
            }
            assert!(e.source_file.starts_with(e.id.code()));
        }
    }

    #[test]
    fn the_seed_texts_named_are_in_the_repository_and_carry_the_acts_numbers() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../regulations");
        for e in Edition::all() {
            let text = std::fs::read_to_string(dir.join(e.source_file)).unwrap();
            assert!(
                text.contains(&format!("№ {}", e.act.number)),
                "{}",
                e.source_file
            );
            assert!(
                text.contains(e.act.registration_number),
                "{}",
                e.source_file
            );
        }
    }
}
