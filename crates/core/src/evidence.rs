//! How sure we are of a fact, and where it comes from.
//!
//! Grades are those of `regulations/EVIDENCE.md`. Every fact the product encodes carries a [`Citation`]
//! with a [`Grade`], and the interface shows the grade beside the fact.

use serde::{Deserialize, Serialize};

use super::lang::Lang;
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

/// A numbered place in a source. Its words: `ruqsat_wording::rules::evidence::locator`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Place {
    /// A regulation's clause: "clause 4" / "пункт 4" / "4-тармақ".
    Clause(u8),
    /// A clause's sub-clause: "clause 7, sub-clause 1" / "пункт 7, подпункт 1)" / "7-тармақ, 1) тармақша".
    SubClause(u8, u8),
    /// A sub-clause of a clause's intra-corporate transfer procedure: "clause 5, ICT, sub-clause 3".
    IctSubClause(u8, u8),
    /// A law's article: "article 5" / "статья 5" / "5-бап".
    Article(u8),
    /// A paragraph of rules: "paragraph 3" (in Kazakh and Russian as a clause).
    Paragraph(u8),
    /// A point of an act: "point 3" (in Kazakh and Russian as a clause).
    Point(u8),
    /// A part named in words, not by a number.
    Part(Part),
}

/// A part of a source named in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// An edition's act's note on its repeal; the repealing resolution's number and date are the edition's
    /// (`Validity::repealed_by_number`, `repealed_by_date`). A number and a date here would make every citation
    /// of the data 3x larger.
    RepealNote(crate::editions::EditionId),
    /// The first day of Kurban Ait, on the date announced for the year.
    KurbanAitAsAnnounced,
    /// The first day (of a feast).
    FirstDay,
    /// The source is an assumption of the product's.
    Assumption,
    /// The grounds for refusal.
    GroundsForRefusal,
    /// Holidays falling on a day off.
    HolidaysOnADayOff,
    /// One decree per year; each date names its own.
    OneDecreePerYear,
}

/// What the places are cited for, written in brackets after them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Aside {
    /// The step's result.
    Result,
    /// The request form on the portal.
    PortalRequestForm,
    /// Scanned documents attached to the request (Edition A).
    ScannedAttachments,
    /// Electronic copies attached to the request (Edition B).
    ElectronicAttachments,
    /// The service includes intra-corporate transfer.
    ServiceIncludesIct,
    /// The service is for employers.
    ServiceIsForEmployers,
    /// The intra-corporate transfer procedure, sub-clauses 1–7, has no fee step.
    IctProcedureWithoutFee,
    /// Refers to clause 9 of the standard of decree No. 217, whose text was not obtained (Edition A).
    Clause9OfDecree217Standard,
    /// Refers to clause 9 of the standard of order No. 279, whose text was not obtained (Edition B).
    Clause9OfOrder279Standard,
    /// Clause 10 of the standard.
    Clause10OfTheStandard,
    /// Edition B: an office clause applied to the portal path, which ends at the notice (clause 9): an inference.
    OfficeClauseAppliedToThePortal,
}

/// Where in a source a fact is: up to two places (joined by "; ") and what they are cited for; [`Locator::WHOLE`]
/// when the whole document is meant.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Locator {
    pub places: [Option<Place>; 2],
    pub aside: Option<Aside>,
}

impl Locator {
    /// The locator of a citation of a whole document.
    pub const WHOLE: Locator = Locator {
        places: [None, None],
        aside: None,
    };

    /// One place.
    pub const fn at(place: Place) -> Locator {
        Locator {
            places: [Some(place), None],
            aside: None,
        }
    }

    /// A clause.
    pub const fn clause(clause: u8) -> Locator {
        Locator::at(Place::Clause(clause))
    }

    /// A sub-clause of a clause.
    pub const fn sub_clause(clause: u8, sub_clause: u8) -> Locator {
        Locator::at(Place::SubClause(clause, sub_clause))
    }

    /// A sub-clause of a clause's intra-corporate transfer procedure.
    pub const fn ict_sub_clause(clause: u8, sub_clause: u8) -> Locator {
        Locator::at(Place::IctSubClause(clause, sub_clause))
    }

    /// The same locator with a second place.
    pub const fn and(self, place: Place) -> Locator {
        match self.places {
            [first @ Some(_), None] => Locator {
                places: [first, Some(place)],
                ..self
            },
            _ => panic!("a locator has one or two places"),
        }
    }

    /// The same locator with what its places are cited for.
    pub const fn aside(self, aside: Aside) -> Locator {
        Locator {
            aside: Some(aside),
            ..self
        }
    }

    /// Whether the whole document is meant.
    pub const fn is_whole(&self) -> bool {
        matches!(
            self,
            Locator {
                places: [None, None],
                aside: None
            }
        )
    }

    /// The places, in order.
    pub fn places(&self) -> impl Iterator<Item = Place> + '_ {
        self.places.iter().flatten().copied()
    }
}

/// Where a fact comes from: a source of the register ([`SourceId`]), perhaps a second one that says the same, the
/// place in it, and the grade of the evidence. The source's name is written once, in the register; the locator's
/// words are `ruqsat_wording::rules::evidence::{locator, reference}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Citation {
    pub source: SourceId,
    /// A second source that states the same fact ("bal.com; celsium").
    pub also: Option<SourceId>,
    /// The clause, sub-clause or section; [`Locator::WHOLE`] when the whole document is meant.
    pub locator: Locator,
    /// The source's grade ([`Citation::of`]), or a weaker one where the fact is only referred to by the source
    /// ([`Citation::graded`]).
    pub grade: Grade,
}

impl Citation {
    /// A citation of `locator` in `source`, with the source's grade.
    pub const fn of(source: SourceId, locator: Locator) -> Citation {
        Citation {
            source,
            also: None,
            locator,
            grade: source.grade(),
        }
    }

    /// A citation of the whole of `source`.
    pub const fn whole(source: SourceId) -> Citation {
        Citation::of(source, Locator::WHOLE)
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

    /// The languages in which this citation's source has no name. A test of every module's citations fails when this
    /// is not empty. (A locator's words are typed, so none can be missing: `ruqsat_wording::rules::evidence`.)
    pub fn blank_in(&self) -> Vec<Lang> {
        self.source.entry().name.blank_in()
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
    fn locators_are_built_as_the_sources_read() {
        let c = Citation::of(SourceId::Wko176Regulation, Locator::clause(4));
        assert_eq!(c.grade, Grade::S);
        assert_eq!(c.locator.places, [Some(Place::Clause(4)), None]);
        assert!(c.blank_in().is_empty());
        let whole = Citation::whole(SourceId::Wko176);
        assert!(whole.locator.is_whole() && whole.blank_in().is_empty());
        assert!(!Locator::at(Place::Part(Part::FirstDay)).is_whole());
        let two = Locator::clause(4)
            .and(Place::SubClause(9, 5))
            .aside(Aside::PortalRequestForm);
        assert_eq!(
            two.places().collect::<Vec<_>>(),
            [Place::Clause(4), Place::SubClause(9, 5)]
        );
        assert_eq!(two.aside, Some(Aside::PortalRequestForm));
        let both = Citation::whole(SourceId::BalCom).and(SourceId::Celsium);
        assert_eq!(both.source_text(Lang::En), "bal.com; celsium");
        assert_eq!(both.grade, Grade::C);
        assert_eq!(
            Citation::whole(SourceId::Lwp).graded(Grade::U).grade,
            Grade::U
        );
    }
}
