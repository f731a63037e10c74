//! Reading a quiz's question and choices: outcomes to predict, or code
//! changes to pick from.

use toml::de::DeValue;

use super::parse::{Parser, Table, Value};
use super::{CatalogueError, Choice, Expected, Quiz, is_error_code, letter};

const CHOICE_KEYS: &[&str] = &["says", "error", "prints", "panics", "fix"];
/// Choices are answered with `a` to `d`: letters that no key of the watch
/// screen stands for.
pub const MAX_CHOICES: usize = 4;

impl Parser<'_> {
    pub(super) fn quiz(
        &self,
        table: &Table<'_>,
        item: &Value<'_>,
        place: &str,
    ) -> Result<Quiz, CatalogueError> {
        let question = self.opt_string(table, "question", place)?.ok_or_else(|| {
            self.error(item.span(), format!("the quiz {place} has no 'question'"))
        })?;
        let explanation = self.opt_string(table, "explanation", place)?;
        let Some(v) = table.get("choices") else {
            return Err(self.error(item.span(), format!("the quiz {place} has no 'choices'")));
        };
        let items = self.tables(v, "choices", place)?;
        if items.len() < 2 || items.len() > MAX_CHOICES {
            return Err(self.error(
                v.span(),
                format!(
                    "the quiz {place} needs between 2 and {MAX_CHOICES} 'choices' (answered a to {}), not {}",
                    letter(MAX_CHOICES - 1),
                    items.len()
                ),
            ));
        }
        let choices = items
            .into_iter()
            .enumerate()
            .map(|(i, choice)| self.choice(i, choice, place))
            .collect::<Result<Vec<_>, _>>()?;
        let fixes = choices
            .iter()
            .filter(|c| matches!(c.outcome, Expected::Fix(_)))
            .count();
        if fixes != 0 && fixes != choices.len() {
            return Err(self.error(
                v.span(),
                format!("the choices of {place} mix code changes ('fix') with outcomes: a quiz asks one kind of question, so give every choice a 'fix', or none"),
            ));
        }
        Ok(Quiz {
            question,
            choices,
            explanation,
        })
    }

    fn choice(&self, i: usize, choice: &Value<'_>, place: &str) -> Result<Choice, CatalogueError> {
        let letter = letter(i);
        let cplace = format!("in choice {letter} of {place}");
        let DeValue::Table(t) = choice.get_ref() else {
            return Err(self.wrong_type("choices", choice, "an array of tables", place));
        };
        self.reject_unknown(t, CHOICE_KEYS, &cplace)?;
        let says = self.opt_string(t, "says", &cplace)?.ok_or_else(|| {
            self.error(
                choice.span(),
                format!("choice {letter} of {place} has no 'says' (what the learner reads)"),
            )
        })?;
        let mut outcomes = Vec::new();
        if let Some(code) = self.opt_string(t, "error", &cplace)? {
            if !is_error_code(&code) {
                let span = t.get("error").map_or(choice.span(), |v| v.span());
                return Err(self.error(
                    span,
                    format!(
                        "'error' {cplace} must be a rustc error code like \"E0382\", not {code:?}"
                    ),
                ));
            }
            outcomes.push(Expected::Error(code));
        }
        if let Some(text) = self.opt_string(t, "prints", &cplace)? {
            outcomes.push(Expected::Prints(text));
        }
        if let Some(code) = self.opt_string(t, "fix", &cplace)? {
            outcomes.push(Expected::Fix(code));
        }
        match self.opt_bool(t, "panics", &cplace)? {
            Some(true) => outcomes.push(Expected::Panics),
            Some(false) => {
                let span = t.get("panics").map_or(choice.span(), |v| v.span());
                return Err(self.error(
                    span,
                    format!("'panics' {cplace} can only be true; describe the other outcomes with 'prints' or 'error'"),
                ));
            }
            None => {}
        }
        if outcomes.len() != 1 {
            return Err(self.error(
                choice.span(),
                format!(
                    "choice {letter} of {place} must say exactly one thing: error = \"E…\", prints = \"…\", panics = true, or fix = \"…\" (the code that replaces the marked region)"
                ),
            ));
        }
        Ok(Choice {
            says,
            outcome: outcomes.remove(0),
        })
    }
}
