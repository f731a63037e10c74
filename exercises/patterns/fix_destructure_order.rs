// Quiz: which change to the marked lines makes `process` compile and pass
// its test, within the exercise's rules? Read the choices in memkata.

#[derive(Clone, Debug, PartialEq)]
pub struct Order {
    pub customer: String,
    pub items: Vec<String>,
}

/// Files the order in the archive and returns a summary of it.
pub fn process(order: Order, archive: &mut Vec<Order>) -> String {
    // [fix]
    let Order { customer, items } = order;
    // [/fix]
    let summary = format!("{customer}: {} items", items.len());
    archive.push(order);
    summary
}

fn main() {
    let mut archive = Vec::new();
    let order = Order {
        customer: String::from("Ada"),
        items: vec![String::from("tea")],
    };
    println!("{}", process(order, &mut archive));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summarises_and_files_the_whole_order() {
        let order = Order {
            customer: String::from("Grace"),
            items: vec![String::from("cake"), String::from("tea")],
        };
        let mut archive = Vec::new();
        assert_eq!(process(order.clone(), &mut archive), "Grace: 2 items");
        assert_eq!(archive, [order]);
    }
}
