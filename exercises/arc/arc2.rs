// arc2: Copy only when someone is looking.
//
// A spreadsheet is shared as an `Arc<Sheet>`: the editor owns one `Arc`,
// and every reader thread (a chart, an autosave) gets a clone of it, a
// snapshot that must not change under the reader's feet.
//
// `set` keeps the readers safe by copying the whole sheet on every edit,
// then swapping the copy in. That is correct, but wasteful: when no reader
// holds the sheet, nobody could see an in-place change, and a sheet of a
// million cells gets copied to change one of them. And after one copy, the
// editor's new sheet is its own, so the next edits need no copy either.
//
// Make `set` copy the sheet only when another owner still holds it, and
// change it in place otherwise. The tests count the allocations.
// Do not change the tests.

use std::sync::Arc;

#[derive(Clone, Debug, PartialEq)]
pub struct Sheet {
    pub cells: Vec<i64>,
}

// Sets one cell of the editor's sheet; readers keep the sheet they hold.
pub fn set(sheet: &mut Arc<Sheet>, cell: usize, value: i64) {
    let mut copy = Sheet::clone(sheet);
    copy.cells[cell] = value;
    *sheet = Arc::new(copy);
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;
    use std::thread;

    fn blank(cells: usize) -> Arc<Sheet> {
        Arc::new(Sheet {
            cells: vec![0; cells],
        })
    }

    #[test]
    fn a_sheet_nobody_else_holds_is_changed_in_place() {
        let mut sheet = blank(10_000);
        let before = Arc::as_ptr(&sheet);
        let ((), mem) = memkata_probe::measure(|| {
            set(&mut sheet, 0, 5);
            set(&mut sheet, 1, 6);
            set(&mut sheet, 2, 7);
        });
        assert_eq!(sheet.cells[..4], [5, 6, 7, 0]);
        assert_eq!(
            mem.allocations, 0,
            "3 edits of a sheet with one owner made {} allocations; the target is 0: nobody else can see it, so change it in place ({mem})",
            mem.allocations
        );
        assert_eq!(
            Arc::as_ptr(&sheet),
            before,
            "the sheet moved to a new allocation"
        );
    }

    #[test]
    fn a_reader_keeps_its_snapshot() {
        let mut sheet = blank(10_000);
        let snapshot = Arc::clone(&sheet);
        let (go, wait) = mpsc::channel::<()>();
        // The reader holds its snapshot until it is told to add it up.
        let reader = thread::spawn(move || {
            wait.recv().unwrap();
            snapshot.cells.iter().sum::<i64>()
        });
        let before = Arc::as_ptr(&sheet);
        let ((), mem) = memkata_probe::measure(|| {
            set(&mut sheet, 0, 5);
            set(&mut sheet, 1, 6);
            set(&mut sheet, 2, 7);
        });
        go.send(()).unwrap();
        assert_eq!(reader.join().unwrap(), 0, "the reader's snapshot changed");
        assert_eq!(sheet.cells[..4], [5, 6, 7, 0]);
        assert_ne!(
            Arc::as_ptr(&sheet),
            before,
            "the editor changed the reader's sheet"
        );
        assert_eq!(Arc::strong_count(&sheet), 1);
        assert!(
            mem.allocations <= 2,
            "3 edits while a reader held the sheet made {} allocations; one copy (an Arc block and its cells, 2 allocations) is enough: after the first edit, the copy has one owner ({mem})",
            mem.allocations
        );
    }
}
