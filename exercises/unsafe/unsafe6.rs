// unsafe6: An iterator of `&mut`.
//
// `Row::iter_mut` should hand out a `&mut` to each cell, and all of them may
// be alive at once (the tests collect them into a `Vec`). The draft keeps
// `&'a mut Row<T>` in the iterator and reborrows a cell from it in `next`;
// that does not compile. `next(&mut self)` may only lend what it returns for
// as long as the iterator itself is borrowed, and the borrow checker cannot
// see that each call hands out a *different* cell.
//
// You can see it, so say it with a raw pointer: keep a pointer to the next
// cell and a count of the cells left, and hand each cell out once, as the
// pointer moves on. A raw pointer carries no lifetime, so the iterator must
// still tell the compiler, with a zero-sized marker field, that it borrows
// the row mutably for `'a`. As `iter_mut` ties `'a` to its `&mut self`, the
// row then stays borrowed while the iterator, or any `&mut` it gave out,
// lives.
// Write a `// SAFETY:` comment above each `unsafe` block.
// Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

pub struct Row<T> {
    cells: Box<[T]>,
}

impl<T> Row<T> {
    pub fn new(cells: Vec<T>) -> Self {
        Row {
            cells: cells.into_boxed_slice(),
        }
    }

    pub fn get(&self, i: usize) -> Option<&T> {
        self.cells.get(i)
    }

    pub fn iter_mut(&mut self) -> IterMut<'_, T> {
        IterMut { row: self, next: 0 }
    }
}

pub struct IterMut<'a, T> {
    row: &'a mut Row<T>,
    next: usize,
}

impl<'a, T> Iterator for IterMut<'a, T> {
    type Item = &'a mut T;

    fn next(&mut self) -> Option<&'a mut T> {
        let cell = self.row.cells.get_mut(self.next)?;
        self.next += 1;
        Some(cell)
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_cells_at_once() {
        let mut row = Row::new(vec![1, 2, 3]);
        let cells: Vec<&mut i32> = row.iter_mut().collect();
        assert_eq!(cells.len(), 3);
        for cell in cells {
            *cell *= 10;
        }
        assert_eq!(row.get(0), Some(&10));
        assert_eq!(row.get(2), Some(&30));
    }

    #[test]
    fn each_cell_once_and_in_place() {
        let mut row = Row::new(vec![String::from("a"), String::from("b")]);
        let addresses: Vec<*const String> = (0..2)
            .map(|i| row.get(i).unwrap() as *const String)
            .collect();
        let mut seen = Vec::new();
        for cell in row.iter_mut() {
            cell.push('!');
            seen.push(cell as *const String);
        }
        assert_eq!(seen, addresses, "each cell is lent in place, in order");
        assert_eq!(row.get(1).map(String::as_str), Some("b!"));
    }

    #[test]
    fn empty_rows_and_zero_sized_cells() {
        let mut empty: Row<u8> = Row::new(Vec::new());
        assert!(empty.iter_mut().next().is_none());
        let mut units = Row::new(vec![(), (), ()]);
        assert_eq!(units.iter_mut().count(), 3);
    }
}
