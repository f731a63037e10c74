// variance2: One lifetime too few.
//
// A `Collector` scans posts and pushes their hashtags into a Vec that the
// caller owns. The tags are borrowed from the posts: no copies.
//
// The struct uses one lifetime `'a` for two different things: how long the
// Collector borrows the Vec, and how long the tags in the Vec live. Behind
// a `&mut`, `Vec<&'a str>` can't be treated as a Vec of shorter-lived tags,
// so `'a` can't shrink: the mutable borrow of the Vec must last as long as
// the tags themselves, which is as long as the caller keeps the Vec. So the
// caller can never use its own Vec again (`hashtags` can't return it, and
// the tests can't read it).
//
// Give the struct a separate lifetime for each of the two borrows, so the
// borrow of the Vec can end as soon as the Collector is done with it.
// Do not change the tests.

pub struct Collector<'a> {
    found: &'a mut Vec<&'a str>,
}

impl<'a> Collector<'a> {
    pub fn new(found: &'a mut Vec<&'a str>) -> Self {
        Collector { found }
    }

    /// Pushes the words of `post` that start with `#`.
    pub fn scan(&mut self, post: &'a str) {
        let tags = post.split_whitespace().filter(|w| w.starts_with('#'));
        self.found.extend(tags);
    }
}

pub fn hashtags(posts: &[String]) -> Vec<&str> {
    let mut found = Vec::new();
    let mut collector = Collector::new(&mut found);
    for post in posts {
        collector.scan(post);
    }
    found
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn points_into(tag: &str, post: &str) -> bool {
        post.as_bytes().as_ptr_range().contains(&tag.as_ptr())
    }

    #[test]
    fn collects_borrowed_tags() {
        let first = String::from("hello #rust");
        let posts = vec![first, String::from("#memory is #fun")];
        let tags: Vec<&str> = hashtags(&posts);
        assert_eq!(tags, ["#rust", "#memory", "#fun"]);
        assert!(points_into(tags[0], &posts[0]));
        assert!(points_into(tags[2], &posts[1]));
    }

    #[test]
    fn the_vec_is_yours_again_after_scanning() {
        let post = String::from("see #one and #two");
        let mut tags = vec!["#pinned"];
        {
            let mut collector = Collector::new(&mut tags);
            collector.scan(&post);
        }
        tags.push("#last");
        assert_eq!(tags, ["#pinned", "#one", "#two", "#last"]);
        assert!(points_into(tags[1], &post));
    }
}
