//! The three languages of the product and text given in all three.

use serde::{Deserialize, Serialize};

/// A language the product speaks. The order is the order of the language switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Kazakh, the state language.
    Kk,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 code, as used in `<html lang>`, in storage and in URLs.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's name in the language itself, as the switch shows it.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// Reads a language code; accepts a region suffix (`ru-KZ`) and any case. Unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "kk" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first supported language in a list of preferences (e.g. `navigator.languages`), else Kazakh.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or(Lang::Kk)
    }
}

/// The same text in Kazakh, Russian and English. Every field is required, so no language can be left out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

impl Localized {
    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }

    /// The languages whose text is blank: a test fails when this is not empty.
    pub fn blank_in(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| self.get(l).trim().is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn region_suffix_and_case_are_accepted() {
        assert_eq!(Lang::from_code("ru-KZ"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("KK_kz"), Some(Lang::Kk));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("de-DE"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(Lang::negotiate(["de", "ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::negotiate(["fr"]), Lang::Kk);
        assert_eq!(Lang::negotiate([]), Lang::Kk);
    }

    #[test]
    fn localized_reports_blank_languages() {
        let t = Localized {
            kk: "сәлем",
            ru: " ",
            en: "hello",
        };
        assert_eq!(t.blank_in(), vec![Lang::Ru]);
        assert_eq!(t.get(Lang::En), "hello");
    }
}
