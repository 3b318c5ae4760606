//! The cases kept on this device: each under its own key in the browser's `localStorage` (`ruqsat.case.<id>`), as the
//! text of [`case_file`]. Pure: the shell hands it what storage holds (`browser::stored_cases`), so what it makes of
//! it is tested natively. Nothing here leaves the device.

use super::case_file::{self, CaseFile, Unreadable};
use ruqsat_core::flow::Answers;

/// The prefix of a case's key.
pub const PREFIX: &str = "ruqsat.case.";

/// The key a case is kept under.
pub fn key(id: &str) -> String {
    format!("{PREFIX}{id}")
}

/// A new case's id: the clock's milliseconds and a random number, in base 36 (short enough for a URL, and two cases
/// started in the same millisecond still differ).
pub fn new_id(now_ms: u64, random: u32) -> String {
    fn base36(mut n: u64, out: &mut String) {
        let start = out.len();
        loop {
            out.insert(start, char::from_digit((n % 36) as u32, 36).unwrap_or('0'));
            n /= 36;
            if n == 0 {
                break;
            }
        }
    }
    let mut id = String::new();
    base36(now_ms, &mut id);
    id.push('-');
    base36(random.into(), &mut id);
    id
}

/// Whether a text is an id [`new_id`] could have made: what a URL's `case=` may hold.
pub fn is_id(s: &str) -> bool {
    (3..=30).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// One case as found in storage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    pub id: String,
    pub file: Result<CaseFile, Set>,
}

/// A stored text that cannot be read: kept as it is (never written over), to be reported and offered for download.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Set {
    pub why: Unreadable,
    pub text: String,
}

/// The cases among storage's items (`(key, text)`; other keys are not cases), in storage's order.
pub fn read_all(items: impl IntoIterator<Item = (String, String)>) -> Vec<Kept> {
    items
        .into_iter()
        .filter_map(|(key, text)| {
            let id = key.strip_prefix(PREFIX)?.to_string();
            let file = case_file::decode(&text).map_err(|why| Set { why, text });
            Some(Kept { id, file })
        })
        .collect()
}

/// The readable case changed last, other than `but` (the page's own).
pub fn last_changed(kept: Vec<Kept>, but: &str) -> Option<(String, CaseFile)> {
    kept.into_iter()
        .filter_map(|k| Some((k.id, k.file.ok()?)))
        .filter(|(id, _)| id != but)
        .max_by_key(|(_, f)| f.changed)
}

/// The readable cases, each with its id, and the unreadable ones.
pub type Listing = (Vec<(String, CaseFile)>, Vec<(String, Set)>);

/// The readable cases, the last changed first, and the unreadable ones, in storage's order.
pub fn listing(kept: Vec<Kept>) -> Listing {
    let mut readable = Vec::new();
    let mut unreadable = Vec::new();
    for k in kept {
        match k.file {
            Ok(f) => readable.push((k.id, f)),
            Err(set) => unreadable.push((k.id, set)),
        }
    }
    // Newest first; ties by id, so the order is the same on every render.
    readable
        .sort_unstable_by(|(a, fa), (b, fb)| fb.changed.cmp(&fa.changed).then_with(|| a.cmp(b)));
    (readable, unreadable)
}

/// Who writes a case, and so which part of it is theirs. Each page changes only its own part and keeps the rest as
/// stored ([`to_store`]), so a page left open in another tab never writes back what the other page changed since.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writer {
    /// The journey: the answers (all but the result) and the documents. `seen_kept`: whether this page has seen the
    /// case kept, so that a case gone from storage since was deleted (on the cases page) and is not made again.
    Journey { seen_kept: bool },
    /// The cases page: the name and the result.
    CasesPage,
    /// A whole case made on the cases page (a duplicate, a shared link's case): written as it is.
    New,
}

/// The text to store for `file` as `writer` changed it, over what storage holds for the case (`stored`). `None`:
/// nothing to write, because the stored text cannot be read (it is set aside, never written over) or the case was
/// deleted since the page saw it.
#[inline(always)]
pub fn to_store(stored: Option<&str>, mut file: CaseFile, writer: Writer) -> Option<String> {
    match (stored.map(case_file::decode), writer) {
        (Some(Err(_)), _) | (None, Writer::Journey { seen_kept: true } | Writer::CasesPage) => {
            return None
        }
        (Some(Ok(old)), Writer::Journey { .. }) => {
            file.name = old.name;
            file.answers.outcome = old.answers.outcome;
        }
        (Some(Ok(old)), Writer::CasesPage) => {
            file.answers = Answers {
                outcome: file.answers.outcome,
                ..old.answers
            };
            file.documents = old.documents;
        }
        _ => {}
    }
    Some(case_file::encode(&file))
}

/// A copy of a case to go on from separately: everything it holds, named as a copy (`suffix`: " (copy)"), made now.
pub fn duplicate(file: &CaseFile, suffix: &str, now_ms: u64) -> CaseFile {
    CaseFile {
        name: format!("{}{suffix}", file.name.trim()),
        created: now_ms,
        changed: now_ms,
        ..file.clone()
    }
}

/// Asia/Almaty's offset from UTC (UTC+5 since 1 March 2024), for the moments the device's clock gives.
const ALMATY_MS: u64 = 5 * 3600 * 1000;

/// The time in Almaty at a moment given in milliseconds since 1970 (UTC): the agenda's "now".
pub fn almaty(ms: u64) -> Option<chrono::NaiveDateTime> {
    let ms = i64::try_from(ms.checked_add(ALMATY_MS)?).ok()?;
    chrono::DateTime::from_timestamp_millis(ms).map(|t| t.naive_utc())
}

/// Whether a case holds anything worth keeping: an answer, a name, or something said about a document.
pub fn is_blank(file: &CaseFile) -> bool {
    file.name.is_empty()
        && file.answers == Default::default()
        && file.documents == Default::default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::documents_state::IdField;

    fn case(changed: u64, bin: &str) -> CaseFile {
        let mut f = CaseFile {
            changed,
            ..CaseFile::default()
        };
        f.documents.set_id(IdField::EmployerBin, bin.into());
        f
    }

    #[test]
    fn ids_are_short_distinct_and_safe_in_a_url() {
        // 1 December 2026, 00:00 UTC.
        let a = new_id(1_796_083_200_000, 1);
        let b = new_id(1_796_083_200_000, 2);
        assert_eq!(a, "mx3xkao0-1");
        assert_ne!(a, b);
        assert!(is_id(&a) && is_id(&new_id(u64::MAX, u32::MAX)));
        assert!(!is_id("") && !is_id("a&b=c") && !is_id(&"x".repeat(31)));
    }

    #[test]
    fn the_last_changed_case_is_offered_and_unreadable_ones_are_set_aside_as_they_are() {
        let items = vec![
            ("ruqsat.lang".to_string(), "ru".to_string()),
            (key("old"), case_file::encode(&case(100, "1"))),
            (
                key("broken"),
                "ruqsat-case\t2\ncreated\tyesterday\n".to_string(),
            ),
            (key("new"), case_file::encode(&case(200, "2"))),
        ];
        let kept = read_all(items);
        let ids: Vec<&str> = kept.iter().map(|k| k.id.as_str()).collect();
        assert_eq!(ids, ["old", "broken", "new"]);
        assert_eq!(
            kept[1].file,
            Err(Set {
                why: Unreadable::Line(2),
                text: "ruqsat-case\t2\ncreated\tyesterday\n".into()
            })
        );
        let last = last_changed(kept.clone(), "page").unwrap();
        assert_eq!(
            (last.0.as_str(), last.1.documents.bin.as_str()),
            ("new", "2")
        );
        // The page's own case is not offered to itself.
        assert_eq!(last_changed(kept, "new").unwrap().0, "old");
    }

    #[test]
    fn the_list_shows_the_last_changed_first_and_sets_the_unreadable_apart() {
        let items = vec![
            (key("a"), case_file::encode(&case(100, "1"))),
            (key("bad"), "ruqsat-case\t9\n".to_string()),
            (key("c"), case_file::encode(&case(300, "3"))),
            (key("b"), case_file::encode(&case(200, "2"))),
        ];
        let (readable, unreadable) = listing(read_all(items));
        let ids: Vec<&str> = readable.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(ids, ["c", "b", "a"]);
        assert_eq!(unreadable.len(), 1);
        assert_eq!(unreadable[0].0, "bad");
        assert_eq!(unreadable[0].1.why, Unreadable::Version(Some(9)));
        assert_eq!(unreadable[0].1.text, "ruqsat-case\t9\n");
    }

    #[test]
    fn a_duplicate_holds_everything_but_is_named_and_dated_as_a_copy() {
        let mut f = case(100, "170440012345");
        f.name = "Client 1 ".into();
        f.created = 50;
        let copy = duplicate(&f, " (copy)", 1_000);
        assert_eq!(copy.name, "Client 1 (copy)");
        assert_eq!((copy.created, copy.changed), (1_000, 1_000));
        assert_eq!(copy.documents, f.documents);
        assert_eq!(copy.answers, f.answers);
    }

    /// The seeds' case in a tab of the journey and on the cases page in another: each writes only its own part.
    #[test]
    fn each_page_writes_its_own_part_of_a_case_and_keeps_the_other_pages_part() {
        use ruqsat_core::case::Outcome;
        let day = |d| chrono::NaiveDate::from_ymd_opt(2018, 1, d).unwrap();
        let mut stored = case(100, "170440012345");
        stored.name = "Client 1".into();
        stored.answers.outcome = Some((Outcome::Received, day(23)));
        let stored_text = case_file::encode(&stored);
        // The journey, opened before the case was named and its result recorded, ticks a document and gives the
        // notice's day: the name and the result stay.
        let mut journey = case(200, "170440012345");
        journey.answers.notice_received = Some(day(10));
        journey
            .documents
            .set_id(IdField::WorkerIin, "850101300123".into());
        let seen_kept = Writer::Journey { seen_kept: true };
        let written =
            case_file::decode(&to_store(Some(&stored_text), journey.clone(), seen_kept).unwrap())
                .unwrap();
        assert_eq!(written.name, "Client 1");
        assert_eq!(written.answers.outcome, Some((Outcome::Received, day(23))));
        assert_eq!(written.answers.notice_received, Some(day(10)));
        assert_eq!(written.documents, journey.documents);
        assert_eq!(written.changed, 200);
        // The cases page, showing the case as it was before the journey's change, removes the result and renames
        // it: the journey's notice day and documents stay.
        let journey_text = case_file::encode(&written);
        let mut page = stored.clone();
        page.name = "Client 1, Almaty".into();
        page.answers.outcome = None;
        page.changed = 300;
        let written =
            case_file::decode(&to_store(Some(&journey_text), page, Writer::CasesPage).unwrap())
                .unwrap();
        assert_eq!(written.name, "Client 1, Almaty");
        assert_eq!(written.answers.outcome, None);
        assert_eq!(written.answers.notice_received, Some(day(10)));
        assert_eq!(written.documents, journey.documents);
        // A new case is written whole; an unreadable text is never written over.
        assert_eq!(
            to_store(None, stored.clone(), Writer::New),
            Some(stored_text.clone())
        );
        for writer in [seen_kept, Writer::CasesPage, Writer::New] {
            assert_eq!(
                to_store(Some("ruqsat-case\t9\n"), stored.clone(), writer),
                None
            );
        }
    }

    /// A case deleted on the cases page (or by "Delete all my data") while the journey has it open is not made again
    /// by the journey's next change; a case the journey has never seen kept is kept.
    #[test]
    fn a_case_deleted_in_another_tab_is_not_made_again() {
        let f = case(100, "170440012345");
        assert_eq!(
            to_store(None, f.clone(), Writer::Journey { seen_kept: true }),
            None
        );
        assert_eq!(to_store(None, f.clone(), Writer::CasesPage), None);
        assert_eq!(
            to_store(None, f.clone(), Writer::Journey { seen_kept: false }),
            Some(case_file::encode(&f))
        );
    }

    #[test]
    fn almaty_time_is_five_hours_ahead_of_utc() {
        // 1 December 2026, 20:00 UTC is 2 December, 01:00 in Almaty.
        let t = almaty(1_796_083_200_000 + 20 * 3_600_000).unwrap();
        assert_eq!(t.to_string(), "2026-12-02 01:00:00");
        assert!(almaty(u64::MAX).is_none());
    }

    #[test]
    fn a_case_with_nothing_said_is_blank() {
        assert!(is_blank(&CaseFile::default()));
        assert!(!is_blank(&case(0, "1")));
        let named = CaseFile {
            name: "Client 2".into(),
            ..CaseFile::default()
        };
        assert!(!is_blank(&named));
    }
}
