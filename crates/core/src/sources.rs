//! The register of sources: every document, page or assumption a fact of Ruqsat rests on, declared once.
//!
//! A [`Source`] has an id ([`SourceId`]), its name in the three languages as citations print it, its address where it
//! has one, its grade (`regulations/EVIDENCE.md`) and the period it describes ([`Period`]). A
//! [`Citation`](crate::evidence::Citation) names a source by id and adds a locator (clause, sub-clause, paragraph); no
//! citation writes a source's name again. A test fails on a source nothing cites.
//!
//! To add a source: a variant of [`SourceId`], its entry in [`SourceId::source`], its id in [`SourceId::FIXED`], and
//! the wording of a new [`Period`] if it needs one (`ruqsat_wording::period`). See `docs/tasks/add-a-source.md`.

use super::evidence::Grade;
use super::lang::{Lang, Localized};

/// The period a source describes: the time whose practice or law it states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Period {
    /// An act: the time it was in force (its own dates, on the edition).
    ItsTimeInForce,
    /// A law or code as amended, for every year it is applied to.
    AsAmended,
    /// The rules of Government decree No. 45 of 13 Jan 2012 (Edition A's era).
    Rules2012,
    /// From 1 Jan 2017 (Rules 559 as amended by order No. 1069).
    From2017,
    /// A later wording than 2017, not verified for it.
    LaterWording,
    /// Practice at the time the page was read.
    CurrentPractice,
    /// A site cited for several facts of several periods: each fact states its own.
    EachFact,
    /// The source does not say.
    NotStated,
    /// A Government decree: the year whose days off it moves.
    ItsYear,
    /// A date not yet announced: an estimate.
    Estimate,
    /// Nothing was found: there is no period to state.
    None,
}

/// One source of the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Source {
    /// Its name as a citation prints it. For a part of a document ([`Source::part_of`]), the part's name, printed
    /// after the whole's ("…No. 176 of 1 Jul 2014, regulation").
    pub name: Localized,
    /// The document this source is a part of (a regulation approved by a resolution).
    pub part_of: Option<SourceId>,
    /// Where to read it: a site or a page, without the scheme. `None` for the seed acts (their texts are in
    /// `regulations/`) and for the entries that are not documents (an assumption, nothing found).
    pub address: Option<&'static str>,
    pub grade: Grade,
    pub period: Period,
}

/// The Government decrees moving days off, by their ids on adilet.zan.kz, as EVIDENCE.md §5 lists them. The calendar's
/// transfers (`calendar::TRANSFERS`) cite them by id through [`SourceId::decree`].
pub const DECREES: [&str; 14] = [
    "P1300000345",
    "P1300001068",
    "P1300001322",
    "P1400000365",
    "P1600000067",
    "P1700000005",
    "P1700000864",
    "P1800000888",
    "P1900000820",
    "P2000000930",
    "P2200000796",
    "P2300000326",
    "G24G0000109",
    "G24G0000436",
];

/// The register's entries in the order of [`SourceId::FIXED`], built at compile time.
static REGISTER: [Source; 31] = {
    let mut out = [SourceId::NotFound.source(); 31];
    let mut i = 0;
    while i < 31 {
        out[i] = SourceId::FIXED[i].source();
        i += 1;
    }
    out
};

/// A source of the register. Fieldless but for a decree's index, so a citation stays small in the wasm's data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceId {
    /// West Kazakhstan oblast akimat resolution No. 176 of 1 Jul 2014 (Edition A's act).
    Wko176,
    /// The regulation approved by resolution No. 176 (Edition A's seed text).
    Wko176Regulation,
    /// Zhambyl oblast akimat resolution No. 36 of 13 Mar 2017 (Edition B's act).
    Zhambyl36,
    /// The regulation restated by resolution No. 36 (Edition B's seed text).
    Zhambyl36Regulation,
    /// Rules 559 (order No. 559 of 27 Jun 2016), as enbek.gov.kz and egov.kz give them.
    Rules559,
    /// egov.kz's summary of Rules 559, in a later wording.
    EgovRules559Summary,
    /// The Zhambyl department's page on the documents, citing order No. 559.
    SobesZhambyl,
    /// lawadept.kz, on the rules of Government decree No. 45 of 13 Jan 2012.
    Lawadept,
    /// lwp.kz (extension of a permit).
    Lwp,
    /// Consultants' guidance, not one named page.
    Consultants,
    /// Several consultants' and news pages (the ICT permit's term).
    ConsultantsAndNews,
    DosImmigration,
    SmartMigration,
    BalCom,
    Celsium,
    Peregrine,
    Kazinform,
    Tukib,
    Freevector,
    /// mondaq / GRATA, on the 2012 rules.
    MondaqGrata,
    /// Law of RK "On holidays" No. 267-II of 13 Dec 2001, as amended.
    HolidaysLaw,
    /// The Labour Code of RK (holidays falling on a day off).
    LabourCode,
    /// The Government decrees moving days off, 2013–2025, as a whole.
    TransferDecrees,
    /// One Government decree moving days off: its index in [`DECREES`] (see [`SourceId::decree`]).
    TransferDecree(u8),
    /// The estimated first day of Kurban Ait of a year not yet announced.
    KurbanAitEstimate,
    /// No transfer decree is known for 2026 or later.
    NoDecreeFrom2026,
    /// Office hours: in neither standard; an assumption.
    OfficeHoursAssumption,
    /// The structure of the IIN and BIN: not in Ruqsat's sources.
    IinStructure,
    /// Nothing found.
    NotFound,
    /// The Law "On administrative procedures" No. 107-II, article 12-1, and the Civil Code's general rule: how terms
    /// in days are counted (EVIDENCE §5).
    AdministrativeProceduresLaw,
    /// A portal request sent after hours is taken on the next working day: common wording of standards of that time,
    /// in neither of these two regulations.
    PortalNextWorkingDayAssumption,
}

impl SourceId {
    /// Every source but the single transfer decrees, which [`SourceId::all`] adds from the calendar's data.
    pub const FIXED: [SourceId; 31] = [
        SourceId::Wko176,
        SourceId::Wko176Regulation,
        SourceId::Zhambyl36,
        SourceId::Zhambyl36Regulation,
        SourceId::Rules559,
        SourceId::EgovRules559Summary,
        SourceId::SobesZhambyl,
        SourceId::Lawadept,
        SourceId::Lwp,
        SourceId::Consultants,
        SourceId::ConsultantsAndNews,
        SourceId::DosImmigration,
        SourceId::SmartMigration,
        SourceId::BalCom,
        SourceId::Celsium,
        SourceId::Peregrine,
        SourceId::Kazinform,
        SourceId::Tukib,
        SourceId::Freevector,
        SourceId::MondaqGrata,
        SourceId::HolidaysLaw,
        SourceId::LabourCode,
        SourceId::TransferDecrees,
        SourceId::KurbanAitEstimate,
        SourceId::NoDecreeFrom2026,
        SourceId::OfficeHoursAssumption,
        SourceId::IinStructure,
        SourceId::NotFound,
        SourceId::AdministrativeProceduresLaw,
        SourceId::PortalNextWorkingDayAssumption,
        // One decree stands for the kind in this list; `all` lists every one.
        SourceId::TransferDecree(0),
    ];

    /// Every source of the register: the fixed ones and each decree of [`DECREES`].
    pub fn all() -> Vec<SourceId> {
        let mut all: Vec<SourceId> = SourceId::FIXED
            .into_iter()
            .filter(|s| !matches!(s, SourceId::TransferDecree(_)))
            .collect();
        all.extend((0..DECREES.len() as u8).map(SourceId::TransferDecree));
        all
    }

    /// The decree of this adilet id. An id not in [`DECREES`] does not compile where a constant cites it.
    pub const fn decree(id: &str) -> SourceId {
        let mut i = 0;
        while i < DECREES.len() {
            let (a, b) = (DECREES[i].as_bytes(), id.as_bytes());
            if a.len() == b.len() {
                let mut j = 0;
                while j < a.len() && a[j] == b[j] {
                    j += 1;
                }
                if j == a.len() {
                    return SourceId::TransferDecree(i as u8);
                }
            }
            i += 1;
        }
        panic!("a transfer decree missing from sources::DECREES")
    }

    /// A decree's adilet id.
    pub const fn decree_id(self) -> Option<&'static str> {
        match self {
            SourceId::TransferDecree(i) => Some(DECREES[i as usize]),
            _ => None,
        }
    }

    /// Its place in [`SourceId::FIXED`] (every decree shares the decrees' place); a test checks the two agree.
    const fn ordinal(self) -> usize {
        match self {
            SourceId::Wko176 => 0,
            SourceId::Wko176Regulation => 1,
            SourceId::Zhambyl36 => 2,
            SourceId::Zhambyl36Regulation => 3,
            SourceId::Rules559 => 4,
            SourceId::EgovRules559Summary => 5,
            SourceId::SobesZhambyl => 6,
            SourceId::Lawadept => 7,
            SourceId::Lwp => 8,
            SourceId::Consultants => 9,
            SourceId::ConsultantsAndNews => 10,
            SourceId::DosImmigration => 11,
            SourceId::SmartMigration => 12,
            SourceId::BalCom => 13,
            SourceId::Celsium => 14,
            SourceId::Peregrine => 15,
            SourceId::Kazinform => 16,
            SourceId::Tukib => 17,
            SourceId::Freevector => 18,
            SourceId::MondaqGrata => 19,
            SourceId::HolidaysLaw => 20,
            SourceId::LabourCode => 21,
            SourceId::TransferDecrees => 22,
            SourceId::KurbanAitEstimate => 23,
            SourceId::NoDecreeFrom2026 => 24,
            SourceId::OfficeHoursAssumption => 25,
            SourceId::IinStructure => 26,
            SourceId::NotFound => 27,
            SourceId::AdministrativeProceduresLaw => 28,
            SourceId::PortalNextWorkingDayAssumption => 29,
            SourceId::TransferDecree(_) => 30,
        }
    }

    /// This source's entry in the register, read at run time from [`REGISTER`]: data, not code.
    pub fn entry(self) -> &'static Source {
        &REGISTER[self.ordinal()]
    }

    /// This source's entry in the register, for constants: [`Citation::of`](crate::evidence::Citation::of) takes
    /// the grade from it at compile time. At run time, [`SourceId::entry`].
    pub const fn source(self) -> Source {
        use Grade::*;
        const fn web(name: &'static str, grade: Grade, period: Period) -> Source {
            Source {
                name: localized! { kk: name, ru: name, en: name },
                part_of: None,
                address: Some(name),
                grade,
                period,
            }
        }
        const fn entry(
            name: Localized,
            address: Option<&'static str>,
            grade: Grade,
            period: Period,
        ) -> Source {
            Source {
                name,
                part_of: None,
                address,
                grade,
                period,
            }
        }
        const REGULATION: Localized =
            localized! { kk: "регламент", ru: "регламент", en: "regulation" };
        match self {
            SourceId::Wko176 => entry(
                localized! {
                    kk: "БҚО әкімдігінің 2014 жылғы 1 шілдедегі № 176 қаулысы",
                    ru: "постановление акимата ЗКО от 1 июля 2014 года № 176",
                    en: "WKO resolution No. 176 of 1 Jul 2014",
                },
                None,
                S,
                Period::ItsTimeInForce,
            ),
            SourceId::Wko176Regulation => Source {
                part_of: Some(SourceId::Wko176),
                ..entry(REGULATION, None, S, Period::ItsTimeInForce)
            },
            SourceId::Zhambyl36 => entry(
                localized! {
                    kk: "Жамбыл облысы әкімдігінің 2017 жылғы 13 наурыздағы № 36 қаулысы",
                    ru: "постановление акимата Жамбылской области от 13 марта 2017 года № 36",
                    en: "Zhambyl resolution No. 36 of 13 Mar 2017",
                },
                None,
                S,
                Period::ItsTimeInForce,
            ),
            SourceId::Zhambyl36Regulation => Source {
                part_of: Some(SourceId::Zhambyl36),
                ..entry(REGULATION, None, S, Period::ItsTimeInForce)
            },
            SourceId::Rules559 => entry(
                localized! {
                    kk: "№ 559 Қағидалар (2016 жылғы 27 маусымдағы № 559 бұйрық), enbek.gov.kz және egov.kz бойынша",
                    ru: "Правила № 559 (приказ от 27 июня 2016 года № 559), по enbek.gov.kz и egov.kz",
                    en: "Rules 559 (order No. 559 of 27 Jun 2016), via enbek.gov.kz and egov.kz",
                },
                Some("enbek.gov.kz"),
                O,
                Period::From2017,
            ),
            SourceId::EgovRules559Summary => entry(
                localized! {
                    kk: "egov.kz: № 559 Қағидалардың қысқаша мазмұны",
                    ru: "egov.kz: изложение Правил № 559",
                    en: "egov.kz summary of Rules 559",
                },
                Some("egov.kz"),
                O,
                Period::LaterWording,
            ),
            SourceId::SobesZhambyl => entry(
                localized! {
                    kk: "Жамбыл облысы басқармасының беті sobeszhambyl.kz/kk/node/846 (№ 559 бұйрыққа сілтеме жасайды)",
                    ru: "страница управления Жамбылской области sobeszhambyl.kz/kk/node/846 (со ссылкой на приказ № 559)",
                    en: "Zhambyl department's page sobeszhambyl.kz/kk/node/846 (citing order No. 559)",
                },
                Some("sobeszhambyl.kz/kk/node/846"),
                O,
                Period::From2017,
            ),
            SourceId::Lawadept => web("lawadept.kz", C, Period::Rules2012),
            SourceId::Lwp => web("lwp.kz", C, Period::NotStated),
            SourceId::Consultants => entry(
                localized! {
                    kk: "кеңесшілердің түсіндірмесі",
                    ru: "разъяснения консультантов",
                    en: "consultants' guidance",
                },
                None,
                C,
                Period::CurrentPractice,
            ),
            SourceId::ConsultantsAndNews => entry(
                localized! {
                    kk: "кеңесшілер мен жаңалықтардың бірнеше беті",
                    ru: "несколько страниц консультантов и новостей",
                    en: "several consultants' and news pages",
                },
                None,
                C,
                Period::NotStated,
            ),
            SourceId::DosImmigration => web("dos-immigration.kz", C, Period::CurrentPractice),
            SourceId::SmartMigration => web("smart-migration.kz", C, Period::CurrentPractice),
            SourceId::BalCom => web("bal.com", C, Period::EachFact),
            SourceId::Celsium => Source {
                address: None,
                ..web("celsium", C, Period::From2017)
            },
            SourceId::Peregrine => Source {
                address: None,
                ..web("peregrine", C, Period::From2017)
            },
            SourceId::Kazinform => Source {
                address: None,
                ..web("kazinform", C, Period::EachFact)
            },
            SourceId::Tukib => web("tukib.kz", C, Period::EachFact),
            SourceId::Freevector => web("freevector.kz", C, Period::NotStated),
            SourceId::MondaqGrata => Source {
                address: None,
                ..web("mondaq / GRATA", C, Period::Rules2012)
            },
            SourceId::HolidaysLaw => entry(
                localized! {
                    kk: "«Қазақстан Республикасындағы мерекелер туралы» 2001 жылғы 13 желтоқсандағы № 267-II ҚР Заңы, өзгерістерімен",
                    ru: "Закон РК «О праздниках в Республике Казахстан» от 13 декабря 2001 года № 267-II, с изменениями",
                    en: "Law of RK \"On holidays\" No. 267-II of 13 Dec 2001, as amended",
                },
                None,
                O,
                Period::AsAmended,
            ),
            SourceId::LabourCode => entry(
                localized! { kk: "ҚР Еңбек кодексі", ru: "Трудовой кодекс РК", en: "Labour Code of RK" },
                None,
                O,
                Period::AsAmended,
            ),
            SourceId::TransferDecrees => entry(
                localized! {
                    kk: "Үкіметтің демалыс күндерін ауыстыру туралы қаулылары, 2013–2025",
                    ru: "постановления Правительства о переносе выходных дней, 2013–2025",
                    en: "Government decrees moving days off, 2013–2025",
                },
                None,
                O,
                Period::ItsYear,
            ),
            // Printed with its id after the name (`reference`), read on adilet.zan.kz/rus/docs/<id>.
            SourceId::TransferDecree(_) => entry(
                localized! { kk: "Үкімет қаулысы", ru: "постановление Правительства", en: "Government decree" },
                Some("adilet.zan.kz/rus/docs/"),
                O,
                Period::ItsYear,
            ),
            SourceId::KurbanAitEstimate => entry(
                localized! {
                    kk: "Құрбан айт күнінің болжамы (әлі жарияланбаған)",
                    ru: "оценка даты Курбан айта (ещё не объявлена)",
                    en: "Estimated date of Kurban Ait (not yet announced)",
                },
                None,
                U,
                Period::Estimate,
            ),
            SourceId::NoDecreeFrom2026 => entry(
                localized! {
                    kk: "2026 жылға және одан кейінгі жылдарға ауыстыру туралы қаулы белгісіз",
                    ru: "постановления о переносе на 2026 год и позже неизвестны",
                    en: "No transfer decree known for 2026 or later",
                },
                None,
                U,
                Period::None,
            ),
            SourceId::OfficeHoursAssumption => entry(
                localized! {
                    kk: "жұмыс уақыты екі стандартта да жоқ; сол кездегі стандарттардың әдеттегі уақыты алынды",
                    ru: "часы работы не указаны ни в одном из стандартов; взяты обычные часы стандартов того времени",
                    en: "office hours are in neither standard; the usual hours of standards of that time are taken",
                },
                None,
                U,
                Period::None,
            ),
            SourceId::AdministrativeProceduresLaw => entry(
                localized! {
                    kk: "«Әкімшілік рәсімдер туралы» 2000 жылғы 27 қарашадағы № 107-II ҚР Заңы, 12-1-бап, және Азаматтық кодекстің жалпы ережесі",
                    ru: "Закон РК «Об административных процедурах» от 27 ноября 2000 года № 107-II, статья 12-1, и общее правило Гражданского кодекса",
                    en: "Law of RK \"On administrative procedures\" No. 107-II of 27 Nov 2000, article 12-1, and the Civil Code's general rule",
                },
                None,
                C,
                Period::AsAmended,
            ),
            SourceId::PortalNextWorkingDayAssumption => entry(
                localized! {
                    kk: "жұмыс уақытынан кейін порталға жіберілген сұрау келесі жұмыс күні қабылданады (сол кездегі стандарттардың әдеттегі тұжырымы; бұл екі регламентте жоқ)",
                    ru: "запрос, отправленный на портал после окончания рабочего времени, принимается следующим рабочим днём (обычная формулировка стандартов того времени; в этих двух регламентах её нет)",
                    en: "a portal request sent after hours is taken on the next working day (the common wording of standards of that time; in neither of these two regulations)",
                },
                None,
                U,
                Period::None,
            ),
            SourceId::IinStructure => entry(
                localized! {
                    kk: "ЖСН мен БСН құрылымы (Ruqsat дереккөздерінде жоқ)",
                    ru: "структура ИИН и БИН (нет в источниках Ruqsat)",
                    en: "structure of the IIN and BIN (not in Ruqsat's sources)",
                },
                None,
                U,
                Period::None,
            ),
            SourceId::NotFound => entry(
                localized! { kk: "дереккөз табылмады", ru: "источник не найден", en: "no source found" },
                None,
                U,
                Period::None,
            ),
        }
    }

    pub const fn grade(self) -> Grade {
        self.source().grade
    }

    /// The name as a citation prints it: the whole's name before a part's, a decree's id after its kind.
    pub fn name(self, lang: Lang) -> String {
        let s = self.entry();
        match (self, s.part_of) {
            (SourceId::TransferDecree(i), _) => {
                format!("{} {}", s.name.get(lang), DECREES[i as usize])
            }
            (_, Some(whole)) => format!("{}, {}", whole.name(lang), s.name.get(lang)),
            (_, None) => s.name.get(lang).to_string(),
        }
    }

    /// The full address (`https://…`) where the source has one.
    pub fn address(self) -> Option<String> {
        let a = self.entry().address?;
        Some(match self {
            SourceId::TransferDecree(i) => format!("https://{a}{}", DECREES[i as usize]),
            _ => format!("https://{a}"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_has_a_name_in_every_language() {
        for s in SourceId::all() {
            assert!(s.entry().name.blank_in().is_empty(), "{s:?}");
            for lang in Lang::ALL {
                assert!(!s.name(lang).trim().is_empty(), "{s:?}");
            }
        }
    }

    #[test]
    fn names_print_the_whole_before_the_part_and_a_decree_with_its_id() {
        assert_eq!(
            SourceId::Zhambyl36Regulation.name(Lang::En),
            "Zhambyl resolution No. 36 of 13 Mar 2017, regulation"
        );
        assert_eq!(
            SourceId::Wko176Regulation.name(Lang::Kk),
            "БҚО әкімдігінің 2014 жылғы 1 шілдедегі № 176 қаулысы, регламент"
        );
        assert_eq!(
            SourceId::decree("P1400000365").name(Lang::Ru),
            "постановление Правительства P1400000365"
        );
        assert_eq!(
            SourceId::decree("P1400000365").address().as_deref(),
            Some("https://adilet.zan.kz/rus/docs/P1400000365")
        );
        assert_eq!(
            SourceId::SobesZhambyl.address().as_deref(),
            Some("https://sobeszhambyl.kz/kk/node/846")
        );
    }

    #[test]
    fn the_register_lists_each_source_once_with_the_fourteen_decrees() {
        let all = SourceId::all();
        for (i, s) in all.iter().enumerate() {
            assert!(!all[i + 1..].contains(s), "{s:?} twice");
        }
        let decrees = all
            .iter()
            .filter(|s| matches!(s, SourceId::TransferDecree(_)))
            .count();
        assert_eq!(decrees, 14);
        assert_eq!(all.len(), 30 + 14);
    }

    #[test]
    fn the_register_at_run_time_is_the_register_of_the_constants() {
        for (i, s) in SourceId::FIXED.into_iter().enumerate() {
            assert_eq!(s.ordinal(), i, "{s:?}");
            assert_eq!(*s.entry(), s.source(), "{s:?}");
        }
        assert_eq!(
            *SourceId::decree("G24G0000436").entry(),
            SourceId::TransferDecree(0).source()
        );
    }

    #[test]
    fn grades_are_those_of_the_evidence() {
        assert_eq!(SourceId::Wko176Regulation.grade(), Grade::S);
        assert_eq!(SourceId::SobesZhambyl.grade(), Grade::O);
        assert_eq!(SourceId::BalCom.grade(), Grade::C);
        assert_eq!(SourceId::NotFound.grade(), Grade::U);
        // Kurban Ait 2026–2027: an estimate with no source is U, not C (issue 12 §4); its period says it is one.
        assert_eq!(SourceId::KurbanAitEstimate.grade(), Grade::U);
        assert_eq!(
            SourceId::KurbanAitEstimate.source().period,
            Period::Estimate
        );
        // Entries that are not documents state no period; documents do; the estimate states it is one.
        for s in SourceId::all() {
            assert_eq!(
                s.grade() == Grade::U && s != SourceId::KurbanAitEstimate,
                s.source().period == Period::None,
                "{s:?}"
            );
        }
    }
}
