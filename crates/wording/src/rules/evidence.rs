//! The words of the evidence's grades (`ruqsat_core::evidence::Grade`).

use ruqsat_core::evidence::Grade;
use ruqsat_core::lang::Localized;
use ruqsat_core::localized;

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

#[cfg(test)]
mod tests {
    use super::*;

    /// Moved from the core with the words.
    #[test]
    fn every_grade_has_words_in_every_language() {
        for g in Grade::ALL {
            assert!(grade_meaning(g).blank_in().is_empty(), "{g:?}");
        }
        assert_eq!(grade_meaning(Grade::U).en, "not known");
    }
}
