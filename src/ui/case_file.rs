//! A case as it is kept on this device, and as it will be exported: one text, versioned, that holds everything the
//! user said about the case — its name, the answers (with the real dates: handed in, notice received, the
//! applicant's step done, the permit's expiry, the office hours), and what was said about the documents. Pure (no
//! yew, no browser), so it is tested natively, and fed generated inputs in `tests/case_file_inputs.rs`.
//!
//! The stored formats, oldest first (a test reads each one):
//! - **version 1**: the lines of [`documents_state::encode`] alone, kept in the tab's `sessionStorage` under
//!   `ruqsat.documents` by Ruqsat up to issue 12, with no header, no name and no answers (those were in the URL);
//! - **version 2**: a header line `ruqsat-case<TAB>2`, then `name`, `created`, `changed` and `answers` lines, then the
//!   documents' lines of version 1.
//!
//! Reading is strict for version 2: a text that is not whole (a line of a kind it does not know, a line cut short,
//! a number that is not one) is [`Unreadable`], never half read, so the store sets it aside instead of writing a
//! poorer copy over it. A text written by a later version of Ruqsat is unreadable too, and left as it is.

use super::documents_state::{self, DocumentsState};
use super::url;
use ruqsat_core::flow::Answers;

/// The first word of a case's text.
pub const MAGIC: &str = "ruqsat-case";
/// The version this build writes.
pub const VERSION: u32 = 2;

/// One case, as kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseFile {
    /// What the user calls the case (a client's name), or empty.
    pub name: String,
    /// When the case was made and last changed: milliseconds since 1970 (UTC), from the device's clock.
    pub created: u64,
    pub changed: u64,
    pub answers: Answers,
    pub documents: DocumentsState,
}

/// Why a stored text cannot be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unreadable {
    /// Nothing stored, or only blank lines.
    Empty,
    /// A later version of Ruqsat wrote it (its version is given), or the header is not one.
    Version(Option<u32>),
    /// The line (counted from 1) is not one this version writes, or not whole.
    Line(usize),
}

/// Strips the separators from text typed by the user, so a tab or a line break cannot break the format.
fn clean(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '\t' && *c != '\n' && *c != '\r')
        .collect()
}

/// The case as text (version [`VERSION`]).
pub fn encode(case: &CaseFile) -> String {
    let answers = url::to_query(url::Page::Start, &case.answers, false);
    format!(
        "{MAGIC}\t{VERSION}\nname\t{}\ncreated\t{}\nchanged\t{}\nanswers\t{}\n{}",
        clean(&case.name),
        case.created,
        case.changed,
        answers.strip_prefix('?').unwrap_or(&answers),
        documents_state::encode(&case.documents)
    )
}

/// Reads a stored text of any version this build knows.
pub fn decode(text: &str) -> Result<CaseFile, Unreadable> {
    let mut lines = text.lines().enumerate();
    let Some((_, first)) = lines.clone().find(|(_, l)| !l.trim().is_empty()) else {
        return Err(Unreadable::Empty);
    };
    let Some(version) = first.strip_prefix(MAGIC) else {
        return Ok(from_version_1(text));
    };
    match version.strip_prefix('\t').map(str::parse::<u32>) {
        Some(Ok(VERSION)) => {}
        Some(Ok(later)) => return Err(Unreadable::Version(Some(later))),
        _ => return Err(Unreadable::Version(None)),
    }
    let mut case = CaseFile::default();
    let mut documents = String::new();
    // Skip to the header, then read each line after it.
    lines.find(|(_, l)| l.starts_with(MAGIC));
    for (i, line) in lines {
        let bad = Unreadable::Line(i + 1);
        let (kind, rest) = line.split_once('\t').unwrap_or((line, ""));
        match kind {
            "name" => case.name = clean(rest),
            "created" => case.created = rest.parse().map_err(|_| bad)?,
            "changed" => case.changed = rest.parse().map_err(|_| bad)?,
            "answers" => {
                // Collected first: the URL's own reader is then the same code as for the browser's query.
                let pairs: Vec<(String, String)> = rest
                    .split('&')
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        let (k, v) = p.split_once('=').unwrap_or((p, ""));
                        (k.to_string(), v.to_string())
                    })
                    .collect();
                let loc = url::read(pairs);
                // An answer this version cannot read would be lost on the next save: the case is set aside instead.
                if !loc.dropped.is_empty()
                    || loc.page.is_some()
                    || loc.from_check
                    || loc.case.is_some()
                {
                    return Err(bad);
                }
                case.answers = loc.answers;
            }
            "ids" | "born" | "doc" => {
                if !documents_state::is_whole_line(line) {
                    return Err(bad);
                }
                documents.push_str(line);
                documents.push('\n');
            }
            "" if rest.is_empty() => {}
            _ => return Err(bad),
        }
    }
    case.documents = documents_state::decode(&documents);
    Ok(case)
}

/// Version 1: the documents' lines alone. They were read leniently then (a line not understood was skipped), and
/// still are: the answers of such a case are in the URL that goes with it.
fn from_version_1(text: &str) -> CaseFile {
    CaseFile {
        documents: documents_state::decode(text),
        ..CaseFile::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::documents_state::DocChange;
    use ruqsat_core::case::Channel;
    use ruqsat_core::editions::EditionId;
    use ruqsat_core::flow::{Need, Who};

    fn sample() -> CaseFile {
        let mut documents = DocumentsState {
            bin: "170440012345".into(),
            ..DocumentsState::default()
        };
        documents.change("b-general-issue-application", DocChange::Have(true));
        documents.change("b-general-issue-passport", DocChange::Have(true));
        CaseFile {
            name: "Client 1 — Aqtau\tLLP".into(),
            created: 1_764_547_200_000,
            changed: 1_764_633_600_000,
            answers: Answers {
                who: Some(Who::Employer),
                edition: Some(EditionId::Zhambyl2017),
                need: Some(Need::First),
                channel: Some(Channel::Office),
                submitted: url::parse_instant("2017-12-04T10:00"),
                notice_received: url::parse_day("2017-12-29"),
                ..Answers::default()
            },
            documents,
        }
    }

    #[test]
    fn a_case_round_trips_and_its_name_loses_only_the_separators() {
        let case = sample();
        let text = encode(&case);
        assert!(
            text.starts_with("ruqsat-case\t2\nname\tClient 1 — AqtauLLP\n"),
            "{text}"
        );
        assert!(text.contains("\nanswers\twho=employer&edition=zhambyl-2017&need=first&channel=office&submitted=2017-12-04T10:00&notice=2017-12-29\n"), "{text}");
        let back = decode(&text).unwrap();
        assert_eq!(
            back,
            CaseFile {
                name: "Client 1 — AqtauLLP".into(),
                ..case
            }
        );
        assert_eq!(encode(&back), text);
    }

    /// Today's `sessionStorage` text (version 1, written by `documents_state::encode` up to issue 12): read as a case
    /// with its documents, no name and no answers.
    #[test]
    fn version_1_is_read_as_a_case_of_documents() {
        let v1 = "ids\t170440012345\t\t2\nborn\t5\t3\t1980\n\
                  doc\tb-general-issue-passport\t1\t1\t6\t2027\t\t\tpdf,1000,0,0\t0\t0\t0\n\
                  doc\tb-general-issue-education\t1\t\t\t\t1\t\t\n";
        let case = decode(v1).unwrap();
        assert_eq!(case.name, "");
        assert_eq!(case.answers, Answers::default());
        let d = &case.documents;
        assert_eq!(
            (d.bin.as_str(), d.checks, d.born.year.as_str()),
            ("170440012345", 2, "1980")
        );
        assert_eq!(d.entries.len(), 2);
        assert_eq!(
            d.entry("b-general-issue-passport")
                .unwrap()
                .provided
                .valid_until,
            url::parse_day("2027-06-01")
        );
        assert_eq!(
            d.entry("b-general-issue-education")
                .unwrap()
                .provided
                .legalised,
            Some(true)
        );
        // Saved again, it is a version 2 text that reads back the same.
        assert_eq!(decode(&encode(&case)).unwrap(), case);
    }

    #[test]
    fn a_text_not_whole_or_from_a_later_version_is_unreadable() {
        let text = encode(&sample());
        assert_eq!(decode(""), Err(Unreadable::Empty));
        assert_eq!(decode("\n \n"), Err(Unreadable::Empty));
        assert_eq!(
            decode(&text.replace("ruqsat-case\t2", "ruqsat-case\t3")),
            Err(Unreadable::Version(Some(3)))
        );
        assert_eq!(
            decode(&text.replace("ruqsat-case\t2", "ruqsat-case")),
            Err(Unreadable::Version(None))
        );
        // Line 3 is `created`: not a number.
        assert_eq!(
            decode(&text.replace("created\t1764547200000", "created\tyesterday")),
            Err(Unreadable::Line(3))
        );
        // An answer this version does not know (line 5).
        assert_eq!(
            decode(&text.replace("need=first", "need=someday")),
            Err(Unreadable::Line(5))
        );
        // A document's line cut short (the last line).
        let cut = &text[..text.len() - 4];
        assert!(matches!(decode(cut), Err(Unreadable::Line(_))), "{cut}");
        // A kind of line not written by this version.
        assert!(matches!(
            decode(&format!("{text}colour\tblue\n")),
            Err(Unreadable::Line(_))
        ));
    }
}
