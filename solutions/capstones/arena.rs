// arena: A tree stored in a Vec.
//
// A tree whose nodes point at their parent is awkward with references (parent
// and child would borrow each other) and needs `Rc`, `Weak` and `RefCell` with
// pointers. An arena avoids all of that: every node lives in ONE `Vec`, and
// nodes refer to each other by index (`NodeId`), a plain `Copy` number. The
// `Vec` owns all the nodes; an id borrows nothing, so you can keep as many ids
// as you like while you change the tree. Dropping the tree frees every node
// at once, and there are no reference counts and no cycles to leak.
//
// Your tasks:
// 1. `add_child` does not compile: it holds a `&mut` to the parent node, which
//    lives inside `self.nodes`, while it pushes a new node into that same Vec.
//    A push may move the whole buffer to a bigger allocation, leaving that
//    reference dangling, so the borrow checker forbids it. Make the parent
//    gain its child without holding a reference across the push.
// 2. Write `path`: follow the `parent` ids up to the root.
// Do not change the tests.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodeId(usize);

struct Node {
    name: String,
    parent: Option<NodeId>,
    children: Vec<NodeId>,
}

pub struct Tree {
    nodes: Vec<Node>,
}

impl Tree {
    pub fn new(root_name: &str) -> Tree {
        let root = Node {
            name: root_name.to_string(),
            parent: None,
            children: Vec::new(),
        };
        Tree { nodes: vec![root] }
    }

    pub fn root(&self) -> NodeId {
        NodeId(0)
    }

    pub fn name(&self, id: NodeId) -> &str {
        &self.nodes[id.0].name
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id.0].parent
    }

    pub fn children(&self, id: NodeId) -> &[NodeId] {
        &self.nodes[id.0].children
    }

    pub fn rename(&mut self, id: NodeId, name: &str) {
        self.nodes[id.0].name = name.to_string();
    }

    pub fn add_child(&mut self, parent: NodeId, name: &str) -> NodeId {
        let id = NodeId(self.nodes.len());
        self.nodes.push(Node {
            name: name.to_string(),
            parent: Some(parent),
            children: Vec::new(),
        });
        self.nodes[parent.0].children.push(id);
        id
    }

    /// The names from the root down to `id`, joined with '/'.
    pub fn path(&self, id: NodeId) -> String {
        let mut names = vec![self.name(id)];
        let mut current = id;
        while let Some(parent) = self.parent(current) {
            names.push(self.name(parent));
            current = parent;
        }
        names.reverse();
        names.join("/")
    }

    /// How many nodes the subtree under `id` holds, `id` included.
    pub fn subtree_size(&self, id: NodeId) -> usize {
        let mut count = 0;
        let mut to_visit = vec![id];
        while let Some(next) = to_visit.pop() {
            count += 1;
            to_visit.extend_from_slice(self.children(next));
        }
        count
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> (Tree, NodeId, NodeId) {
        let mut tree = Tree::new("root");
        let usr = tree.add_child(tree.root(), "usr");
        let bin = tree.add_child(usr, "bin");
        tree.add_child(usr, "lib");
        tree.add_child(tree.root(), "home");
        (tree, usr, bin)
    }

    #[test]
    fn links_parents_and_children() {
        let (tree, usr, bin) = sample();
        assert_eq!(tree.parent(bin), Some(usr));
        assert_eq!(tree.parent(tree.root()), None);
        let names: Vec<&str> = tree.children(usr).iter().map(|&c| tree.name(c)).collect();
        assert_eq!(names, ["bin", "lib"]);
        assert_eq!(tree.subtree_size(tree.root()), 5);
        assert_eq!(tree.subtree_size(usr), 3);
    }

    #[test]
    fn path_walks_up_to_the_root() {
        let (tree, usr, bin) = sample();
        assert_eq!(tree.path(bin), "root/usr/bin");
        assert_eq!(tree.path(usr), "root/usr");
        assert_eq!(tree.path(tree.root()), "root");
    }

    #[test]
    fn ids_stay_valid_while_the_tree_grows() {
        let (mut tree, usr, bin) = sample();
        for i in 0..1000 {
            tree.add_child(bin, &format!("tool{i}"));
        }
        tree.rename(usr, "opt");
        assert_eq!(
            tree.path(bin),
            "root/opt/bin",
            "ids are indexes: they survive the Vec growing"
        );
        assert_eq!(tree.subtree_size(usr), 1003);
    }
}
