// drop6: A guard that tidies up.
//
// RAII ("resource acquisition is initialization") ties a clean-up to the
// lifetime of a value, a guard: the clean-up goes in the guard's `drop`, and
// Rust runs it whenever the guard goes out of scope: at the end of the block,
// on `return`, on `?`, even while a panic unwinds.
//
// `render` writes a tree of names, indenting each level by two spaces.
// `Indent::new` adds one level to the shared depth, and `render` calls
// `dedent` at the end to remove it. But when `render` returns early with an
// error (a node without a name), that `dedent` never runs, and everything
// written afterwards is indented too deep.
// Implement `Drop` for `Indent` so that the guard removes its level when it
// goes away. Then remove the manual `dedent` call and the `dedent` function.
// Do not change the tests.

use std::cell::Cell;

struct Node {
    name: &'static str,
    children: Vec<Node>,
}

fn node(name: &'static str, children: Vec<Node>) -> Node {
    Node { name, children }
}

struct Indent<'a> {
    depth: &'a Cell<usize>,
}

impl<'a> Indent<'a> {
    fn new(depth: &'a Cell<usize>) -> Indent<'a> {
        depth.set(depth.get() + 1);
        Indent { depth }
    }
}

fn dedent(depth: &Cell<usize>) {
    depth.set(depth.get() - 1);
}

fn render(node: &Node, depth: &Cell<usize>, out: &mut Vec<String>) -> Result<(), String> {
    if node.name.is_empty() {
        return Err(format!("a node at depth {} has no name", depth.get()));
    }
    out.push(format!("{}{}", "  ".repeat(depth.get()), node.name));
    let _indent = Indent::new(depth);
    for child in &node.children {
        render(child, depth, out)?;
    }
    dedent(depth);
    Ok(())
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good_tree() -> Node {
        node(
            "src",
            vec![
                node("bin", vec![node("main.rs", vec![])]),
                node("lib.rs", vec![]),
            ],
        )
    }

    fn bad_tree() -> Node {
        node("docs", vec![node("guide", vec![node("", vec![])])])
    }

    #[test]
    fn renders_a_tree() {
        let depth = Cell::new(0);
        let mut out = Vec::new();
        render(&good_tree(), &depth, &mut out).unwrap();
        assert_eq!(out, ["src", "  bin", "    main.rs", "  lib.rs"]);
        assert_eq!(depth.get(), 0);
    }

    #[test]
    fn depth_restored_after_an_error() {
        let depth = Cell::new(0);
        let mut out = Vec::new();
        assert!(render(&bad_tree(), &depth, &mut out).is_err());
        assert_eq!(
            depth.get(),
            0,
            "after render() returned an error, the depth is {} instead of 0: \
             the early returns skipped `dedent`",
            depth.get()
        );
    }

    #[test]
    fn next_tree_starts_at_the_margin() {
        let depth = Cell::new(0);
        let mut out = Vec::new();
        let _ = render(&bad_tree(), &depth, &mut out);
        out.clear();
        render(&good_tree(), &depth, &mut out).unwrap();
        assert_eq!(
            out[0], "src",
            "the tree rendered after a failed one should start at the margin"
        );
    }
}
