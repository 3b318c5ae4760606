//! How sure we are of a fact, and where it comes from.
//!
//! Grades are those of `shared/regulations/EVIDENCE.md`. Every fact the product encodes carries a [`Citation`]
//! with a [`Grade`], and the interface shows the grade beside the fact.

use serde::{Deserialize, Serialize};

use super::lang::{Lang, Localized};

/// The strength of the evidence behind a fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Grade {
    /// In the seed regulation itself (primary; the clause is quoted).
    S,
    /// An official page of a state body (egov.kz, enbek.gov.kz, the Zhambyl department's own site).
    O,
    /// A consultant, law firm or news item (secondary).
    C,
    /// Unknown: nothing found. The product says so instead of guessing.
    U,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::S, Grade::O, Grade::C, Grade::U];

    pub const fn letter(self) -> char {
        match self {
            Grade::S => 'S',
            Grade::O => 'O',
            Grade::C => 'C',
            Grade::U => 'U',
        }
    }

    /// What the grade means, in words a person understands.
    pub const fn meaning(self) -> Localized {
        match self {
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
}

/// Where a fact comes from: a document, the place in it, and the grade of the evidence, in the three languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The document: an act with its number and date, or a named page.
    pub source: Localized,
    /// The clause, sub-clause or section; [`Citation::WHOLE`] (blank in every language) when the whole document is
    /// meant.
    pub locator: Localized,
    pub grade: Grade,
}

impl Citation {
    /// The locator of a citation of a whole document.
    pub const WHOLE: Localized = localized! { kk: "", ru: "", en: "" };

    /// `source, locator` as one line in `lang`, e.g. "WKO resolution No. 176 of 1 Jul 2014, regulation, clause 4".
    pub fn reference(&self, lang: Lang) -> String {
        let (source, locator) = (self.source.get(lang), self.locator.get(lang));
        if locator.is_empty() {
            source.to_string()
        } else {
            format!("{source}, {locator}")
        }
    }

    /// The languages in which this citation's words are missing: a blank source, or a locator given in some
    /// languages and not in others. A test of every module's citations fails when this is not empty.
    pub fn blank_in(&self) -> Vec<Lang> {
        let mut blank = self.source.blank_in();
        let no_locator = self.locator.blank_in();
        if no_locator.len() < Lang::ALL.len() {
            blank.extend(no_locator);
        }
        blank
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_grade_has_words_in_every_language() {
        for g in Grade::ALL {
            assert!(g.meaning().blank_in().is_empty(), "{g:?}");
        }
        assert_eq!(Grade::U.meaning().en, "not known");
    }

    #[test]
    fn grades_order_from_strongest_to_weakest() {
        assert!(Grade::S < Grade::O && Grade::O < Grade::C && Grade::C < Grade::U);
    }

    #[test]
    fn reference_joins_source_and_locator_in_the_language_asked() {
        let c = Citation {
            source: localized! {
                kk: "№ 176 қаулы",
                ru: "постановление № 176",
                en: "WKO resolution No. 176",
            },
            locator: localized! {
                kk: "4-тармақ",
                ru: "пункт 4",
                en: "clause 4",
            },
            grade: Grade::S,
        };
        assert_eq!(c.reference(Lang::En), "WKO resolution No. 176, clause 4");
        assert_eq!(c.reference(Lang::Ru), "постановление № 176, пункт 4");
        assert_eq!(c.reference(Lang::Kk), "№ 176 қаулы, 4-тармақ");
        assert!(c.blank_in().is_empty());
        let whole = Citation {
            locator: Citation::WHOLE,
            ..c
        };
        assert_eq!(whole.reference(Lang::Ru), "постановление № 176");
        assert!(whole.blank_in().is_empty());
    }

    #[test]
    fn a_locator_in_only_some_languages_is_reported() {
        let c = Citation {
            source: localized! { kk: "заң", ru: "закон", en: "law" },
            locator: localized! { kk: "", ru: "статья 5", en: "article 5" },
            grade: Grade::O,
        };
        assert_eq!(c.blank_in(), vec![Lang::Kk]);
    }
}
