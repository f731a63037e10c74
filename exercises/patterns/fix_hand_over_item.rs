// Quiz: which change to the marked lines makes `hand_over` compile and pass
// its test? Read the choices in memkata.

pub struct Hero {
    pub holding: Option<String>,
}

impl Hero {
    /// Gives away what the hero holds; the hero's hands are empty after.
    pub fn hand_over(&mut self) -> Option<String> {
        // [fix]
        self.holding
        // [/fix]
    }
}

fn main() {
    let mut hero = Hero {
        holding: Some(String::from("lamp")),
    };
    println!("{:?}", hero.hand_over());
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_item_changes_hands() {
        let mut hero = Hero {
            holding: Some(String::from("lamp")),
        };
        let at = hero.holding.as_ref().unwrap().as_ptr();
        let item = hero.hand_over().expect("the hero had a lamp");
        assert_eq!(item, "lamp");
        assert!(std::ptr::eq(item.as_ptr(), at), "the lamp was copied");
        assert_eq!(hero.holding, None, "the hero still holds something");
        assert_eq!(hero.hand_over(), None);
    }
}
