//! The `l` list: every exercise, filtered by name, topic or state, with
//! Enter to jump to one.

use console::{Key, style};

use crate::catalogue::{Catalogue, Kind};
use crate::state::State;

#[derive(Clone, Copy, PartialEq, Eq)]
enum StateFilter {
    All,
    Pending,
    Done,
}

pub struct ListView {
    /// Catalogue index of the highlighted exercise.
    selected: usize,
    filter: String,
    typing: bool,
    state_filter: StateFilter,
    topic: Option<String>,
}

pub enum Action {
    Stay,
    Close,
    Jump(usize),
}

impl ListView {
    pub fn new(current: usize) -> ListView {
        ListView {
            selected: current,
            filter: String::new(),
            typing: false,
            state_filter: StateFilter::All,
            topic: None,
        }
    }

    /// Catalogue indices shown, in order.
    fn rows(&self, catalogue: &Catalogue, state: &State) -> Vec<usize> {
        let needle = self.filter.to_lowercase();
        catalogue
            .exercises
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                let done = state.is_done(e);
                let state_ok = match self.state_filter {
                    StateFilter::All => true,
                    StateFilter::Pending => !done,
                    StateFilter::Done => done,
                };
                let topic_ok = self.topic.as_deref().is_none_or(|t| e.topic() == t);
                let text_ok = needle.is_empty()
                    || e.name.to_lowercase().contains(&needle)
                    || e.topic().to_lowercase().contains(&needle);
                state_ok && topic_ok && text_ok
            })
            .map(|(i, _)| i)
            .collect()
    }

    pub fn on_key(&mut self, key: &Key, catalogue: &Catalogue, state: &State) -> Action {
        if self.typing {
            match key {
                Key::Char(c) if !c.is_control() => self.filter.push(*c),
                Key::Backspace => {
                    self.filter.pop();
                }
                Key::Enter | Key::Escape => self.typing = false,
                _ => {}
            }
            self.keep_selection(catalogue, state);
            return Action::Stay;
        }
        let rows = self.rows(catalogue, state);
        let at = rows.iter().position(|&i| i == self.selected);
        let move_to = |offset: isize| -> Option<usize> {
            if rows.is_empty() {
                return None;
            }
            let from = at.unwrap_or(0) as isize;
            let to = (from + offset).clamp(0, rows.len() as isize - 1);
            Some(rows[to as usize])
        };
        let target = match key {
            Key::ArrowDown | Key::Char('j') => move_to(1),
            Key::ArrowUp | Key::Char('k') => move_to(-1),
            Key::PageDown => move_to(10),
            Key::PageUp => move_to(-10),
            Key::Home | Key::Char('g') => rows.first().copied(),
            Key::End | Key::Char('G') => rows.last().copied(),
            Key::Enter => {
                return match at {
                    Some(_) => Action::Jump(self.selected),
                    None => Action::Stay,
                };
            }
            Key::Escape | Key::Char('q') | Key::Char('l') => return Action::Close,
            Key::Char('/') => {
                self.typing = true;
                None
            }
            Key::Char('s') => {
                self.state_filter = match self.state_filter {
                    StateFilter::All => StateFilter::Pending,
                    StateFilter::Pending => StateFilter::Done,
                    StateFilter::Done => StateFilter::All,
                };
                self.keep_selection(catalogue, state);
                None
            }
            Key::Char('t') => {
                let mut topics: Vec<&str> = Vec::new();
                for e in &catalogue.exercises {
                    if !topics.contains(&e.topic()) {
                        topics.push(e.topic());
                    }
                }
                self.topic = match &self.topic {
                    None => topics.first().map(|t| t.to_string()),
                    Some(t) => {
                        let i = topics.iter().position(|x| x == t);
                        i.and_then(|i| topics.get(i + 1)).map(|t| t.to_string())
                    }
                };
                self.keep_selection(catalogue, state);
                None
            }
            _ => None,
        };
        if let Some(t) = target {
            self.selected = t;
        }
        Action::Stay
    }

    /// After a filter change, keeps the selection on a visible row.
    fn keep_selection(&mut self, catalogue: &Catalogue, state: &State) {
        let rows = self.rows(catalogue, state);
        if !rows.contains(&self.selected)
            && let Some(&first) = rows.iter().find(|&&i| i >= self.selected).or(rows.first())
        {
            self.selected = first;
        }
    }

    pub fn render(
        &self,
        catalogue: &Catalogue,
        state: &State,
        current: usize,
        width: usize,
        height: usize,
    ) -> Vec<String> {
        let rows = self.rows(catalogue, state);
        let mut lines = Vec::new();
        let state_name = match self.state_filter {
            StateFilter::All => "all",
            StateFilter::Pending => "not done",
            StateFilter::Done => "done",
        };
        let filter = if self.typing {
            format!("/{}▏", self.filter)
        } else if self.filter.is_empty() {
            "none (/ to type)".to_string()
        } else {
            format!("/{}", self.filter)
        };
        lines.push(format!(
            "{}  state: {}  topic: {}  filter: {}",
            style(format!("{} exercises", rows.len())).bold(),
            style(state_name).cyan(),
            style(self.topic.as_deref().unwrap_or("all")).cyan(),
            style(filter).cyan()
        ));
        lines.push(String::new());
        let visible = height.saturating_sub(2).max(1);
        let at = rows.iter().position(|&i| i == self.selected).unwrap_or(0);
        let start = at
            .saturating_sub(visible / 2)
            .min(rows.len().saturating_sub(visible));
        let name_width = catalogue
            .exercises
            .iter()
            .map(|e| e.name.len())
            .max()
            .unwrap_or(8);
        for &i in rows.iter().skip(start).take(visible) {
            let e = &catalogue.exercises[i];
            let done = state.is_done(e);
            let mark = if done {
                style("✓").green()
            } else {
                style("·").dim()
            };
            let kind = if e.kind() == Kind::Quiz { "quiz" } else { "" };
            let here = if i == current { " ◀ current" } else { "" };
            let text = format!(
                "{mark} {:>3} {:name_width$}  {:12} {:4}{here}",
                i + 1,
                e.name,
                e.topic(),
                kind
            );
            let text = if i == self.selected {
                format!(
                    "{}",
                    style(console::pad_str(
                        &text,
                        width,
                        console::Alignment::Left,
                        None
                    ))
                    .reverse()
                )
            } else {
                text
            };
            lines.push(text);
        }
        if rows.is_empty() {
            lines.push("  No exercise matches these filters.".into());
        }
        lines
    }
}
