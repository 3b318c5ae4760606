//! Kazakhstan's identification numbers: the IIN of a person (ЖСН / ИИН) and the BIN of a legal entity (БСН / БИН).
//!
//! Both are 12 digits whose last digit is a check digit, computed the same way:
//!
//! 1. multiply the first 11 digits by the weights 1, 2, …, 11 and take the sum modulo 11;
//! 2. if that is 10, multiply them by the weights 3, 4, …, 11, 1, 2 instead and take the sum modulo 11;
//! 3. if that is 10 again, no number with these 11 digits is valid; otherwise the 12th digit must equal the result.
//!
//! **Where this comes from.** Neither seed nor `regulations/EVIDENCE.md` describes the structure of these numbers:
//! the seeds only say that the portal signs the applicant in with an IIN or BIN (Edition A, clause 11, sub-clause 1;
//! Edition B, clause 9, sub-clause 1). The rules here are the commonly published structure, taken as an assumption
//! ([`Assumption::IdentifierStructure`](crate::checklist::Assumption::IdentifierStructure)); every finding built on
//! them says so.
//!
//! - IIN: digits 1–6 are the birth date YYMMDD; digit 7 gives the century and sex (1/2: 1800s, 3/4: 1900s,
//!   5/6: 2000s; odd male, even female). An impossible date or another digit 7 is refused.
//! - BIN: digits 1–4 are the year and month of registration YYMM; digit 5 the kind of entity (4 resident legal
//!   entity, 5 non-resident, 6 individual or joint entrepreneur). Only the month and the check digit are enforced;
//!   digit 5 is decoded but not enforced, because other values may exist that we have no source for, and refusing a
//!   real employer's number would be worse than letting a typo through (the check digit catches most typos).
//!
//! The functions [`validate_iin`] and [`validate_bin`] are `validator` custom validators; [`Identity`] uses them.

use chrono::NaiveDate;
use validator::{Validate, ValidationError};

use super::evidence::Citation;
use crate::sources::SourceId;

/// The citation of findings about an IIN or BIN: nothing in the evidence, hence grade U, with the assumption
/// [`Assumption::IdentifierStructure`](crate::checklist::Assumption::IdentifierStructure).
pub const STRUCTURE_CITATION: Citation = Citation::whole(SourceId::IinStructure);

/// Why a number is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IdError {
    /// Something other than the digits 0–9 (surrounding spaces are ignored).
    NotDigits,
    /// Not exactly 12 digits.
    WrongLength,
    /// The 12th digit is not the check digit of the first 11.
    CheckDigit,
    /// Both weightings give 10: no number starting with these 11 digits is valid.
    NoCheckDigit,
    /// IIN digit 7 is not 1–6.
    CenturyDigit,
    /// IIN digits 1–6 are not a real date (e.g. 31 February).
    BirthDate,
    /// BIN digits 3–4 are not a month 01–12.
    RegistrationMonth,
}

impl IdError {
    /// A stable code, used as the `validator` error code.
    pub const fn code(self) -> &'static str {
        match self {
            IdError::NotDigits => "not_digits",
            IdError::WrongLength => "wrong_length",
            IdError::CheckDigit => "check_digit",
            IdError::NoCheckDigit => "no_check_digit",
            IdError::CenturyDigit => "century_digit",
            IdError::BirthDate => "birth_date",
            IdError::RegistrationMonth => "registration_month",
        }
    }

    pub const ALL: [IdError; 7] = [
        IdError::NotDigits,
        IdError::WrongLength,
        IdError::CheckDigit,
        IdError::NoCheckDigit,
        IdError::CenturyDigit,
        IdError::BirthDate,
        IdError::RegistrationMonth,
    ];

    /// The error a [`code`](Self::code) stands for.
    pub fn from_code(code: &str) -> Option<IdError> {
        IdError::ALL.into_iter().find(|e| e.code() == code)
    }

    /// The `validator` error: its code only. The words are the wording's (`ruqsat_wording::rules::checklist::
    /// id_error`), found from the code with [`from_code`](Self::from_code).
    fn into_validation_error(self) -> ValidationError {
        ValidationError::new(self.code())
    }
}

/// The check digit of the first 11 digits, or `None` when both weightings give 10 (no valid number).
pub fn check_digit(first11: &[u8; 11]) -> Option<u8> {
    const SECOND: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    let weighted = |weights: &mut dyn Iterator<Item = u32>| {
        first11
            .iter()
            .zip(weights)
            .map(|(&d, w)| u32::from(d) * w)
            .sum::<u32>()
            % 11
    };
    match weighted(&mut (1..=11)) {
        10 => match weighted(&mut SECOND.into_iter()) {
            10 => None,
            r => Some(r as u8),
        },
        r => Some(r as u8),
    }
}

/// Characters that show nothing and are dropped from a typed number: the zero-width space, non-joiner and joiner,
/// the left-to-right and right-to-left marks, the Arabic letter mark, the bidi embeddings, overrides and isolates,
/// the word joiner, the byte-order mark and the soft hyphen. Copied from a document or a right-to-left text, a
/// number often carries one; the reader sees only digits.
const fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{061C}'
    )
}

/// The value of a digit as the reader sees one: ASCII, full-width (U+FF10–FF19), Arabic-Indic (U+0660–0669) or
/// Extended Arabic-Indic (U+06F0–06F9, Persian and Urdu).
const fn digit(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    Some((c as u32 - zero as u32) as u8)
}

/// The digits of a typed number: surrounding spaces and invisible characters dropped, every kind of digit read as
/// its value; anything else visible is [`IdError::NotDigits`].
fn digits(s: &str) -> Result<Vec<u8>, IdError> {
    s.trim_matches(|c: char| c.is_whitespace() || invisible(c))
        .chars()
        .filter(|&c| !invisible(c))
        .map(|c| digit(c).ok_or(IdError::NotDigits))
        .collect()
}

/// The 12 digits of a number whose check digit is right.
fn checked_digits(s: &str) -> Result<[u8; 12], IdError> {
    let digits: [u8; 12] = digits(s)?.try_into().map_err(|_| IdError::WrongLength)?;
    let mut first11 = [0u8; 11];
    first11.copy_from_slice(&digits[..11]);
    match check_digit(&first11) {
        None => Err(IdError::NoCheckDigit),
        Some(c) if c != digits[11] => Err(IdError::CheckDigit),
        Some(_) => Ok(digits),
    }
}

fn two(d: &[u8]) -> u32 {
    u32::from(d[0]) * 10 + u32::from(d[1])
}

/// Sex as encoded in an IIN's seventh digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sex {
    Male,
    Female,
}

/// What an IIN says about its holder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IinInfo {
    pub birth_date: NaiveDate,
    pub sex: Sex,
}

/// Reads an IIN: check digit, century digit and birth date.
pub fn parse_iin(s: &str) -> Result<IinInfo, IdError> {
    let d = checked_digits(s)?;
    let (century, sex) = match d[6] {
        1 => (1800, Sex::Male),
        2 => (1800, Sex::Female),
        3 => (1900, Sex::Male),
        4 => (1900, Sex::Female),
        5 => (2000, Sex::Male),
        6 => (2000, Sex::Female),
        _ => return Err(IdError::CenturyDigit),
    };
    let year = century + two(&d[0..2]) as i32;
    let birth_date =
        NaiveDate::from_ymd_opt(year, two(&d[2..4]), two(&d[4..6])).ok_or(IdError::BirthDate)?;
    Ok(IinInfo { birth_date, sex })
}

/// The birth date an IIN encodes.
pub fn iin_birth_date(s: &str) -> Result<NaiveDate, IdError> {
    parse_iin(s).map(|i| i.birth_date)
}

/// The kind of entity in a BIN's fifth digit. Values we have no meaning for are kept, not refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// 4: a resident legal entity.
    ResidentLegalEntity,
    /// 5: a non-resident legal entity.
    NonResidentLegalEntity,
    /// 6: an individual entrepreneur in the form of a joint enterprise.
    JointEntrepreneur,
    /// Any other digit: not interpreted.
    Other(u8),
}

/// What a BIN says about the entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BinInfo {
    /// The last two digits of the year of registration (the century is not encoded).
    pub registration_yy: u8,
    pub registration_month: u8,
    pub entity: EntityKind,
}

/// Reads a BIN: check digit and month of registration; the entity digit is decoded, not enforced.
pub fn parse_bin(s: &str) -> Result<BinInfo, IdError> {
    let d = checked_digits(s)?;
    let month = two(&d[2..4]) as u8;
    if !(1..=12).contains(&month) {
        return Err(IdError::RegistrationMonth);
    }
    let entity = match d[4] {
        4 => EntityKind::ResidentLegalEntity,
        5 => EntityKind::NonResidentLegalEntity,
        6 => EntityKind::JointEntrepreneur,
        x => EntityKind::Other(x),
    };
    Ok(BinInfo {
        registration_yy: two(&d[0..2]) as u8,
        registration_month: month,
        entity,
    })
}

/// `validator` custom validator for an IIN.
pub fn validate_iin(s: &str) -> Result<(), ValidationError> {
    parse_iin(s)
        .map(|_| ())
        .map_err(IdError::into_validation_error)
}

/// `validator` custom validator for a BIN.
pub fn validate_bin(s: &str) -> Result<(), ValidationError> {
    parse_bin(s)
        .map(|_| ())
        .map_err(IdError::into_validation_error)
}

/// The identification numbers of a case, as the user typed them. `None` means not given (nothing is checked).
#[derive(Clone, Debug, Default, PartialEq, Eq, Validate)]
pub struct Identity {
    /// The employer's BIN.
    #[validate(custom(function = "validate_bin"))]
    pub employer_bin: Option<String>,
    /// The foreign worker's IIN, if one was assigned.
    #[validate(custom(function = "validate_iin"))]
    pub worker_iin: Option<String>,
}

/// Whether a birth date from a passport agrees with an IIN. `None` when the IIN cannot be read (its own error is
/// reported separately).
pub fn iin_matches_birth_date(iin: &str, passport_birth_date: NaiveDate) -> Option<bool> {
    iin_birth_date(iin).ok().map(|d| d == passport_birth_date)
}

/// The state of a number field while the user types: the interface stays quiet until there is something to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InputState {
    /// Fewer than 12 digits and nothing but digits: still being typed.
    Incomplete,
    Invalid(IdError),
    Valid,
}

fn input_state(s: &str, parse: fn(&str) -> Result<(), IdError>) -> InputState {
    match digits(s) {
        Err(e) => InputState::Invalid(e),
        Ok(d) if d.len() < 12 => InputState::Incomplete,
        Ok(_) => match parse(s) {
            Ok(()) => InputState::Valid,
            Err(e) => InputState::Invalid(e),
        },
    }
}

/// The state of an IIN field while it is being typed.
pub fn iin_input_state(s: &str) -> InputState {
    input_state(s, |t| parse_iin(t).map(|_| ()))
}

/// The state of a BIN field while it is being typed.
pub fn bin_input_state(s: &str) -> InputState {
    input_state(s, |t| parse_bin(t).map(|_| ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Appends the check digit to 11 digits; `None` when there is none.
    fn complete(first11: &str) -> Option<String> {
        let d: [u8; 11] = first11
            .bytes()
            .map(|b| b - b'0')
            .collect::<Vec<_>>()
            .try_into()
            .unwrap();
        check_digit(&d).map(|c| format!("{first11}{c}"))
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn yymmdd(date: NaiveDate) -> String {
        use chrono::Datelike;
        format!(
            "{:02}{:02}{:02}",
            date.year() % 100,
            date.month(),
            date.day()
        )
    }

    /// The first weighting's sum modulo 11.
    fn first_pass(first11: &str) -> u32 {
        first11
            .bytes()
            .zip(1..=11)
            .map(|(b, w)| u32::from(b - b'0') * w)
            .sum::<u32>()
            % 11
    }

    #[test]
    fn invisible_characters_are_dropped_and_other_digits_read_as_digits() {
        // 900515300018 is valid (hand-worked below). Pasted with a right-to-left mark, a zero-width space and a
        // left-to-right isolate, it is the same number; so is it in full-width or Arabic-Indic digits.
        let born = ymd(1990, 5, 15);
        for typed in [
            "\u{200F}900515300018",
            "900515\u{200B}300018\u{2069}",
            "\u{2066}900515300018\u{2069}",
            "\u{FEFF} 900515300018 ",
            "９００５１５３０００１８",
            "٩٠٠٥١٥٣٠٠٠١٨",
            "۹۰۰۵۱۵۳۰۰۰۱۸",
        ] {
            assert_eq!(iin_birth_date(typed), Ok(born), "{typed:?}");
            assert_eq!(iin_input_state(typed), InputState::Valid, "{typed:?}");
        }
        // The BIN 040540000123 with an RLM before it and Arabic-Indic digits.
        assert!(parse_bin("\u{200F}٠٤٠٥٤٠٠٠٠١٢٣").is_ok());
        // Still typing, with a mark: incomplete, not "only digits".
        assert_eq!(bin_input_state("\u{200F}04054"), InputState::Incomplete);
        // A visible letter or an inner space is still refused, and an invisible character does not count as a digit.
        assert_eq!(parse_iin("90051530001O"), Err(IdError::NotDigits));
        assert_eq!(parse_iin("900515 300018"), Err(IdError::NotDigits));
        assert_eq!(parse_iin("90051530001\u{200B}"), Err(IdError::WrongLength));
    }

    #[test]
    fn hand_worked_check_digits() {
        // 9 0 0 5 1 5 3 0 0 0 1 × 1..11 = 9+0+0+20+5+30+21+0+0+0+11 = 96; 96 mod 11 = 8.
        assert_eq!(check_digit(&[9, 0, 0, 5, 1, 5, 3, 0, 0, 0, 1]), Some(8));
        assert_eq!(
            parse_iin("900515300018"),
            Ok(IinInfo {
                birth_date: ymd(1990, 5, 15),
                sex: Sex::Male
            })
        );
        // 9 0 0 5 1 5 3 0 0 9 0 × 1..11 = 9+20+5+30+21+90 = 175; 175 mod 11 = 10, so the second weighting:
        // × 3,4,5,6,7,8,9,10,11,1,2 = 27+30+7+40+27+9 = 140; 140 mod 11 = 8.
        assert_eq!(check_digit(&[9, 0, 0, 5, 1, 5, 3, 0, 0, 9, 0]), Some(8));
        assert_eq!(validate_iin("900515300908"), Ok(()));
        // 9 0 0 5 1 5 3 0 0 9 1: first 175+11 = 186 ≡ 10, second 140+2 = 142 ≡ 10: no valid number.
        assert_eq!(check_digit(&[9, 0, 0, 5, 1, 5, 3, 0, 0, 9, 1]), None);
        for last in 0..=9 {
            assert_eq!(
                parse_iin(&format!("90051530091{last}")),
                Err(IdError::NoCheckDigit)
            );
        }
        // BIN 0 4 0 5 4 0 0 0 0 1 2 × 1..11 = 8+20+20+10+22 = 80; 80 mod 11 = 3 (registered May 2004, resident).
        assert_eq!(
            parse_bin("040540000123"),
            Ok(BinInfo {
                registration_yy: 4,
                registration_month: 5,
                entity: EntityKind::ResidentLegalEntity
            })
        );
    }

    #[test]
    fn constructed_iins_are_valid_and_any_changed_digit_is_caught() {
        let people = [
            (ymd(1985, 1, 2), '3', Sex::Male),
            (ymd(1979, 12, 31), '4', Sex::Female),
            (ymd(2000, 2, 29), '5', Sex::Male),
            (ymd(2004, 7, 1), '6', Sex::Female),
            (ymd(1899, 6, 30), '2', Sex::Female),
        ];
        let mut checked = 0;
        for (birth, century, sex) in people {
            for serial in 0..40 {
                let Some(iin) = complete(&format!("{}{century}{serial:04}", yymmdd(birth))) else {
                    assert_eq!(
                        iin_input_state(&format!("{}{century}{serial:04}0", yymmdd(birth))),
                        InputState::Invalid(IdError::NoCheckDigit)
                    );
                    continue;
                };
                assert_eq!(
                    parse_iin(&iin),
                    Ok(IinInfo {
                        birth_date: birth,
                        sex
                    }),
                    "{iin}"
                );
                assert_eq!(iin_input_state(&iin), InputState::Valid);
                // Change the check digit: always caught.
                let last = iin.as_bytes()[11] - b'0';
                let wrong = format!("{}{}", &iin[..11], (last + 1) % 10);
                assert_eq!(parse_iin(&wrong), Err(IdError::CheckDigit), "{wrong}");
                // Change one digit in positions 1..10 (weights 1..10, all invertible mod 11): when the changed
                // number still takes the first weighting, its check digit must differ, so it is refused. (When
                // it falls to the second weighting it may, by chance, be valid: the scheme allows that.)
                for pos in 0..10 {
                    let mut b = iin.clone().into_bytes();
                    b[pos] = if b[pos] == b'9' { b'0' } else { b[pos] + 1 };
                    let changed = String::from_utf8(b).unwrap();
                    if first_pass(&iin[..11]) != 10 && first_pass(&changed[..11]) != 10 {
                        assert_eq!(
                            checked_digits(&changed).unwrap_err(),
                            IdError::CheckDigit,
                            "{changed}"
                        );
                    }
                }
                checked += 1;
            }
        }
        assert!(checked > 150, "{checked}");
    }

    #[test]
    fn impossible_dates_and_centuries_are_refused() {
        // 31 Feb 1990, with a right check digit.
        let feb31 = complete("90023130001").unwrap();
        assert_eq!(parse_iin(&feb31), Err(IdError::BirthDate));
        // 29 Feb 1900 (not a leap year) vs 29 Feb 2000 (leap).
        let no_leap = complete("00022930001").unwrap();
        assert_eq!(parse_iin(&no_leap), Err(IdError::BirthDate));
        let leap = complete("00022950001").unwrap();
        assert_eq!(iin_birth_date(&leap), Ok(ymd(2000, 2, 29)));
        for century in ['0', '7', '8', '9'] {
            if let Some(iin) = complete(&format!("900515{century}0001")) {
                assert_eq!(parse_iin(&iin), Err(IdError::CenturyDigit), "{iin}");
            }
        }
    }

    #[test]
    fn bins_check_the_month_and_keep_unknown_entity_digits() {
        let b = complete("17034100007").unwrap();
        assert_eq!(
            parse_bin(&b).unwrap().entity,
            EntityKind::ResidentLegalEntity
        );
        let b = complete("17035100007").unwrap();
        assert_eq!(
            parse_bin(&b).unwrap().entity,
            EntityKind::NonResidentLegalEntity
        );
        let b = complete("17036100007").unwrap();
        assert_eq!(parse_bin(&b).unwrap().entity, EntityKind::JointEntrepreneur);
        let b = complete("17039100007").unwrap();
        assert_eq!(parse_bin(&b).unwrap().entity, EntityKind::Other(9));
        let b = complete("17134100007").unwrap();
        assert_eq!(parse_bin(&b), Err(IdError::RegistrationMonth));
        let b = complete("17004100007").unwrap();
        assert_eq!(validate_bin(&b).unwrap_err().code, "registration_month");
    }

    #[test]
    fn input_state_is_quiet_while_typing() {
        assert_eq!(iin_input_state(""), InputState::Incomplete);
        assert_eq!(iin_input_state("9005"), InputState::Incomplete);
        assert_eq!(iin_input_state(" 90051530001 "), InputState::Incomplete);
        assert_eq!(
            iin_input_state("9005a"),
            InputState::Invalid(IdError::NotDigits)
        );
        assert_eq!(iin_input_state("900515300018"), InputState::Valid);
        assert_eq!(
            iin_input_state("900515300019"),
            InputState::Invalid(IdError::CheckDigit)
        );
        assert_eq!(
            iin_input_state("9005153000180"),
            InputState::Invalid(IdError::WrongLength)
        );
        assert_eq!(bin_input_state("040540000123"), InputState::Valid);
        assert_eq!(bin_input_state("04054"), InputState::Incomplete);
    }

    #[test]
    fn identity_is_checked_through_validator() {
        let good = Identity {
            employer_bin: Some("040540000123".into()),
            worker_iin: Some("900515300018".into()),
        };
        assert!(good.validate().is_ok());
        assert!(Identity::default().validate().is_ok());
        let bad = Identity {
            employer_bin: Some("040540000124".into()),
            worker_iin: Some("900515300019".into()),
        };
        let errors = bad.validate().unwrap_err();
        let fields = errors.field_errors();
        assert_eq!(fields["employer_bin"][0].code, "check_digit");
        assert_eq!(fields["worker_iin"][0].code, "check_digit");
        assert_eq!(
            iin_matches_birth_date("900515300018", ymd(1990, 5, 15)),
            Some(true)
        );
        assert_eq!(
            iin_matches_birth_date("900515300018", ymd(1990, 5, 16)),
            Some(false)
        );
        assert_eq!(
            iin_matches_birth_date("900515300019", ymd(1990, 5, 15)),
            None
        );
    }

    #[test]
    fn every_error_is_found_from_its_code() {
        for e in IdError::ALL {
            assert_eq!(IdError::from_code(e.code()), Some(e));
        }
        assert_eq!(IdError::from_code("checkdigit"), None);
    }
}
