//! Fitting coloured text to the screen: lines wrapped at the terminal's
//! width without breaking escape sequences, colours carried onto the
//! continuation lines, and continuations indented under their line: under
//! the code of a numbered line (the compiler's `12 |`, a quiz's `12 │`),
//! under the text of a list item (`a)`, `-`, `+`).

use unicode_width::UnicodeWidthChar;

/// Splits `line` into pieces no wider than `width` columns.
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let hang = hanging_indent(&console::strip_ansi_codes(line), width);
    let mut wrapper = Wrapper {
        width,
        hang_columns: hang.chars().count(),
        hang,
        ..Wrapper::default()
    };
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                let seq = escape_sequence(&mut chars);
                wrapper.escape(&seq);
            }
            '\t' => wrapper.tab(),
            c if c.is_control() => {}
            c => wrapper.push(c),
        }
    }
    wrapper.pieces.push(wrapper.current);
    wrapper.pieces
}

/// What continuation lines of `line` start with: the gutter of a numbered
/// line, or the indentation of a list item's text, where it leaves room.
fn hanging_indent(line: &str, width: usize) -> String {
    let indent = line.len() - line.trim_start().len();
    let rest = &line[indent..];
    let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after_digits = rest[digits..].trim_start();
    let gutter = indent + digits + (rest.len() - digits - after_digits.len());
    let hang = if let Some(code) = after_digits
        .strip_prefix('|')
        .or_else(|| after_digits.strip_prefix('│'))
    {
        let bar = &after_digits[..after_digits.len() - code.len()];
        let code_indent = code.len() - code.trim_start().len();
        format!("{}{bar}{}", " ".repeat(gutter), " ".repeat(code_indent))
    } else {
        let marker = ["a)", "b)", "c)", "d)", "- ", "+ ", "* ", "• "]
            .iter()
            .find(|m| rest.starts_with(**m));
        match marker {
            Some(m) => {
                let after = &rest[m.len()..];
                " ".repeat(indent + m.chars().count() + after.len() - after.trim_start().len())
            }
            None => " ".repeat(indent),
        }
    };
    if hang.chars().count() + 20 > width {
        String::new()
    } else {
        hang
    }
}

#[derive(Default)]
struct Wrapper {
    width: usize,
    /// What each continuation line starts with, and its width.
    hang: String,
    hang_columns: usize,
    pieces: Vec<String>,
    current: String,
    columns: usize,
    /// The colour settings in force, replayed at the start of each piece.
    sgr: String,
    /// Where the last space of the current piece is: (byte, column).
    last_space: Option<(usize, usize)>,
}

impl Wrapper {
    fn escape(&mut self, seq: &str) {
        if seq.starts_with("\x1b[") && seq.ends_with('m') {
            if seq == "\x1b[0m" || seq == "\x1b[m" {
                self.sgr.clear();
            } else {
                self.sgr.push_str(seq);
            }
        }
        self.current.push_str(seq);
    }

    fn tab(&mut self) {
        let spaces = 4 - self.columns % 4;
        for _ in 0..spaces {
            if self.columns >= self.width {
                break;
            }
            self.current.push(' ');
            self.columns += 1;
        }
    }

    fn push(&mut self, c: char) {
        let w = c.width().unwrap_or(0);
        if self.columns + w > self.width && self.columns > 0 {
            self.break_line();
        }
        if c == ' ' {
            self.last_space = Some((self.current.len(), self.columns));
        }
        self.current.push(c);
        self.columns += w;
    }

    /// Ends the current piece: after its last space, so that prose wraps
    /// between words, unless the word is wider than a whole line.
    fn break_line(&mut self) {
        let (mut piece, rest, rest_columns) = match self.last_space {
            Some((at, col)) if col > self.hang_columns => {
                let rest = self.current[at + 1..].to_string();
                self.current.truncate(at);
                (
                    std::mem::take(&mut self.current),
                    rest,
                    self.columns - col - 1,
                )
            }
            _ => (std::mem::take(&mut self.current), String::new(), 0),
        };
        if !self.sgr.is_empty() {
            piece.push_str("\x1b[0m");
        }
        self.pieces.push(piece);
        self.current.push_str(&self.hang);
        self.current.push_str(&self.sgr);
        self.current.push_str(&rest);
        self.columns = self.hang_columns + rest_columns;
        self.last_space = None;
    }
}

/// The rest of an escape sequence whose `ESC` was just read: a CSI (colours,
/// up to its final byte) or an OSC (a hyperlink, up to BEL or `ESC \`).
fn escape_sequence(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    let mut seq = String::from('\x1b');
    match chars.peek() {
        Some('[') => {
            seq.extend(chars.next());
            for n in chars.by_ref() {
                seq.push(n);
                if ('\x40'..='\x7e').contains(&n) {
                    break;
                }
            }
        }
        Some(']') => {
            while let Some(n) = chars.next() {
                seq.push(n);
                if n == '\x07' {
                    break;
                }
                if n == '\x1b' && chars.peek() == Some(&'\\') {
                    seq.extend(chars.next());
                    break;
                }
            }
        }
        _ => {}
    }
    seq
}

/// Every line of `text`, wrapped.
pub fn wrap_text(text: &str, width: usize) -> Vec<String> {
    text.lines().flat_map(|line| wrap(line, width)).collect()
}

/// `line` cut to `width` columns, with an ellipsis if cut.
pub fn fit(line: &str, width: usize) -> String {
    console::truncate_str(line, width, "…").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_plain_text() {
        assert_eq!(wrap("abcdef", 4), ["abcd", "ef"]);
        assert_eq!(wrap("", 4), [""]);
    }

    #[test]
    fn colour_survives_the_wrap() {
        let pieces = wrap("\x1b[31mabcdef\x1b[0m", 4);
        assert_eq!(pieces[0], "\x1b[31mabcd\x1b[0m");
        assert_eq!(pieces[1], "\x1b[31mef\x1b[0m");
    }

    #[test]
    fn prose_wraps_between_words() {
        assert_eq!(wrap("the quick brown fox", 12), ["the quick", "brown fox"]);
        assert_eq!(wrap("abcdefghij klm", 8), ["abcdefgh", "ij klm"]);
    }

    #[test]
    fn a_long_word_goes_whole_to_the_next_line() {
        let link = "the pin docs at https://doc.rust-lang.org/std/pin/";
        assert_eq!(
            wrap(link, 40),
            ["the pin docs at", "https://doc.rust-lang.org/std/pin/"]
        );
        assert_eq!(
            wrap("read this: https://x.org/a/b/c", 24),
            ["read this:", "https://x.org/a/b/c"]
        );
    }

    #[test]
    fn continuations_hang_under_their_line() {
        let rustc = "   |     ---- ^^^^ expected `u16`, found `&u16`";
        assert_eq!(
            wrap(rustc, 40),
            [
                "   |     ---- ^^^^ expected `u16`,",
                "   |     found `&u16`"
            ]
        );
        let quiz = "35 │         let names = events.iter().map(name);";
        assert_eq!(
            wrap(quiz, 40),
            [
                "35 │         let names =",
                "   │         events.iter().map(name);"
            ]
        );
        let choice = "  b)  Keep two lifetimes, and require that names outlive fallback";
        assert_eq!(
            wrap(choice, 40),
            [
                "  b)  Keep two lifetimes, and require",
                "      that names outlive fallback"
            ]
        );
    }

    #[test]
    fn wide_characters_count_twice() {
        assert_eq!(wrap("日本語", 4), ["日本", "語"]);
    }
}
