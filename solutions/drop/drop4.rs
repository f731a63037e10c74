// drop4: Let go early.
//
// An `Edit` is an editing session on a `Document`: it holds the document
// mutably while it lives, and when it is dropped its `drop` saves the text
// as a new version. Because that `drop` still uses the document, the borrow
// lasts until the `Edit` is dropped, which is normally at the end of the
// scope.
//
// `fix_typos` fixes the typos and then reports the document's status. That
// report needs to read the document, and it must count the version that the
// edit saves. So far it does not compile.
// Make `fix_typos` finish its edit before it reports, without changing
// `Edit`, `status` or the tests.

struct Document {
    text: String,
    versions: Vec<String>,
}

/// While an `Edit` lives, it holds the document; when it is dropped, it
/// saves the text as a new version.
struct Edit<'a> {
    doc: &'a mut Document,
}

impl<'a> Edit<'a> {
    fn begin(doc: &'a mut Document) -> Edit<'a> {
        Edit { doc }
    }

    fn replace(&mut self, from: &str, to: &str) {
        self.doc.text = self.doc.text.replace(from, to);
    }
}

impl Drop for Edit<'_> {
    fn drop(&mut self) {
        let saved = self.doc.text.clone();
        self.doc.versions.push(saved);
    }
}

fn status(doc: &Document) -> String {
    format!("version {}: {}", doc.versions.len(), doc.text)
}

fn fix_typos(doc: &mut Document) -> String {
    let mut edit = Edit::begin(doc);
    edit.replace("teh", "the");
    edit.replace("adn", "and");
    drop(edit); // the edit ends here: it saves a version and lets go of `doc`
    status(doc)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(text: &str) -> Document {
        Document {
            text: text.to_string(),
            versions: Vec::new(),
        }
    }

    #[test]
    fn reports_the_saved_version() {
        let mut doc = document("teh cat adn teh dog");
        assert_eq!(
            fix_typos(&mut doc),
            "version 1: the cat and the dog",
            "the status should count the version the edit saved"
        );
        assert_eq!(doc.versions, ["the cat and the dog"]);
    }

    #[test]
    fn every_call_saves_one_version() {
        let mut doc = document("adn so on");
        assert_eq!(fix_typos(&mut doc), "version 1: and so on");
        doc.text.push_str(", teh end");
        assert_eq!(fix_typos(&mut doc), "version 2: and so on, the end");
        assert_eq!(
            doc.versions,
            ["and so on", "and so on, the end"],
            "each edit should save exactly one version, when it ends"
        );
    }
}
