//! What a solution must not use: an exercise's `forbid` list, checked on the
//! syntax tree of the learner's code, so that comments and strings never
//! count and `Clone::clone(&x)` counts as much as `x.clone()`.

use std::fmt;

use proc_macro2::{Delimiter, TokenStream, TokenTree};
use syn::spanned::Spanned;
use syn::visit::{self, Visit};

/// One entry of `forbid`: what is not allowed, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Forbid {
    pub pattern: Pattern,
    /// The reason shown to the learner.
    pub why: String,
}

/// What a `forbid` entry names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pattern {
    /// `unsafe` blocks, functions, impls and traits.
    Unsafe,
    /// A lifetime such as `'static`, written anywhere.
    Lifetime(String),
    /// A macro, written `format!`.
    Macro(String),
    /// A path such as `Box::leak`: any path ending with these segments, or
    /// a `use` that brings it in.
    Path(Vec<String>),
    /// A single name: a method call (`x.clone()`), or a path that has it as
    /// a segment (`Clone::clone`, `Rc::new`, `Rc<T>`).
    Name(String),
}

impl Pattern {
    /// Reads a `use = "…"` value, or says what it should look like.
    pub fn parse(text: &str) -> Result<Pattern, String> {
        let text = text.trim();
        let ident = |s: &str| {
            let mut chars = s.chars();
            chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
                && chars.all(|c| c.is_alphanumeric() || c == '_')
        };
        if text == "unsafe" {
            return Ok(Pattern::Unsafe);
        }
        if let Some(name) = text.strip_prefix('\'')
            && ident(name)
        {
            return Ok(Pattern::Lifetime(name.to_string()));
        }
        if let Some(name) = text.strip_suffix('!')
            && ident(name)
        {
            return Ok(Pattern::Macro(name.to_string()));
        }
        if text.contains("::") {
            let segments: Vec<String> = text.split("::").map(|s| s.trim().to_string()).collect();
            if segments.iter().all(|s| ident(s)) {
                return Ok(Pattern::Path(segments));
            }
        } else if ident(text) {
            return Ok(Pattern::Name(text.to_string()));
        }
        Err(format!(
            "{text:?} is not something memkata can look for: write a method or name (\"clone\"), a path (\"Box::leak\"), a macro (\"format!\"), \"unsafe\" or a lifetime (\"'static\")"
        ))
    }
}

impl fmt::Display for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Pattern::Unsafe => write!(f, "unsafe"),
            Pattern::Lifetime(name) => write!(f, "'{name}"),
            Pattern::Macro(name) => write!(f, "{name}!"),
            Pattern::Path(segments) => write!(f, "{}", segments.join("::")),
            Pattern::Name(name) => write!(f, "{name}"),
        }
    }
}

/// One place where the code uses what an exercise forbids.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Violation {
    /// What was used, as the `forbid` entry names it.
    pub used: String,
    pub why: String,
    /// 1-based line in the learner's file.
    pub line: usize,
    pub column: usize,
}

impl Violation {
    /// `line 12: `clone` is not allowed: …`
    pub fn summary(&self) -> String {
        format!(
            "line {}: `{}` is not allowed: {}",
            self.line, self.used, self.why
        )
    }
}

/// Every use of what `rules` forbid in `code` (the learner's code, tests
/// already removed), first first. One report per rule and line.
pub fn check(code: &syn::File, tokens: TokenStream, rules: &[Forbid]) -> Vec<Violation> {
    if rules.is_empty() {
        return Vec::new();
    }
    let mut finder = Finder {
        rules,
        found: Vec::new(),
        globs: Vec::new(),
    };
    finder.collect_globs(code);
    finder.visit_file(code);
    finder.scan_keywords(tokens);
    let mut found = finder.found;
    found.sort_by_key(|v| (v.line, v.column));
    found.dedup_by(|a, b| a.line == b.line && a.used == b.used);
    found
}

struct Finder<'a> {
    rules: &'a [Forbid],
    found: Vec<Violation>,
    /// Paths glob-imported (`use std::mem::*`), as their segments.
    globs: Vec<Vec<String>>,
}

impl Finder<'_> {
    fn report(&mut self, rule: &Forbid, span: proc_macro2::Span) {
        let start = span.start();
        self.found.push(Violation {
            used: rule.pattern.to_string(),
            why: rule.why.clone(),
            line: start.line,
            column: start.column + 1,
        });
    }

    fn collect_globs(&mut self, file: &syn::File) {
        struct Globs(Vec<Vec<String>>);
        impl<'ast> Visit<'ast> for Globs {
            fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
                for (path, glob, _) in use_paths(&item.tree) {
                    if glob {
                        self.0.push(path);
                    }
                }
            }
        }
        let mut globs = Globs(Vec::new());
        globs.visit_file(file);
        self.globs = globs.0;
    }

    /// A path written in the code, or brought in by `use`.
    fn on_path(&mut self, segments: &[String], span: proc_macro2::Span) {
        for rule in self.rules {
            let hit = match &rule.pattern {
                Pattern::Name(name) => segments.iter().any(|s| s == name),
                Pattern::Path(pattern) => {
                    segments.ends_with(pattern)
                        || (segments.len() == 1
                            && pattern.last() == segments.first()
                            && self.globs.iter().any(|g| {
                                g.ends_with(&pattern[..pattern.len() - 1]) && pattern.len() > 1
                            }))
                }
                _ => false,
            };
            if hit {
                self.report(rule, span);
            }
        }
    }

    fn on_method(&mut self, name: &str, span: proc_macro2::Span) {
        for rule in self.rules {
            if matches!(&rule.pattern, Pattern::Name(n) if n == name) {
                self.report(rule, span);
            }
        }
    }

    fn on_macro(&mut self, name: &str, span: proc_macro2::Span) {
        for rule in self.rules {
            if matches!(&rule.pattern, Pattern::Macro(n) if n == name) {
                self.report(rule, span);
            }
        }
    }

    /// `unsafe` and lifetimes, wherever they are written: in items,
    /// attributes and macro arguments alike. A keyword can't be anything
    /// else, so the tokens are enough.
    fn scan_keywords(&mut self, tokens: TokenStream) {
        let mut previous_quote = false;
        for tree in tokens {
            match &tree {
                TokenTree::Group(group) => self.scan_keywords(group.stream()),
                TokenTree::Ident(ident) => {
                    let name = ident.to_string();
                    for rule in self.rules {
                        let hit = match &rule.pattern {
                            Pattern::Unsafe => !previous_quote && name == "unsafe",
                            Pattern::Lifetime(l) => previous_quote && *l == name,
                            _ => false,
                        };
                        if hit {
                            self.report(rule, ident.span());
                        }
                    }
                }
                TokenTree::Punct(_) | TokenTree::Literal(_) => {}
            }
            previous_quote = matches!(&tree, TokenTree::Punct(p) if p.as_char() == '\'');
        }
    }

    /// A macro's arguments are tokens, not syntax: method calls, paths and
    /// nested macros are recognised by their shape.
    fn scan_macro_tokens(&mut self, tokens: TokenStream) {
        let trees: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < trees.len() {
            match &trees[i] {
                TokenTree::Group(group) => {
                    if group.delimiter() != Delimiter::None || !group.stream().is_empty() {
                        self.scan_macro_tokens(group.stream());
                    }
                    i += 1;
                }
                TokenTree::Punct(p) if p.as_char() == '.' => {
                    if let Some(TokenTree::Ident(name)) = trees.get(i + 1) {
                        let called = matches!(trees.get(i + 2), Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Parenthesis)
                            || is_punct(trees.get(i + 2), ':');
                        if called {
                            self.on_method(&name.to_string(), name.span());
                        }
                        i += 2;
                    } else {
                        i += 1;
                    }
                }
                TokenTree::Ident(first) => {
                    // A path: `a::b::c`, possibly a macro call `a!`.
                    let mut segments = vec![first.to_string()];
                    let mut j = i + 1;
                    while is_punct(trees.get(j), ':') && is_punct(trees.get(j + 1), ':') {
                        match trees.get(j + 2) {
                            Some(TokenTree::Ident(next)) => {
                                segments.push(next.to_string());
                                j += 3;
                            }
                            _ => break,
                        }
                    }
                    if is_punct(trees.get(j), '!') {
                        if let Some(last) = segments.last() {
                            self.on_macro(&last.clone(), first.span());
                        }
                        j += 1;
                    } else {
                        self.on_path(&segments, first.span());
                    }
                    i = j;
                }
                _ => i += 1,
            }
        }
    }
}

fn is_punct(tree: Option<&TokenTree>, c: char) -> bool {
    matches!(tree, Some(TokenTree::Punct(p)) if p.as_char() == c)
}

/// The full paths a `use` tree brings in: (segments, is a glob, span).
fn use_paths(tree: &syn::UseTree) -> Vec<(Vec<String>, bool, proc_macro2::Span)> {
    fn walk(
        tree: &syn::UseTree,
        prefix: &mut Vec<String>,
        out: &mut Vec<(Vec<String>, bool, proc_macro2::Span)>,
    ) {
        match tree {
            syn::UseTree::Path(p) => {
                prefix.push(p.ident.to_string());
                walk(&p.tree, prefix, out);
                prefix.pop();
            }
            syn::UseTree::Name(n) => {
                let mut path = prefix.clone();
                if n.ident != "self" {
                    path.push(n.ident.to_string());
                }
                out.push((path, false, n.ident.span()));
            }
            syn::UseTree::Rename(r) => {
                let mut path = prefix.clone();
                if r.ident != "self" {
                    path.push(r.ident.to_string());
                }
                out.push((path, false, r.ident.span()));
            }
            syn::UseTree::Glob(g) => out.push((prefix.clone(), true, g.star_token.span())),
            syn::UseTree::Group(g) => {
                for item in &g.items {
                    walk(item, prefix, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(tree, &mut Vec::new(), &mut out);
    out
}

impl<'ast> Visit<'ast> for Finder<'_> {
    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        self.on_method(&call.method.to_string(), call.method.span());
        visit::visit_expr_method_call(self, call);
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        self.on_path(&segments, path.span());
        visit::visit_path(self, path);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        for (path, glob, span) in use_paths(&item.tree) {
            if !glob {
                self.on_path(&path, span);
            }
        }
    }

    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        // `#[derive(Clone)]` names `Clone` as much as `impl Clone` does.
        if let syn::Meta::List(list) = &attr.meta {
            self.scan_macro_tokens(list.tokens.clone());
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        if let Some(last) = mac.path.segments.last() {
            self.on_macro(&last.ident.to_string(), mac.path.span());
        }
        self.scan_macro_tokens(mac.tokens.clone());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(specs: &[&str]) -> Vec<Forbid> {
        specs
            .iter()
            .map(|s| Forbid {
                pattern: Pattern::parse(s).unwrap(),
                why: "no".into(),
            })
            .collect()
    }

    fn found(code: &str, specs: &[&str]) -> Vec<(String, usize)> {
        let file = syn::parse_file(code).unwrap();
        let tokens: TokenStream = code.parse().unwrap();
        check(&file, tokens, &rules(specs))
            .into_iter()
            .map(|v| (v.used, v.line))
            .collect()
    }

    #[test]
    fn method_calls_and_paths_count_comments_and_strings_do_not() {
        let code = "fn f(v: &Vec<String>) -> Vec<String> {\n    // v.clone() here would be easy\n    let s = \"x.clone()\";\n    let a = v.clone();\n    let b = Clone::clone(v);\n    a\n}\n";
        assert_eq!(
            found(code, &["clone"]),
            [("clone".to_string(), 4), ("clone".to_string(), 5)]
        );
    }

    #[test]
    fn paths_match_by_their_end_and_through_use() {
        let code = "use std::mem::forget as f;\nfn a(x: String) { std::mem::forget(x) }\nfn b(x: Box<u8>) -> &'static u8 { Box::leak(x) }\n";
        assert_eq!(
            found(code, &["mem::forget", "Box::leak"]),
            [
                ("mem::forget".to_string(), 1),
                ("mem::forget".to_string(), 2),
                ("Box::leak".to_string(), 3)
            ]
        );
        let glob = "use std::mem::*;\nfn a(x: String) { forget(x) }\n";
        assert_eq!(
            found(glob, &["mem::forget"]),
            [("mem::forget".to_string(), 2)]
        );
    }

    #[test]
    fn macros_are_looked_into() {
        let code = "fn f(v: &[u8]) {\n    println!(\"{:?}\", v.to_vec());\n    let _ = format!(\"{}\", 1);\n    assert_eq!(std::mem::take(&mut 1), 1);\n}\n";
        assert_eq!(
            found(code, &["to_vec", "format!", "mem::take"]),
            [
                ("to_vec".to_string(), 2),
                ("format!".to_string(), 3),
                ("mem::take".to_string(), 4)
            ]
        );
    }

    #[test]
    fn unsafe_and_static_anywhere() {
        let code = "struct S;\nunsafe impl Send for S {}\nfn f() -> &'static str {\n    let r#unsafe = 1;\n    unsafe { \"x\" }\n}\n";
        assert_eq!(
            found(code, &["unsafe", "'static"]),
            [
                ("unsafe".to_string(), 2),
                ("'static".to_string(), 3),
                ("unsafe".to_string(), 5)
            ]
        );
    }

    #[test]
    fn types_are_names() {
        let code = "use std::rc::Rc;\nfn f() -> Rc<u8> { Rc::new(1) }\n";
        assert_eq!(
            found(code, &["Rc"]),
            [("Rc".to_string(), 1), ("Rc".to_string(), 2)]
        );
    }

    #[test]
    fn patterns_parse_or_say_why_not() {
        assert_eq!(
            Pattern::parse("'static"),
            Ok(Pattern::Lifetime("static".into()))
        );
        assert_eq!(Pattern::parse("vec!"), Ok(Pattern::Macro("vec".into())));
        assert_eq!(
            Pattern::parse("std::mem::forget"),
            Ok(Pattern::Path(vec![
                "std".into(),
                "mem".into(),
                "forget".into()
            ]))
        );
        assert!(Pattern::parse("x.clone()").is_err());
        assert!(Pattern::parse("").is_err());
    }
}
