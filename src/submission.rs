//! What is built when a kata is checked: the learner's code, with the
//! course's own tests in place of whatever the file's tests have become.
//!
//! The tests of a file are its items under `#[cfg(test)]` and its functions
//! marked `#[test]`. The course's tests are the top-level ones of the
//! original file; the learner's code is everything else in their file, and
//! test items found anywhere in it are set aside. All of this is read on the
//! syntax tree, never by matching text.

use std::ops::Range;

use proc_macro2::TokenStream;
use quote::ToTokens;
use syn::spanned::Spanned;
use syn::{Attribute, Item};

use crate::constraints::{self, Forbid, Violation};

/// The source to build, and what was learned on the way.
#[derive(Debug, Clone)]
pub struct Submission {
    /// What the compiler is given.
    pub code: String,
    /// Whether the learner's tests differed from the course's (and so were
    /// set aside).
    pub tests_modified: bool,
    /// `#[test]` functions of the course's tests, ignored ones aside: how
    /// many must run and pass.
    pub expected_tests: usize,
    /// Uses of what the exercise forbids, in the learner's code.
    pub violations: Vec<Violation>,
}

/// A learner's file whose syntax memkata could not read.
#[derive(Debug, Clone, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct Unreadable {
    pub line: usize,
    pub message: String,
}

/// Joins `learner`'s code with the tests of `original` (the learner's own
/// tests when there is no original), and checks `rules` on the learner's code.
pub fn compose(
    learner: &str,
    original: Option<&str>,
    rules: &[Forbid],
) -> Result<Submission, Unreadable> {
    let result = compose_in_thread(learner, original, rules);
    // Spans are kept in a table per thread; this one is done with them.
    proc_macro2::extra::invalidate_current_thread_spans();
    result
}

fn compose_in_thread(
    learner: &str,
    original: Option<&str>,
    rules: &[Forbid],
) -> Result<Submission, Unreadable> {
    let learner = normalize(learner);
    let mine = parse(&learner)?;
    let my_tests = TestItems::of(&mine.items);
    let blanked = blank(&learner, &my_tests.all_ranges);

    let theirs = original.map(normalize).and_then(|o| {
        let file = syn::parse_file(&o).ok()?;
        let tests = TestItems::of(&file.items);
        Some((o, tests))
    });
    let (code, tests_modified, expected_tests) = match &theirs {
        None => (learner.clone(), false, my_tests.expected),
        Some((_, tests)) if tests.fingerprint == my_tests.fingerprint && !my_tests.nested => {
            (learner.clone(), false, tests.expected)
        }
        Some((text, tests)) => {
            let mut code = blanked.clone();
            for range in &tests.top_ranges {
                code.push('\n');
                code.push_str(&text[range.clone()]);
            }
            code.push('\n');
            (code, true, tests.expected)
        }
    };

    let violations = if rules.is_empty() {
        Vec::new()
    } else {
        let file = parse(&blanked)?;
        let tokens: TokenStream =
            blanked
                .parse()
                .map_err(|e: proc_macro2::LexError| Unreadable {
                    line: e.span().start().line,
                    message: e.to_string(),
                })?;
        constraints::check(&file, tokens, rules)
    };
    Ok(Submission {
        code,
        tests_modified,
        expected_tests,
        violations,
    })
}

/// The text without a byte-order mark, and with a `#!` line blanked, so that
/// byte offsets, lines and columns are those of the parsed text.
fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.starts_with("#!") && !text[2..].trim_start().starts_with('[') {
        let end = text.find('\n').unwrap_or(text.len());
        format!("{}{}", " ".repeat(end), &text[end..])
    } else {
        text.to_string()
    }
}

fn parse(text: &str) -> Result<syn::File, Unreadable> {
    syn::parse_file(text).map_err(|e| Unreadable {
        line: e.span().start().line,
        message: e.to_string(),
    })
}

/// `text` with the bytes of `ranges` turned to spaces, line breaks kept, so
/// that everything else stays on its line and column.
fn blank(text: &str, ranges: &[Range<usize>]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for range in ranges {
        for b in &mut bytes[range.clone()] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Whole characters were blanked (item spans start and end on
    // character boundaries), so this is still UTF-8.
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// The test items of a file.
struct TestItems {
    /// Top-level test items, as they are written.
    top_ranges: Vec<Range<usize>>,
    /// Every test item, at any depth of inline modules.
    all_ranges: Vec<Range<usize>>,
    /// Whether some test item sits inside a module that is not itself one.
    nested: bool,
    /// The top-level test items' tokens: equal when only whitespace and
    /// comments differ.
    fingerprint: String,
    expected: usize,
}

impl TestItems {
    fn of(items: &[Item]) -> TestItems {
        let mut found = TestItems {
            top_ranges: Vec::new(),
            all_ranges: Vec::new(),
            nested: false,
            fingerprint: String::new(),
            expected: 0,
        };
        for item in items {
            if is_test(attrs(item)) {
                let range = item.span().byte_range();
                found.top_ranges.push(range.clone());
                found.all_ranges.push(range);
                found
                    .fingerprint
                    .push_str(&item.to_token_stream().to_string());
                found.fingerprint.push('\n');
                found.expected += count_tests(item);
            } else if let Item::Mod(m) = item
                && let Some((_, inner)) = &m.content
            {
                let inner = TestItems::of(inner);
                found.nested |= !inner.all_ranges.is_empty();
                found.all_ranges.extend(inner.all_ranges);
            }
        }
        found
    }
}

/// `#[test]` functions in a test item, not counting `#[ignore]`d ones.
fn count_tests(item: &Item) -> usize {
    match item {
        Item::Fn(f) => {
            let attrs = &f.attrs;
            usize::from(has(attrs, "test") && !has(attrs, "ignore"))
        }
        Item::Mod(m) => m
            .content
            .as_ref()
            .map_or(0, |(_, items)| items.iter().map(count_tests).sum()),
        _ => 0,
    }
}

fn has(attrs: &[Attribute], name: &str) -> bool {
    attrs.iter().any(|a| a.path().is_ident(name))
}

/// `#[test]`, or a `#[cfg(…)]` that holds only when testing.
fn is_test(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        if a.path().is_ident("test") {
            return true;
        }
        if !a.path().is_ident("cfg") {
            return false;
        }
        let tokens = a.meta.to_token_stream().to_string();
        let words: Vec<&str> = tokens
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .collect();
        words.contains(&"test") && !words.contains(&"not")
    })
}

fn attrs(item: &Item) -> &[Attribute] {
    match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::ExternCrate(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::ForeignMod(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Macro(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::TraitAlias(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Union(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "pub fn double(x: i32) -> i32 {\n    x\n}\n\n#[cfg(test)]\nmod tests {\n    use super::*;\n\n    #[test]\n    fn doubles() {\n        assert_eq!(double(2), 4);\n    }\n\n    #[test]\n    #[ignore]\n    fn slow() {}\n}\n";

    #[test]
    fn unchanged_tests_build_the_file_as_it_is() {
        let mine = ORIGINAL.replace("    x\n", "    x * 2 // fixed\n");
        let reformatted = mine.replace(
            "assert_eq!(double(2), 4);",
            "assert_eq!( double(2),  4 ); // same",
        );
        let s = compose(&reformatted, Some(ORIGINAL), &[]).unwrap();
        assert_eq!(s.code, reformatted);
        assert!(!s.tests_modified);
        assert_eq!(s.expected_tests, 1);
    }

    #[test]
    fn edited_tests_are_replaced_by_the_original_ones() {
        let mine = ORIGINAL.replace("assert_eq!(double(2), 4);", "");
        let s = compose(&mine, Some(ORIGINAL), &[]).unwrap();
        assert!(s.tests_modified);
        assert!(s.code.contains("assert_eq!(double(2), 4);"), "{}", s.code);
        // The learner's code keeps its lines.
        assert!(
            s.code
                .starts_with("pub fn double(x: i32) -> i32 {\n    x\n}\n")
        );
    }

    #[test]
    fn deleted_or_ignored_tests_come_back() {
        let deleted = "pub fn double(x: i32) -> i32 {\n    x\n}\n";
        let s = compose(deleted, Some(ORIGINAL), &[]).unwrap();
        assert!(s.tests_modified);
        assert!(s.code.contains("fn doubles()"));
        let ignored = ORIGINAL.replace(
            "#[test]\n    fn doubles",
            "#[test]\n    #[ignore]\n    fn doubles",
        );
        let s = compose(&ignored, Some(ORIGINAL), &[]).unwrap();
        assert!(s.tests_modified);
        assert_eq!(s.code.matches("#[ignore]").count(), 1, "{}", s.code);
    }

    #[test]
    fn tests_hidden_in_another_module_are_set_aside() {
        let sneaky = format!("mod extra {{\n    #[test]\n    fn always() {{}}\n}}\n{ORIGINAL}");
        let s = compose(&sneaky, Some(ORIGINAL), &[]).unwrap();
        assert!(s.tests_modified);
        assert!(!s.code.contains("fn always"), "{}", s.code);
        assert_eq!(
            s.code.lines().nth(4),
            Some("pub fn double(x: i32) -> i32 {")
        );
    }

    #[test]
    fn constraints_look_at_the_learners_code_only() {
        let rules = [Forbid {
            pattern: constraints::Pattern::parse("clone").unwrap(),
            why: "no copies".into(),
        }];
        let mine = ORIGINAL.replace(
            "use super::*;",
            "use super::*;\n    fn c(s: &String) -> String { s.clone() }",
        );
        let s = compose(&mine, Some(ORIGINAL), &rules).unwrap();
        assert!(s.violations.is_empty(), "{:?}", s.violations);
        let mine = ORIGINAL.replace("    x\n", "    x.clone() * 2\n");
        let s = compose(&mine, Some(ORIGINAL), &rules).unwrap();
        assert_eq!(s.violations.len(), 1);
        assert_eq!(s.violations[0].line, 2);
    }

    #[test]
    fn unreadable_code_says_where() {
        let err = compose("fn f( {\n", Some(ORIGINAL), &[]).unwrap_err();
        assert_eq!(err.line, 1);
    }
}
