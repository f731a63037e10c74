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
// `thank_you` only needs the customer's name, which is still there. Make
// `pack` send every part of the order where it belongs: the address and
// the items to the parcel, the name to the card. Nothing is copied, and
// nothing is left behind in its place: the tests check that the parcel and
// the card hold the very Strings and list the order had.
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

pub struct Card {
    pub to: String,
    pub message: String,
}

fn thank_you(customer: String) -> Card {
    Card {
        message: format!("Thank you, {customer}!"),
        to: customer,
    }
}

pub fn pack(order: Order) -> (Parcel, Card) {
    let parcel = Parcel {
        address: order.address,
        items: order.items,
    };
    let card = thank_you(order.customer);
    (parcel, card)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order_from(customer: &str) -> Order {
        Order {
            customer: String::from(customer),
            address: String::from("12 Engine Lane"),
            items: vec![String::from("gears"), String::from("punch cards")],
        }
    }

    #[test]
    fn the_parcel_and_the_card() {
        for customer in ["Ada", "Grace"] {
            let (parcel, card) = pack(order_from(customer));
            assert_eq!(parcel.address, "12 Engine Lane");
            assert_eq!(parcel.items, ["gears", "punch cards"]);
            assert_eq!(card.to, customer);
            assert_eq!(card.message, format!("Thank you, {customer}!"));
        }
    }

    #[test]
    fn every_part_is_moved_not_copied() {
        let order = order_from("Ada");
        // Where the parts of the order live on the heap.
        let name_at = order.customer.as_ptr();
        let address_at = order.address.as_ptr();
        let items_at = order.items.as_ptr();
        let (parcel, card) = pack(order);
        assert!(
            std::ptr::eq(parcel.items.as_ptr(), items_at)
                && std::ptr::eq(parcel.address.as_ptr(), address_at),
            "the parcel holds a copy of the address or the items, not the order's own: move the \
            fields, don't copy them"
        );
        assert!(
            std::ptr::eq(card.to.as_ptr(), name_at),
            "the card holds a copy of the customer's name, not the order's own: move it, don't \
            copy it"
        );
    }
}
