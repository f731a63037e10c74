// drop6: A guard that tidies up.
//
// RAII ("resource acquisition is initialization") ties a clean-up to the
// life of a value, a guard: Rust drops the guard on every way out of its
// scope: at the end of the block, on `return`, on `?`, even while a panic
// unwinds.
//
// `render` writes a tree of names, indenting each level by two spaces. An
// `Indent` adds one level to the writer's depth while the children are
// written, and `render` takes the level off again at the end. But when a
// child fails (a node without a name) or the page runs full, that line never
// runs, and whatever is written next is indented too deep.
// Make every level that `render` adds go away again, however `render` is
// left. Do not change `Writer` or the tests.

struct Node {
    name: &'static str,
    children: Vec<Node>,
}

struct Writer {
    depth: usize,
    lines: Vec<String>,
    page_size: usize,
}

impl Writer {
    fn new(page_size: usize) -> Writer {
        Writer {
            depth: 0,
            lines: Vec::new(),
            page_size,
        }
    }

    fn line(&mut self, text: &str) {
        assert!(self.lines.len() < self.page_size, "the page is full");
        self.lines
            .push(format!("{}{text}", "  ".repeat(self.depth)));
    }
}

/// One more level of indentation.
struct Indent<'a> {
    writer: &'a mut Writer,
}

impl<'a> Indent<'a> {
    fn new(writer: &'a mut Writer) -> Indent<'a> {
        writer.depth += 1;
        Indent { writer }
    }
}

fn render(node: &Node, writer: &mut Writer) -> Result<(), String> {
    if node.name.is_empty() {
        return Err(format!("a node at depth {} has no name", writer.depth));
    }
    writer.line(node.name);
    let indent = Indent::new(writer);
    for child in &node.children {
        render(child, indent.writer)?;
    }
    indent.writer.depth -= 1;
    Ok(())
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::panic::{AssertUnwindSafe, catch_unwind};

    fn node(name: &'static str, children: Vec<Node>) -> Node {
        Node { name, children }
    }

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
        let mut writer = Writer::new(10);
        render(&good_tree(), &mut writer).unwrap();
        assert_eq!(writer.lines, ["src", "  bin", "    main.rs", "  lib.rs"]);
        assert_eq!(writer.depth, 0);
    }

    #[test]
    fn depth_restored_after_an_error() {
        let mut writer = Writer::new(10);
        assert!(render(&bad_tree(), &mut writer).is_err());
        assert_eq!(
            writer.depth, 0,
            "after render() returned an error, the depth is {} instead of 0",
            writer.depth
        );
        writer.lines.clear();
        render(&good_tree(), &mut writer).unwrap();
        assert_eq!(
            writer.lines[0], "src",
            "the tree rendered after a failed one should start at the margin"
        );
    }

    #[test]
    fn depth_restored_after_a_panic() {
        let mut writer = Writer::new(2);
        let result = catch_unwind(AssertUnwindSafe(|| render(&good_tree(), &mut writer)));
        assert!(result.is_err(), "a page of 2 lines cannot hold 4");
        assert_eq!(
            writer.depth, 0,
            "render() panicked (the page was full), and the depth is left at {} instead of 0",
            writer.depth
        );
    }
}
