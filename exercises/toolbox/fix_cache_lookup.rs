// Quiz: which change to the marked region makes this program compile and
// pass its tests? Answer in memkata.
//
// Rendering a page is slow, so `Cache::page` renders each page once and
// keeps it; later calls get the stored page.

use std::collections::HashMap;

fn render(id: u32) -> String {
    format!("<p>page {id}</p>")
}

#[derive(Default)]
pub struct Cache {
    pages: HashMap<u32, String>,
    renders: u32,
}

impl Cache {
    pub fn page(&mut self, id: u32) -> &String {
        // [fix]
        match self.pages.get(&id) {
            Some(page) => page,
            None => {
                self.renders += 1;
                self.pages.insert(id, render(id));
                &self.pages[&id]
            }
        }
        // [/fix]
    }
}

fn main() {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_each_page_once() {
        let mut cache = Cache::default();
        assert_eq!(cache.page(1), "<p>page 1</p>");
        assert_eq!(cache.page(2), "<p>page 2</p>");
        assert_eq!(cache.page(1), "<p>page 1</p>");
        assert_eq!(cache.renders, 2);
    }

    #[test]
    fn hands_out_the_stored_page() {
        let mut cache = Cache::default();
        let first = cache.page(7).as_ptr();
        assert_eq!(cache.page(7).as_ptr(), first, "the page, not a copy");
    }
}
