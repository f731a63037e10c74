//! rustc's JSON diagnostics, read back into what the learner sees (the
//! human rendering, colours included) and what memkata acts on (error codes).

use serde::Deserialize;

#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    /// Every diagnostic as rustc would have printed it.
    pub rendered: String,
    /// Codes of the errors, in order, without repeats.
    pub error_codes: Vec<String>,
    /// Warnings reported (the compiler's own and clippy's).
    pub warnings: usize,
}

#[derive(Deserialize)]
struct Message {
    #[serde(rename = "$message_type")]
    message_type: Option<String>,
    level: Option<String>,
    code: Option<Code>,
    rendered: Option<String>,
    message: Option<String>,
}

#[derive(Deserialize)]
struct Code {
    code: String,
}

impl Diagnostics {
    pub fn parse(stderr: &str) -> Diagnostics {
        let mut d = Diagnostics::default();
        for line in stderr.lines() {
            let message = line
                .starts_with('{')
                .then(|| serde_json::from_str::<Message>(line).ok())
                .flatten();
            let Some(m) = message else {
                // Not a diagnostic: a linker error, a panic of the compiler.
                d.rendered.push_str(line);
                d.rendered.push('\n');
                continue;
            };
            if m.message_type.as_deref().is_some_and(|t| t != "diagnostic") {
                continue;
            }
            match m.level.as_deref() {
                Some("error") => {
                    if let Some(code) = m.code
                        && !d.error_codes.contains(&code.code)
                    {
                        d.error_codes.push(code.code);
                    }
                }
                Some("warning") => {
                    let summary = m.message.as_deref().unwrap_or("");
                    // "2 warnings emitted" is a summary, not a warning.
                    if !summary.ends_with("emitted") {
                        d.warnings += 1;
                    }
                }
                _ => {}
            }
            if let Some(r) = m.rendered {
                d.rendered.push_str(&r);
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_and_warnings() {
        let stderr = concat!(
            r#"{"$message_type":"diagnostic","message":"unused variable: `x`","code":{"code":"unused_variables","explanation":null},"level":"warning","rendered":"warning: unused\n"}"#,
            "\n",
            r#"{"$message_type":"diagnostic","message":"borrow of moved value","code":{"code":"E0382","explanation":"..."},"level":"error","rendered":"error[E0382]: borrow\n"}"#,
            "\n",
            r#"{"$message_type":"diagnostic","message":"1 warning emitted","code":null,"level":"warning","rendered":"warning: 1 warning emitted\n"}"#,
            "\n",
            "linker failed\n",
        );
        let d = Diagnostics::parse(stderr);
        assert_eq!(d.error_codes, ["E0382"]);
        assert_eq!(d.warnings, 1);
        assert!(d.rendered.contains("error[E0382]"));
        assert!(d.rendered.ends_with("linker failed\n"));
    }
}
