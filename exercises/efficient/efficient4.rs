// efficient4: Copy only when something changes.
//
// `escape_html` makes text safe to paste into a web page by replacing
// `&`, `<` and `>`. Most text has none of them, yet every call builds three
// new Strings (each `replace` returns a fresh copy, even when it finds
// nothing).
//
// When there is nothing to escape, the right answer is the text the caller
// already has. Let the function hand that back as it is, and make a new
// String only when the text really changes; the caller should be able to
// use either answer the same way. For clean text the target is ZERO
// allocations. Do not change the tests.

pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_not_copied() {
        let lines = [
            "Plain words need no escaping.",
            "Neither do quotes: \"hi\" and 'ho'.",
            "Nor numbers like 3 + 4 = 7.",
        ];
        let (escaped, mem) = memkata_probe::measure(|| lines.map(|line| escape_html(line).len()));
        assert!(
            mem.allocations == 0,
            "escaping 3 clean lines took {} allocations; the target is 0 ({mem})",
            mem.allocations
        );
        assert_eq!(escaped, lines.map(str::len));
    }

    #[test]
    fn special_characters_are_escaped() {
        assert_eq!(
            escape_html("a < b && c > d"),
            "a &lt; b &amp;&amp; c &gt; d"
        );
        assert_eq!(escape_html("<&>"), "&lt;&amp;&gt;");
    }
}
