// closures1: A closure borrows what it reads.
//
// `checkout` reports a cart's total before and after the extras are added.
// It builds a small closure, `total`, that reads the cart, and calls it
// twice. It doesn't compile: a closure that reads a variable holds a shared
// borrow of it from the moment it is created until its last call, and in
// between, `cart.extend_from_slice` needs to change the cart (E0502).
//
// Keep the closure, and keep one closure for both totals; but it should
// not hold on to the cart between its calls.
// Do not change the signature or the tests.

#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    pub name: String,
    pub cents: u32,
}

pub fn checkout(cart: &mut Vec<Item>, extras: &[Item]) -> String {
    let total = || cart.iter().map(|item| item.cents).sum::<u32>();
    let before = total();
    cart.extend_from_slice(extras);
    let after = total();
    format!("{before} -> {after}")
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(name: &str, cents: u32) -> Item {
        Item {
            name: name.to_string(),
            cents,
        }
    }

    #[test]
    fn totals_before_and_after_the_extras() {
        let mut cart = vec![item("bread", 250), item("cheese", 475)];
        let extras = [item("bag", 10), item("tip", 100)];
        assert_eq!(checkout(&mut cart, &extras), "725 -> 835");
        assert_eq!(cart.len(), 4);
        assert_eq!(checkout(&mut cart, &[]), "835 -> 835");
        assert_eq!(checkout(&mut Vec::new(), &extras[..1]), "0 -> 10");
    }
}
