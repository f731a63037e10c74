// rc2: Count the owners.
//
// `Rc::strong_count(&rc)` says how many `Rc`s point at the value right now.
// Every `Rc::clone` adds one, and every `Rc` that is dropped takes one away.
// When the count reaches zero, the value itself is dropped.
//
// A browser shows one `Page` in several tabs. `open_tabs` gives each tab an
// `Rc` to the page, and `tabs_showing` should say how many tabs show it.
// It answers with `Rc::strong_count`, and the tests say it is off. When the
// tests ask, who holds an `Rc` to the page?
//
// Fix `tabs_showing`. Do not change `open_tabs` or the tests.

use std::rc::Rc;

pub struct Page {
    pub url: String,
}

pub struct Tab {
    pub title: String,
    pub page: Rc<Page>,
}

pub fn open_tabs(page: &Rc<Page>, titles: &[&str]) -> Vec<Tab> {
    titles
        .iter()
        .map(|title| Tab {
            title: title.to_string(),
            page: Rc::clone(page),
        })
        .collect()
}

/// How many tabs show `page`. Only the caller's `page` and the tabs hold
/// an `Rc` to it.
pub fn tabs_showing(page: &Rc<Page>) -> usize {
    Rc::strong_count(page)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Rc<Page> {
        Rc::new(Page {
            url: String::from("https://doc.rust-lang.org/std/rc/"),
        })
    }

    #[test]
    fn counts_open_tabs() {
        let page = docs();
        let tabs = open_tabs(&page, &["rc", "weak", "cell"]);
        assert_eq!(tabs.len(), 3);
        assert_eq!(tabs[1].title, "weak");
        assert_eq!(tabs[2].page.url, page.url);
        assert_eq!(
            tabs_showing(&page),
            3,
            "3 tabs are open, but tabs_showing said {} (strong_count is {}: it counts every Rc, the caller's one too)",
            tabs_showing(&page),
            Rc::strong_count(&page)
        );
    }

    #[test]
    fn closing_tabs_lowers_the_count() {
        let page = docs();
        let mut tabs = open_tabs(&page, &["one", "two"]);
        tabs.pop();
        assert_eq!(
            tabs_showing(&page),
            1,
            "one tab is left open, but tabs_showing said {}",
            tabs_showing(&page)
        );
        drop(tabs);
        assert_eq!(
            tabs_showing(&page),
            0,
            "all tabs are closed, but tabs_showing said {}",
            tabs_showing(&page)
        );
        assert_eq!(Rc::strong_count(&page), 1, "the caller still owns the page");
    }
}
