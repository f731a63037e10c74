// ownership7: Pack it in the closure.
//
// `make_tagger` builds a closure that puts a tag in front of a task, like
// `[urgent] fix the roof`, and returns it so it can be used later.
//
// A closure normally BORROWS the variables it uses. This one would borrow
// `tag`, a parameter of `make_tagger`. But `tag` is dropped when
// `make_tagger` returns, while the closure lives on: it would point at a
// String that no longer exists, so the compiler refuses.
//
// Make the closure carry the tag with it: the closure should own the whole
// String, and keep it for as long as the closure itself lives. The tests
// check that the closure holds the String itself, not a reference to it.
// Do not change the tests.

pub fn make_tagger(tag: String) -> impl Fn(&str) -> String {
    move |task: &str| format!("[{tag}] {task}")
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_tagger_tags_tasks() {
        let urgent = make_tagger(String::from("urgent"));
        let later = make_tagger(String::from("later"));
        assert_eq!(urgent("fix the roof"), "[urgent] fix the roof");
        assert_eq!(later("paint the fence"), "[later] paint the fence");
        assert_eq!(urgent("call the plumber"), "[urgent] call the plumber");
    }

    #[test]
    fn the_closure_owns_its_string() {
        let tagger = make_tagger(String::from("home"));
        // A closure is stored like a struct of what it captured.
        assert_eq!(
            std::mem::size_of_val(&tagger),
            std::mem::size_of::<String>(),
            "the closure should hold the whole String (pointer, capacity, length), not a \
            reference to it"
        );
    }
}
