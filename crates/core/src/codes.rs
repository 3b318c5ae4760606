//! The codes of the core's enums, as the URL, the command line and the CSV files write them, each written once.
//!
//! Every enum a person can choose (who answers, what they need, the service, the applicant, the channel, the
//! category, the edition) has one table of `(value, code)` pairs, declared with [`codes!`](crate::codes). The web
//! app's URL codec and the `ruqsat` program both read and write through [`Code`], so the two cannot disagree.

/// A value with a code of its own, declared in one table.
pub trait Code: Copy + PartialEq + 'static {
    /// Every value and its code, in the order they are offered.
    const CODES: &'static [(Self, &'static str)];

    /// The value's code, e.g. `"employer"`.
    fn code(self) -> &'static str {
        Self::CODES
            .iter()
            .find(|(v, _)| *v == self)
            .map(|&(_, c)| c)
            .expect("every value is in its CODES table (tested)")
    }

    /// The value of a code; `None` for anything else (codes are exact: no case folding, no trimming).
    fn from_code(code: &str) -> Option<Self> {
        Self::CODES
            .iter()
            .find(|(_, c)| *c == code)
            .map(|&(v, _)| v)
    }

    /// The accepted codes for an error message: `"office or portal"`, `"issue, extension or reissue"`.
    fn accepted() -> String {
        let codes: Vec<&str> = Self::CODES.iter().map(|&(_, c)| c).collect();
        match codes.split_last() {
            Some((last, [])) => (*last).to_string(),
            Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
            None => String::new(),
        }
    }
}

/// Declares the code table of an enum: `codes!(Channel { Office => "office", Portal => "portal" });`.
#[macro_export]
macro_rules! codes {
    ($ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $crate::codes::Code for $ty {
            const CODES: &'static [(Self, &'static str)] = &[$(($ty::$variant, $code)),+];
        }
    };
}

#[cfg(test)]
mod tests {
    use super::Code;
    use crate::case::{Applicant, Category, Channel, ServiceKind};
    use crate::editions::EditionId;
    use crate::flow::{Need, Who};

    /// Each table names every value once and every code once, and codes round-trip.
    fn check<T: Code + std::fmt::Debug>(all: &[T]) {
        assert_eq!(T::CODES.len(), all.len(), "{all:?}: a value without a code");
        for &v in all {
            assert_eq!(T::from_code(v.code()), Some(v));
        }
        let mut codes: Vec<&str> = T::CODES.iter().map(|&(_, c)| c).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), T::CODES.len(), "a code used twice");
    }

    #[test]
    fn every_table_is_complete_and_round_trips() {
        check(&[Who::Employer, Who::Worker, Who::Consultant]);
        check(&[Need::First, Need::RunsOut, Need::Changed, Need::Transfer]);
        check(&ServiceKind::ALL);
        check(&[Applicant::Employer, Applicant::Worker]);
        check(&[Channel::Office, Channel::Portal]);
        check(&Category::ALL);
        check(&EditionId::ALL);
        check(&crate::case::Outcome::ALL);
    }

    #[test]
    fn codes_are_the_ones_urls_and_the_command_line_use() {
        assert_eq!(Channel::Portal.code(), "portal");
        assert_eq!(Need::RunsOut.code(), "runs-out");
        assert_eq!(Category::Three.code(), "3");
        assert_eq!(EditionId::Zhambyl2017.code(), "zhambyl-2017");
        assert_eq!(EditionId::from_code("almaty-2016"), None);
        assert_eq!(Applicant::from_code("Employer"), None, "codes are exact");
        assert_eq!(Channel::accepted(), "office or portal");
        assert_eq!(ServiceKind::accepted(), "issue, extension or reissue");
        use crate::case::Track;
        let ict_issue = (ServiceKind::Issue, Track::IntraCorporateTransfer);
        assert_eq!(ict_issue.code(), "ict-issue");
        assert_eq!(<(ServiceKind, Track)>::from_code("ict"), Some(ict_issue));
        for kind in ServiceKind::ALL {
            for track in [Track::General, Track::IntraCorporateTransfer] {
                assert_eq!(
                    <(ServiceKind, Track)>::from_code((kind, track).code()),
                    Some((kind, track))
                );
            }
        }
        assert_eq!(
            <(ServiceKind, Track)>::accepted(),
            "issue, extension, reissue, ict-issue, ict, ict-extension or ict-reissue"
        );
    }
}
