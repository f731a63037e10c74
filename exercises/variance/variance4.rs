// variance4: A closure for every lifetime.
//
// `count_matching` reads records (owned Strings, as they would come from a
// file) and counts those whose field picked by `pick` equals `wanted`. The
// caller decides how to pick the field: `pick` gets a borrowed record and
// returns a part of it.
//
// The signature names a lifetime `'a` for `pick`'s argument. A lifetime
// parameter of a function is chosen by the caller, so it covers at least
// the whole call. But each record is a local String that lives for one
// turn of the loop, and a borrow of it can't last for `'a`.
//
// What `pick` really needs is to accept a borrow of ANY lifetime, and give
// back a part that lives as long as that borrow. Say that in the bound.
// Do not change the tests.

pub fn count_matching<'a>(
    records: impl IntoIterator<Item = String>,
    wanted: &str,
    pick: impl Fn(&'a str) -> &'a str,
) -> usize {
    let mut count = 0;
    for record in records {
        if pick(&record) == wanted {
            count += 1;
        }
    }
    count
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(text: &str) -> Vec<String> {
        text.lines().map(String::from).collect()
    }

    fn city(record: &str) -> &str {
        record.split(',').nth(1).unwrap_or("").trim()
    }

    #[test]
    fn picks_with_a_closure() {
        let data = records("ada,london\nalan,wilmslow\ngrace,new york");
        assert_eq!(count_matching(data.clone(), "a", |r| &r[..1]), 2);
        assert_eq!(count_matching(data, "g", |r| &r[..1]), 1);
    }

    #[test]
    fn picks_with_a_function() {
        let data = records("ada, london\nalan, wilmslow\nmary, london");
        assert_eq!(count_matching(data.clone(), "london", city), 2);
        assert_eq!(count_matching(data, "paris", city), 0);
    }
}
