//! How sure we are of a fact, and where it comes from.
//!
//! Grades are those of `regulations/EVIDENCE.md`. Every fact the product encodes carries a [`Citation`]
//! with a [`Grade`], and the interface shows the grade beside the fact.

use serde::{Deserialize, Serialize};

use super::lang::{Lang, Localized};
use super::sources::SourceId;

/// The strength of the evidence behind a fact. Its meaning in words: `ruqsat_wording::rules::evidence::grade_meaning`.
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
}

/// Where a fact comes from: a source of the register ([`SourceId`]), perhaps a second one that says the same, the
/// place in it, and the grade of the evidence. The source's name is written once, in the register.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    pub source: SourceId,
    /// A second source that states the same fact ("bal.com; celsium").
    pub also: Option<SourceId>,
    /// The clause, sub-clause or section; [`Citation::WHOLE`] (blank in every language) when the whole document is
    /// meant.
    pub locator: Localized,
    /// The source's grade ([`Citation::of`]), or a weaker one where the fact is only referred to by the source
    /// ([`Citation::graded`]).
    pub grade: Grade,
}

impl Citation {
    /// The locator of a citation of a whole document.
    pub const WHOLE: Localized = localized! { kk: "", ru: "", en: "" };

    /// A citation of `locator` in `source`, with the source's grade.
    pub const fn of(source: SourceId, locator: Localized) -> Citation {
        Citation {
            source,
            also: None,
            locator,
            grade: source.grade(),
        }
    }

    /// A citation of the whole of `source`.
    pub const fn whole(source: SourceId) -> Citation {
        Citation::of(source, Citation::WHOLE)
    }

    /// The same citation with a second source that states the same fact.
    pub const fn and(self, also: SourceId) -> Citation {
        Citation {
            also: Some(also),
            ..self
        }
    }

    /// The same citation with a weaker grade than its source's: the source only refers to the fact.
    pub const fn graded(self, grade: Grade) -> Citation {
        Citation { grade, ..self }
    }

    /// The sources' names in `lang`, joined by "; " ("bal.com; celsium").
    pub fn source_text(&self, lang: Lang) -> String {
        let mut s = self.source.name(lang);
        if let Some(also) = self.also {
            s.push_str("; ");
            s.push_str(&also.name(lang));
        }
        s
    }

    /// `source, locator` as one line in `lang`, e.g. "WKO resolution No. 176 of 1 Jul 2014, regulation, clause 4".
    pub fn reference(&self, lang: Lang) -> String {
        let mut s = self.source_text(lang);
        let locator = self.locator.get(lang);
        if !locator.is_empty() {
            s.push_str(", ");
            s.push_str(locator);
        }
        s
    }

    /// The languages in which this citation's words are missing: a blank source name, or a locator given in some
    /// languages and not in others. A test of every module's citations fails when this is not empty.
    pub fn blank_in(&self) -> Vec<Lang> {
        let mut blank = self.source.entry().name.blank_in();
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
    fn grades_order_from_strongest_to_weakest() {
        assert!(Grade::S < Grade::O && Grade::O < Grade::C && Grade::C < Grade::U);
    }

    #[test]
    fn reference_joins_source_and_locator_in_the_language_asked() {
        let c = Citation::of(
            SourceId::Wko176Regulation,
            localized! {
                kk: "4-тармақ",
                ru: "пункт 4",
                en: "clause 4",
            },
        );
        assert_eq!(c.grade, Grade::S);
        assert_eq!(
            c.reference(Lang::En),
            "WKO resolution No. 176 of 1 Jul 2014, regulation, clause 4"
        );
        assert_eq!(
            c.reference(Lang::Ru),
            "постановление акимата ЗКО от 1 июля 2014 года № 176, регламент, пункт 4"
        );
        assert_eq!(
            c.reference(Lang::Kk),
            "БҚО әкімдігінің 2014 жылғы 1 шілдедегі № 176 қаулысы, регламент, 4-тармақ"
        );
        assert!(c.blank_in().is_empty());
        let whole = Citation::whole(SourceId::Wko176);
        assert_eq!(
            whole.reference(Lang::Ru),
            "постановление акимата ЗКО от 1 июля 2014 года № 176"
        );
        assert!(whole.blank_in().is_empty());
        let two = Citation::whole(SourceId::BalCom).and(SourceId::Celsium);
        assert_eq!(two.reference(Lang::En), "bal.com; celsium");
        assert_eq!(two.grade, Grade::C);
        assert_eq!(
            Citation::whole(SourceId::Lwp).graded(Grade::U).grade,
            Grade::U
        );
    }

    #[test]
    fn a_locator_in_only_some_languages_is_reported() {
        let c = Citation::of(
            SourceId::HolidaysLaw,
            localized! { kk: "", ru: "статья 5", en: "article 5" },
        );
        assert_eq!(c.blank_in(), vec![Lang::Kk]);
    }
}
