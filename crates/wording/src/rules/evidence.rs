//! The words of the evidence: the grades (`ruqsat_core::evidence::Grade`) and the citations' locators
//! (`ruqsat_core::evidence::Locator`), and a citation's one-line reference.

use chrono::{Datelike, NaiveDate};
use ruqsat_core::evidence::{Aside, Citation, Grade, Locator, Part, Place};
use ruqsat_core::lang::{Lang, Localized, ONLY_LANG};
use ruqsat_core::localized;

use crate::format::{MONTHS_EN, MONTHS_KK_ATTR, MONTHS_RU};

/// What a grade means, in words a person understands.
pub const fn grade_meaning(grade: Grade) -> Localized {
    match grade {
        Grade::S => localized! {
            kk: "регламенттің өзінен",
            ru: "из самого регламента",
            en: "from the regulation itself",
        },
        Grade::O => localized! {
            kk: "ресми түсіндірме",
            ru: "официальное разъяснение",
            en: "official guidance",
        },
        Grade::C => localized! {
            kk: "практиктердің түсіндірмесі",
            ru: "разъяснения практиков",
            en: "practitioners' guidance",
        },
        Grade::U => localized! {
            kk: "белгісіз",
            ru: "неизвестно",
            en: "not known",
        },
    }
}

/// The name of a part of a source named in words. A repeal note is followed by its resolution ([`place`]).
pub const fn part(p: Part) -> Localized {
    match p {
        Part::RepealNote(_) => localized! {
            kk: "күшін жою туралы ескерту",
            ru: "сноска об утрате силы",
            en: "repeal note",
        },
        Part::KurbanAitAsAnnounced => localized! {
            kk: "Құрбан айттың бірінші күні, сол жылға жарияланған күн",
            ru: "первый день Курбан айта, дата, объявленная на год",
            en: "first day of Kurban Ait, date as announced for the year",
        },
        Part::FirstDay => localized! {
            kk: "бірінші күні",
            ru: "первый день",
            en: "first day",
        },
        Part::Assumption => localized! {
            kk: "болжам",
            ru: "допущение",
            en: "assumption",
        },
        Part::GroundsForRefusal => localized! {
            kk: "бас тарту негіздері",
            ru: "основания для отказа",
            en: "grounds for refusal",
        },
        Part::HolidaysOnADayOff => localized! {
            kk: "демалыс күніне сәйкес келген мерекелер",
            ru: "праздники, совпавшие с выходными днями",
            en: "holidays falling on a day off",
        },
        Part::OneDecreePerYear => localized! {
            kk: "жылына бір қаулы, әр күнді қараңыз",
            ru: "по одному постановлению в год, см. каждую дату",
            en: "one decree per year, see each date",
        },
    }
}

/// What a locator's places are cited for, written in brackets after them.
pub const fn aside(a: Aside) -> Localized {
    match a {
        Aside::Result => localized! {
            kk: "нәтижесі",
            ru: "результат",
            en: "result",
        },
        Aside::PortalRequestForm => localized! {
            kk: "порталдағы сұраныс нысаны",
            ru: "форма запроса на портале",
            en: "the portal's request form",
        },
        Aside::ScannedAttachments => localized! {
            kk: "сұранысқа жалғанған сканерленген құжаттар",
            ru: "сканированные документы, приложенные к запросу",
            en: "scanned documents attached to the request",
        },
        Aside::ElectronicAttachments => localized! {
            kk: "сұранысқа жалғанған электрондық көшірмелер",
            ru: "электронные копии, приложенные к запросу",
            en: "electronic copies attached to the request",
        },
        Aside::ServiceIncludesIct => localized! {
            kk: "қызмет корпоративішілік ауыстыруды қамтиды",
            ru: "услуга включает внутрикорпоративный перевод",
            en: "the service includes intra-corporate transfer",
        },
        Aside::ServiceIsForEmployers => localized! {
            kk: "қызмет жұмыс берушілерге көрсетіледі",
            ru: "услуга оказывается работодателям",
            en: "the service is for employers",
        },
        Aside::IctProcedureWithoutFee => localized! {
            kk: "«корпоративішілік ауыстыру шеңберінде» рәсімі, 1–7 тармақшалар: төлем қадамы жоқ",
            ru: "процедура «в рамках внутрикорпоративного перевода», подпункты 1–7: шага оплаты нет",
            en: "procedure \"within an intra-corporate transfer\", sub-clauses 1–7: no fee step",
        },
        Aside::Clause9OfDecree217Standard => localized! {
            kk: "№ 217 қаулымен бекітілген стандарттың 9-тармағына сілтейді; оның мәтіні алынбады",
            ru: "отсылает к пункту 9 стандарта, утверждённого постановлением № 217; его текст не получен",
            en: "refers to clause 9 of the standard of decree No. 217, whose text was not obtained",
        },
        Aside::Clause9OfOrder279Standard => localized! {
            kk: "№ 279 бұйрықпен бекітілген стандарттың 9-тармағына сілтейді; оның мәтіні алынбады",
            ru: "отсылает к пункту 9 стандарта, утверждённого приказом № 279; его текст не получен",
            en: "refers to clause 9 of the standard of order No. 279, whose text was not obtained",
        },
        Aside::Clause10OfTheStandard => localized! {
            kk: "стандарттың 10-тармағы",
            ru: "пункт 10 стандарта",
            en: "clause 10 of the standard",
        },
        Aside::OfficeClauseAppliedToThePortal => localized! {
            kk: "кеңсе тармағы порталға қолданылған: 9-тармақ хабарламамен аяқталады — бұл тұжырым, регламенттің сөзі емес",
            ru: "пункт для канцелярии, применённый к порталу: пункт 9 заканчивается уведомлением — это вывод, а не слова регламента",
            en: "the office clause applied to the portal: clause 9 ends at the notice, so this is an inference, not the regulation's words",
        },
    }
}

/// The resolution a repeal note names: kk "2015 жылғы 18 тамыздағы № 222 қаулы", ru "постановление от 18 августа
/// 2015 года № 222", en "resolution No. 222 of 18 Aug 2015".
fn repealing_resolution(number: &str, date: NaiveDate, lang: Lang) -> String {
    let (y, m, d) = (date.year(), date.month0() as usize, date.day());
    match ONLY_LANG.unwrap_or(lang) {
        Lang::Kk => format!("{y} жылғы {d} {} № {number} қаулы", MONTHS_KK_ATTR[m]),
        Lang::Ru => format!("постановление от {d} {} {y} года № {number}", MONTHS_RU[m]),
        // Not chrono's `format`: its formatter costs ~8 KB of wasm.
        Lang::En => format!("resolution No. {number} of {d} {} {y}", &MONTHS_EN[m][..3]),
    }
}

/// One place: kk "7-тармақ, 1) тармақша", ru "пункт 7, подпункт 1)", en "clause 7, sub-clause 1".
pub fn place(p: Place, lang: Lang) -> String {
    let lang = ONLY_LANG.unwrap_or(lang);
    match p {
        // A paragraph and a point read as a clause in Kazakh and Russian.
        Place::Clause(n) | Place::Paragraph(n) | Place::Point(n) if lang != Lang::En => {
            match lang {
                Lang::Kk => format!("{n}-тармақ"),
                _ => format!("пункт {n}"),
            }
        }
        Place::Clause(n) => format!("clause {n}"),
        Place::Paragraph(n) => format!("paragraph {n}"),
        Place::Point(n) => format!("point {n}"),
        Place::SubClause(c, s) => match lang {
            Lang::Kk => format!("{c}-тармақ, {s}) тармақша"),
            Lang::Ru => format!("пункт {c}, подпункт {s})"),
            Lang::En => format!("clause {c}, sub-clause {s}"),
        },
        Place::IctSubClause(c, s) => match lang {
            Lang::Kk => format!("{c}-тармақ, корпоративішілік ауыстыру, {s}) тармақша"),
            Lang::Ru => format!("пункт {c}, внутрикорпоративный перевод, подпункт {s})"),
            Lang::En => format!("clause {c}, ICT, sub-clause {s}"),
        },
        Place::Article(n) => match lang {
            Lang::Kk => format!("{n}-бап"),
            Lang::Ru => format!("статья {n}"),
            Lang::En => format!("article {n}"),
        },
        Place::Part(p @ Part::RepealNote(edition)) => {
            let v = &edition.edition().validity;
            format!(
                "{} ({})",
                part(p).get(lang),
                repealing_resolution(v.repealed_by_number, v.repealed_by_date, lang)
            )
        }
        Place::Part(p) => part(p).get(lang).to_string(),
    }
}

/// A locator in words: its places joined by "; ", then what they are cited for in brackets; blank for
/// [`Locator::WHOLE`]. E.g. "clause 4; clause 9, sub-clause 5 (the portal's request form)".
pub fn locator(l: &Locator, lang: Lang) -> String {
    let mut s = l
        .places()
        .map(|p| place(p, lang))
        .collect::<Vec<_>>()
        .join("; ");
    if let Some(a) = l.aside {
        s.push_str(" (");
        s.push_str(aside(a).get(lang));
        s.push(')');
    }
    s
}

/// `source, locator` as one line in `lang`, e.g. "WKO resolution No. 176 of 1 Jul 2014, regulation, clause 4".
pub fn reference(c: &Citation, lang: Lang) -> String {
    let mut s = c.source_text(lang);
    let locator = locator(&c.locator, lang);
    if !locator.is_empty() {
        s.push_str(", ");
        s.push_str(&locator);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::calendar::WEEKEND_RULE;
    use ruqsat_core::case::{Applicant, Channel, ServiceKind, Track};
    use ruqsat_core::checklist::attachment_citation;
    use ruqsat_core::documents::{requirement, Due, REQUIREMENTS};
    use ruqsat_core::editions::{EditionId, WEST_KAZAKHSTAN_2014, ZHAMBYL_2017};
    use ruqsat_core::permits::refusal_grounds;
    use ruqsat_core::procedures::{procedure, PROCEDURES};
    use ruqsat_core::sources::SourceId;

    /// Moved from the core with the words.
    #[test]
    fn every_grade_has_words_in_every_language() {
        for g in Grade::ALL {
            assert!(grade_meaning(g).blank_in().is_empty(), "{g:?}");
        }
        assert_eq!(grade_meaning(Grade::U).en, "not known");
    }

    /// One of each place, part and aside; the matches fail to compile when a variant is added and not listed here.
    fn samples() -> (Vec<Place>, Vec<Part>, Vec<Aside>) {
        let parts = vec![
            Part::RepealNote(ruqsat_core::editions::EditionId::WestKazakhstan2014),
            Part::KurbanAitAsAnnounced,
            Part::FirstDay,
            Part::Assumption,
            Part::GroundsForRefusal,
            Part::HolidaysOnADayOff,
            Part::OneDecreePerYear,
        ];
        for p in &parts {
            match p {
                Part::RepealNote(_)
                | Part::KurbanAitAsAnnounced
                | Part::FirstDay
                | Part::Assumption
                | Part::GroundsForRefusal
                | Part::HolidaysOnADayOff
                | Part::OneDecreePerYear => {}
            }
        }
        let mut places = vec![
            Place::Clause(4),
            Place::SubClause(7, 1),
            Place::IctSubClause(5, 3),
            Place::Article(5),
            Place::Paragraph(3),
            Place::Point(3),
        ];
        places.extend(parts.iter().map(|&p| Place::Part(p)));
        for p in &places {
            match p {
                Place::Clause(_)
                | Place::SubClause(..)
                | Place::IctSubClause(..)
                | Place::Article(_)
                | Place::Paragraph(_)
                | Place::Point(_)
                | Place::Part(_) => {}
            }
        }
        let asides = vec![
            Aside::Result,
            Aside::PortalRequestForm,
            Aside::ScannedAttachments,
            Aside::ElectronicAttachments,
            Aside::ServiceIncludesIct,
            Aside::ServiceIsForEmployers,
            Aside::IctProcedureWithoutFee,
            Aside::Clause9OfDecree217Standard,
            Aside::Clause9OfOrder279Standard,
            Aside::Clause10OfTheStandard,
            Aside::OfficeClauseAppliedToThePortal,
        ];
        for a in &asides {
            match a {
                Aside::Result
                | Aside::PortalRequestForm
                | Aside::ScannedAttachments
                | Aside::ElectronicAttachments
                | Aside::ServiceIncludesIct
                | Aside::ServiceIsForEmployers
                | Aside::IctProcedureWithoutFee
                | Aside::Clause9OfDecree217Standard
                | Aside::Clause9OfOrder279Standard
                | Aside::Clause10OfTheStandard
                | Aside::OfficeClauseAppliedToThePortal => {}
            }
        }
        (places, parts, asides)
    }

    /// Replaces the core's "a locator given in only some languages is reported": a typed locator cannot leave a
    /// language out, so every place, part and aside has words in every language.
    #[test]
    fn every_place_part_and_aside_is_worded_in_every_language() {
        let (places, parts, asides) = samples();
        for p in parts {
            assert!(part(p).blank_in().is_empty(), "{p:?}");
        }
        for a in asides {
            assert!(aside(a).blank_in().is_empty(), "{a:?}");
            for lang in Lang::ALL {
                let text = locator(&Locator::clause(1).aside(a), lang);
                assert!(text.ends_with(')') && text.len() > "1 ()".len(), "{text}");
            }
        }
        for p in places {
            for lang in Lang::ALL {
                assert!(!place(p, lang).trim().is_empty(), "{p:?} in {lang:?}");
                assert_eq!(locator(&Locator::at(p), lang), place(p, lang));
            }
        }
        for lang in Lang::ALL {
            assert_eq!(locator(&Locator::WHOLE, lang), "");
        }
    }

    /// Moved from the core's `evidence` tests with the words.
    #[test]
    fn reference_joins_source_and_locator_in_the_language_asked() {
        let c = Citation::of(SourceId::Wko176Regulation, Locator::clause(4));
        assert_eq!(
            reference(&c, Lang::En),
            "WKO resolution No. 176 of 1 Jul 2014, regulation, clause 4"
        );
        assert_eq!(
            reference(&c, Lang::Ru),
            "постановление акимата ЗКО от 1 июля 2014 года № 176, регламент, пункт 4"
        );
        assert_eq!(
            reference(&c, Lang::Kk),
            "БҚО әкімдігінің 2014 жылғы 1 шілдедегі № 176 қаулысы, регламент, 4-тармақ"
        );
        let whole = Citation::whole(SourceId::Wko176);
        assert_eq!(
            reference(&whole, Lang::Ru),
            "постановление акимата ЗКО от 1 июля 2014 года № 176"
        );
        let two = Citation::whole(SourceId::BalCom).and(SourceId::Celsium);
        assert_eq!(reference(&two, Lang::En), "bal.com; celsium");
    }

    #[test]
    fn places_read_as_each_language_writes_them() {
        let cases = [
            (
                Locator::sub_clause(7, 1),
                "7-тармақ, 1) тармақша",
                "пункт 7, подпункт 1)",
                "clause 7, sub-clause 1",
            ),
            (
                Locator::ict_sub_clause(5, 3),
                "5-тармақ, корпоративішілік ауыстыру, 3) тармақша",
                "пункт 5, внутрикорпоративный перевод, подпункт 3)",
                "clause 5, ICT, sub-clause 3",
            ),
            (
                Locator::at(Place::Article(5)),
                "5-бап",
                "статья 5",
                "article 5",
            ),
            (
                Locator::at(Place::Paragraph(3)),
                "3-тармақ",
                "пункт 3",
                "paragraph 3",
            ),
            (
                Locator::clause(4)
                    .and(Place::SubClause(9, 5))
                    .aside(Aside::PortalRequestForm),
                "4-тармақ; 9-тармақ, 5) тармақша (порталдағы сұраныс нысаны)",
                "пункт 4; пункт 9, подпункт 5) (форма запроса на портале)",
                "clause 4; clause 9, sub-clause 5 (the portal's request form)",
            ),
        ];
        for (l, kk, ru, en) in cases {
            assert_eq!(
                [Lang::Kk, Lang::Ru, Lang::En].map(|lang| locator(&l, lang)),
                [kk, ru, en]
            );
        }
    }

    /// The repeal notes take the edition's own number and date of the repealing resolution.
    #[test]
    fn the_repeal_notes_name_the_repealing_resolutions() {
        let a = WEST_KAZAKHSTAN_2014.validity;
        assert_eq!(
            [Lang::Kk, Lang::Ru, Lang::En].map(|lang| locator(&a.citation.locator, lang)),
            [
                "3-тармақ; күшін жою туралы ескерту (2015 жылғы 18 тамыздағы № 222 қаулы)",
                "пункт 3; сноска об утрате силы (постановление от 18 августа 2015 года № 222)",
                "point 3; repeal note (resolution No. 222 of 18 Aug 2015)",
            ]
        );
        assert_eq!(locator(&a.in_force_citation().locator, Lang::En), "point 3");
        let b = ZHAMBYL_2017.validity;
        assert_eq!(
            [Lang::Kk, Lang::Ru, Lang::En].map(|lang| locator(&b.citation.locator, lang)),
            [
                "4-тармақ; күшін жою туралы ескерту (2021 жылғы 19 наурыздағы № 73 қаулы)",
                "пункт 4; сноска об утрате силы (постановление от 19 марта 2021 года № 73)",
                "point 4; repeal note (resolution No. 73 of 19 Mar 2021)",
            ]
        );
        assert_eq!(
            locator(&b.in_force_citation().locator, Lang::Kk),
            "4-тармақ"
        );
    }

    /// The text assertions of the core's tests of procedures, permits, the calendar, documents, checks and the
    /// timeline, moved here with the words.
    #[test]
    fn the_core_citations_read_as_before() {
        let en = |c: &Citation| locator(&c.locator, Lang::En);
        // Every step is cited to a clause of its own edition.
        for p in &PROCEDURES {
            for s in p.steps {
                let l = &s.citation.locator;
                assert!(
                    locator(l, Lang::En).starts_with("clause ")
                        && locator(l, Lang::Ru).starts_with("пункт ")
                        && locator(l, Lang::Kk).contains("-тармақ"),
                    "{:?}",
                    s.citation
                );
            }
        }
        for service in ServiceKind::ALL {
            let get = |t, c| {
                procedure(EditionId::Zhambyl2017, service, t, Applicant::Employer, c).unwrap()
            };
            let p = get(Track::General, Channel::Office);
            let fee = p.steps.iter().position(|s| s.by_applicant).unwrap();
            assert_eq!(en(&p.steps[fee].citation), "clause 5, sub-clause 8");
            let portal = get(Track::General, Channel::Portal);
            assert_eq!(en(&portal.steps[0].citation), "clause 9, sub-clause 11");
            let ict = get(Track::IntraCorporateTransfer, Channel::Office);
            assert!(ict.steps.iter().all(|s| en(&s.citation).contains("ICT")));
        }
        let a = refusal_grounds(
            EditionId::WestKazakhstan2014,
            Track::General,
            ruqsat_core::case::Channel::Office,
        );
        assert_eq!(en(&a[0].citation), "clause 7, sub-clause 3");
        assert_eq!(en(&WEEKEND_RULE.citation), "holidays falling on a day off");
        // The timeline's clauses (crates/core/tests/timeline.rs).
        for (l, text) in [
            (Locator::sub_clause(7, 5), "clause 7, sub-clause 5"),
            (Locator::sub_clause(4, 1), "clause 4, sub-clause 1"),
            (Locator::sub_clause(5, 8), "clause 5, sub-clause 8"),
            (Locator::sub_clause(9, 11), "clause 9, sub-clause 11"),
        ] {
            assert_eq!(locator(&l, Lang::En), text);
        }
        // Documents: a seed is cited by clause; the seeds' U citations refer to clause 9 of a standard not obtained.
        for r in REQUIREMENTS {
            let l = &r.citation.locator;
            if r.citation.grade == Grade::S {
                assert!(
                    locator(l, Lang::En).contains("clause")
                        && locator(l, Lang::Ru).contains("пункт")
                        && locator(l, Lang::Kk).contains("тармақ"),
                    "{}: a seed is cited by clause",
                    r.id
                );
            }
            if r.citation.grade == Grade::U && r.citation.source.grade() == Grade::S {
                assert!(
                    locator(l, Lang::En).contains("refers to clause 9 of the standard"),
                    "{}",
                    r.id
                );
            }
        }
        let Due::AfterPositiveNotice { citation, .. } =
            requirement("a-employer-issue-guarantee").unwrap().due
        else {
            panic!()
        };
        assert!(locator(&citation.locator, Lang::En).starts_with("clause 7, sub-clause 5"));
        assert!(locator(&citation.locator, Lang::Kk).starts_with("7-тармақ, 5) тармақша"));
        let Due::AfterPositiveNotice { citation, .. } =
            requirement("b-general-issue-fee-proof").unwrap().due
        else {
            panic!()
        };
        assert_eq!(locator(&citation.locator, Lang::Ru), "пункт 5, подпункт 8)");
        assert_eq!(
            en(&attachment_citation(EditionId::WestKazakhstan2014)),
            "clause 11, sub-clause 5 (scanned documents attached to the request)"
        );
    }
}
