//! Fitting coloured text to the screen: lines wrapped at the terminal's
//! width without breaking escape sequences, colours carried onto the
//! continuation lines.

use unicode_width::UnicodeWidthChar;

/// Splits `line` into pieces no wider than `width` columns.
pub fn wrap(line: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut pieces = Vec::new();
    let mut current = String::new();
    let mut columns = 0;
    // The colour settings in force, replayed at the start of each piece.
    let mut sgr = String::new();
    // Where the last space of the current piece is: (byte, column).
    let mut last_space: Option<(usize, usize)> = None;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            let mut seq = String::from(c);
            if chars.peek() == Some(&'[') {
                seq.push(chars.next().unwrap_or('['));
                while let Some(&n) = chars.peek() {
                    seq.push(n);
                    chars.next();
                    if ('\x40'..='\x7e').contains(&n) {
                        break;
                    }
                }
                if seq.ends_with('m') {
                    if seq == "\x1b[0m" || seq == "\x1b[m" {
                        sgr.clear();
                    } else {
                        sgr.push_str(&seq);
                    }
                }
            } else if chars.peek() == Some(&']') {
                // OSC (a hyperlink): up to BEL or ESC \.
                while let Some(n) = chars.next() {
                    seq.push(n);
                    if n == '\x07' {
                        break;
                    }
                    if n == '\x1b' && chars.peek() == Some(&'\\') {
                        seq.push('\\');
                        chars.next();
                        break;
                    }
                }
            }
            current.push_str(&seq);
            continue;
        }
        if c == '\t' {
            let spaces = 4 - columns % 4;
            for _ in 0..spaces {
                if columns >= width {
                    break;
                }
                current.push(' ');
                columns += 1;
            }
            continue;
        }
        if c.is_control() {
            continue;
        }
        let w = c.width().unwrap_or(0);
        if columns + w > width && columns > 0 {
            // Break after the last space if it is not too far back, so that
            // prose wraps between words.
            let (mut piece, rest, rest_columns) = match last_space {
                Some((at, col)) if col > width / 2 => {
                    let rest = current[at + 1..].to_string();
                    current.truncate(at);
                    (std::mem::take(&mut current), rest, columns - col - 1)
                }
                _ => (std::mem::take(&mut current), String::new(), 0),
            };
            if !sgr.is_empty() {
                piece.push_str("\x1b[0m");
            }
            pieces.push(piece);
            current.push_str(&sgr);
            current.push_str(&rest);
            columns = rest_columns;
            last_space = None;
        }
        if c == ' ' {
            last_space = Some((current.len(), columns));
        }
        current.push(c);
        columns += w;
    }
    pieces.push(current);
    pieces
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
    fn wide_characters_count_twice() {
        assert_eq!(wrap("日本語", 4), ["日本", "語"]);
    }
}
