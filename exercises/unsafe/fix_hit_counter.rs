// Quiz: which change to the marked region makes this program compile and
// pass its tests? Answer in memkata.
//
// A `Page` counts its visits, and it is visited through shared references.

#[derive(Default)]
// [fix]
pub struct Page {
    hits: u32,
}

impl Page {
    pub fn visit(&self) -> u32 {
        self.hits += 1;
        self.hits
    }
}
// [/fix]

fn main() {
    let page = Page::default();
    let (a, b) = (&page, &page);
    a.visit();
    println!("{}", b.visit());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_visits_through_shared_references() {
        let page = Page::default();
        let (a, b) = (&page, &page);
        assert_eq!(a.visit(), 1);
        assert_eq!(b.visit(), 2);
        assert_eq!(a.visit(), 3);
    }
}
