//! The app's state and the one reducer that changes it (the `function_todomvc` pattern: plain state + actions).

use std::rc::Rc;

use yew::Reducible;

use crate::core::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState { lang }
    }

    /// The state after an action; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> AppState {
        match action {
            Action::SetLang(lang) => AppState { lang },
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_lang_changes_the_language() {
        let s = AppState::new(Lang::Kk);
        assert_eq!(s.apply(Action::SetLang(Lang::Ru)).lang, Lang::Ru);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(AppState::new(Lang::En));
        let next = s.clone().reduce(Action::SetLang(Lang::En));
        assert!(Rc::ptr_eq(&s, &next));
    }
}
