// ownership5: Take it apart.
//
// Each field of a struct is owned separately, so when you own an `Order` you
// can move single fields out of it: `order.address` and `order.items` go
// into the parcel without copying their heap data. That part is fine.
//
// But after that, `order` is only PARTLY there: its address and items are
// gone, and only `customer` is left. So the whole `order` can't be passed to
// `thank_you` any more, and this does not compile.
//
// `thank_you` only needs the customer's name. Change it to take just that
// (`customer: String`) and pass it the field that is still there. No clones:
// the tests check that the items are moved, not copied.
// Do not change the tests.

pub struct Order {
    pub customer: String,
    pub address: String,
    pub items: Vec<String>,
}

pub struct Parcel {
    pub address: String,
    pub items: Vec<String>,
}

fn thank_you(customer: String) -> String {
    format!("Thank you, {customer}!")
}

pub fn pack(order: Order) -> (Parcel, String) {
    let parcel = Parcel {
        address: order.address,
        items: order.items,
    };
    let note = thank_you(order.customer);
    (parcel, note)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Order {
        Order {
            customer: String::from("Ada"),
            address: String::from("12 Engine Lane"),
            items: vec![String::from("gears"), String::from("punch cards")],
        }
    }

    #[test]
    fn the_parcel_and_the_note() {
        let (parcel, note) = pack(sample());
        assert_eq!(parcel.address, "12 Engine Lane");
        assert_eq!(parcel.items, ["gears", "punch cards"]);
        assert_eq!(note, "Thank you, Ada!");
    }

    #[test]
    fn the_items_are_moved_not_copied() {
        let order = sample();
        // Where the list of items lives on the heap.
        let items_at = order.items.as_ptr();
        let (parcel, _) = pack(order);
        assert!(
            std::ptr::eq(parcel.items.as_ptr(), items_at),
            "the parcel holds a copy of the items, not the items themselves: move the field, don't clone it"
        );
    }
}
