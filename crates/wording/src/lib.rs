//! Ruqsat's wording in Kazakh, Russian and English, kept apart from the rules (`ruqsat-core`) and the components
//! (the web app's `ui`); the web app and the command-line program both use it. Pure: no browser imports.
//!
//! Every message is declared with all three languages; the `messages!` macro refuses to compile one without them and
//! `tests::no_message_is_blank` fails on an empty one.

pub mod cases;
mod facts;
mod format;
mod messages;
pub mod pages;
pub mod rules;

pub use facts::{grouped, kk_ablative, note, remedy, says};
pub use format::{act_title, format_date, format_date_weekday, plural_days, repealed_by, weekday};
pub use messages::{Msg, PRERENDERED_ONLY};

use ruqsat_core::lang::Lang;

/// The text of a message in a language. A one-language bundle reads it from a table indexed by the message, which
/// is ~0.8 KB gzip smaller than the match of [`Msg::localized`] compiled to code (BENCHMARKS.md, session 7).
pub fn t(lang: Lang, msg: Msg) -> &'static str {
    if ruqsat_core::lang::ONLY_LANG.is_some() {
        messages::TEXTS[msg as usize]
    } else {
        msg.localized().get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_one_language_table_holds_each_message_at_its_index() {
        assert_eq!(messages::TEXTS.len(), Msg::ALL.len());
        for &msg in Msg::ALL {
            // What only the prerendered pages say is left blank in it (`PRERENDERED_ONLY`).
            let expected = if PRERENDERED_ONLY.contains(&msg) {
                ""
            } else {
                msg.localized().kk
            };
            assert_eq!(messages::TEXTS[msg as usize], expected, "{msg:?}");
        }
    }

    #[test]
    fn no_message_is_blank() {
        for &msg in Msg::ALL {
            let blank = msg.localized().blank_in();
            assert!(blank.is_empty(), "{msg:?} is blank in {blank:?}");
        }
    }

    #[test]
    fn messages_are_translated_not_copied() {
        // A message identical in Russian and English is almost always an untranslated copy; the product name and
        // a few symbols are the only exceptions.
        for &msg in Msg::ALL {
            let l = msg.localized();
            if l.en.chars().any(|c| c.is_ascii_alphabetic()) && !l.en.starts_with("Ruqsat") {
                assert_ne!(l.ru, l.en, "{msg:?}: Russian equals English");
                assert_ne!(l.kk, l.en, "{msg:?}: Kazakh equals English");
            }
        }
    }

    #[test]
    fn kazakh_and_russian_texts_are_in_cyrillic() {
        for &msg in Msg::ALL {
            let l = msg.localized();
            for (lang, text) in [(Lang::Kk, l.kk), (Lang::Ru, l.ru)] {
                let latin = text
                    .split_whitespace()
                    .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                    // The product's name and the file formats are written in Latin in every language.
                    .filter(|w| {
                        !["Ruqsat", "PDF", "JPEG", "PNG"]
                            .iter()
                            .any(|n| w.contains(n))
                    })
                    // The editions are lettered A and B in every language.
                    .filter(|w| {
                        !matches!(w.trim_matches(|c: char| !c.is_alphanumeric()), "A" | "B")
                    })
                    .count();
                assert_eq!(latin, 0, "{msg:?} in {lang:?} has Latin words: {text}");
            }
        }
    }

    #[test]
    fn kazakh_uses_kazakh_letters_somewhere() {
        // Guards against Russian text pasted into the Kazakh column.
        let kazakh_letters = ['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];
        let with = Msg::ALL
            .iter()
            .filter(|m| {
                m.localized()
                    .kk
                    .chars()
                    .any(|c| kazakh_letters.contains(&c.to_lowercase().next().unwrap()))
            })
            .count();
        assert!(
            with * 2 > Msg::ALL.len(),
            "only {with} of {} Kazakh texts use Kazakh letters",
            Msg::ALL.len()
        );
    }
}
