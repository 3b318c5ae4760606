//! How sure we are of a fact, and where it comes from.
//!
//! Grades are those of `shared/regulations/EVIDENCE.md`. Every fact the product encodes carries a [`Citation`]
//! with a [`Grade`], and the interface shows the grade beside the fact.

use serde::{Deserialize, Serialize};

use super::lang::Localized;

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

/// Where a fact comes from: a document, the place in it, and the grade of the evidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    /// The document: an act with its number and date, or a named page.
    pub source: &'static str,
    /// The clause, sub-clause or section; empty when the whole document is meant.
    pub locator: &'static str,
    pub grade: Grade,
}

impl Citation {
    /// `source, locator` as one line, e.g. "Edition A seed, clause 4".
    pub fn reference(&self) -> String {
        if self.locator.is_empty() {
            self.source.to_string()
        } else {
            format!("{}, {}", self.source, self.locator)
        }
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
    fn reference_joins_source_and_locator() {
        let c = Citation {
            source: "WKO resolution No. 176",
            locator: "clause 4",
            grade: Grade::S,
        };
        assert_eq!(c.reference(), "WKO resolution No. 176, clause 4");
        let whole = Citation { locator: "", ..c };
        assert_eq!(whole.reference(), "WKO resolution No. 176");
    }
}
