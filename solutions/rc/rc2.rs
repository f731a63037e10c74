// rc2: What the count counts.
//
// `Rc::strong_count(&rc)` is the number of `Rc`s pointing at a value right
// now, wherever they are kept: in a variable, in a tab, in a list of
// bookmarks. Every `Rc::clone` adds one, every `Rc` dropped takes one
// away, and when the count reaches zero the value itself is dropped.
//
// A browser shows pages in tabs, and each tab holds an `Rc` to its page.
// `tabs_showing` should say how many of the given tabs show `page`: that
// very page in memory, not merely a page with the same URL. It answers
// with the page's strong count, and the tests disagree: each time they
// ask, who holds the `Rc`s that are counted?
//
// Make `tabs_showing` count the tabs that show this page, however many
// other owners it has. Do not change `open_tab` or the tests.

use std::rc::Rc;

pub struct Page {
    pub url: String,
}

pub struct Tab {
    pub title: String,
    pub page: Rc<Page>,
}

/// A new tab that shows `page`.
pub fn open_tab(page: &Rc<Page>, title: &str) -> Tab {
    Tab {
        title: title.to_string(),
        page: Rc::clone(page),
    }
}

/// How many of `tabs` show `page`.
pub fn tabs_showing(tabs: &[Tab], page: &Rc<Page>) -> usize {
    tabs.iter()
        .filter(|tab| Rc::ptr_eq(&tab.page, page))
        .count()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(url: &str) -> Rc<Page> {
        Rc::new(Page {
            url: url.to_string(),
        })
    }

    #[test]
    fn the_caller_is_an_owner_too() {
        let docs = load("https://doc.rust-lang.org/std/rc/");
        let tabs = vec![open_tab(&docs, "rc"), open_tab(&docs, "weak")];
        assert_eq!(tabs[1].title, "weak");
        // Three `Rc`s point at the page: `docs`, and one in each tab.
        assert_eq!(Rc::strong_count(&docs), 3);
        assert_eq!(
            tabs_showing(&tabs, &docs),
            2,
            "2 tabs show the page, but tabs_showing said {}",
            tabs_showing(&tabs, &docs)
        );
    }

    #[test]
    fn a_bookmark_is_an_owner_but_not_a_tab() {
        let docs = load("https://doc.rust-lang.org/std/rc/");
        let bookmarks = vec![Rc::clone(&docs)];
        let tabs = vec![open_tab(&docs, "rc")];
        // `docs`, the bookmark and the tab: 3 owners, 1 tab.
        assert_eq!(Rc::strong_count(&docs), 3);
        assert_eq!(
            tabs_showing(&tabs, &docs),
            1,
            "1 tab shows the page, but tabs_showing said {}",
            tabs_showing(&tabs, &docs)
        );
        drop(bookmarks);
        assert_eq!(Rc::strong_count(&docs), 2);
        assert_eq!(tabs_showing(&tabs, &docs), 1);
    }

    #[test]
    fn asking_through_a_tab() {
        let tabs = {
            let docs = load("https://doc.rust-lang.org/std/rc/");
            let news = load("https://blog.rust-lang.org/");
            vec![
                open_tab(&docs, "rc"),
                open_tab(&news, "blog"),
                open_tab(&docs, "weak"),
            ]
            // `docs` and `news` are dropped here: the tabs own the pages now.
        };
        assert_eq!(Rc::strong_count(&tabs[0].page), 2);
        assert_eq!(
            tabs_showing(&tabs, &tabs[0].page),
            2,
            "2 of the 3 tabs show the docs page, but tabs_showing said {}",
            tabs_showing(&tabs, &tabs[0].page)
        );
        assert_eq!(tabs_showing(&tabs, &tabs[1].page), 1);
    }

    #[test]
    fn the_same_url_is_not_the_same_page() {
        let old = load("https://example.org/");
        let reloaded = load("https://example.org/");
        let tabs = vec![
            open_tab(&old, "before"),
            open_tab(&reloaded, "after"),
            open_tab(&reloaded, "again"),
        ];
        assert_eq!(old.url, reloaded.url);
        assert_eq!(
            tabs_showing(&tabs, &old),
            1,
            "the old page and the reloaded one have the same URL, but they are two pages: 1 tab shows the old one, and tabs_showing said {}",
            tabs_showing(&tabs, &old)
        );
        assert_eq!(tabs_showing(&tabs, &reloaded), 2);
    }
}
