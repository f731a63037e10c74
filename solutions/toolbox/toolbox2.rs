// toolbox2: Fill an array one element at a time.
//
// `open_all` opens one sensor per name and returns them as an array, with
// no heap allocation. If a name is bad, it returns the error, and the
// sensors already opened must be closed (dropped) on the way out.
//
// The draft declares the array and assigns its elements one by one. Rust
// does not track which elements of an array are initialised, so it sees an
// array that was never given a value. Keep the sensors in slots that may be
// empty (std has a type that is room for a `T` that may not be there yet),
// fill them one by one, and keep count of how many are filled. That count
// is the invariant your `unsafe` code relies on: if all N are filled, the
// slots can be read out as a `[Sensor; N]`; if you stop early, exactly the
// filled ones must be dropped, never the others.
// Write a `// SAFETY:` comment above each `unsafe` block.
// Do not change the tests.
#![warn(clippy::undocumented_unsafe_blocks)]

use std::cell::Cell;
use std::mem::MaybeUninit;

/// An open sensor; `open` counts the sensors that are open.
pub struct Sensor<'a> {
    pub id: u32,
    open: &'a Cell<u32>,
}

impl Drop for Sensor<'_> {
    fn drop(&mut self) {
        self.open.set(self.open.get() - 1);
    }
}

/// The position of a name that is not `s` followed by a number.
#[derive(Debug, PartialEq)]
pub struct BadName(pub usize);

fn open_sensor<'a>(names: &[&str], i: usize, open: &'a Cell<u32>) -> Result<Sensor<'a>, BadName> {
    let number = names[i].strip_prefix('s').and_then(|n| n.parse().ok());
    let id = number.ok_or(BadName(i))?;
    open.set(open.get() + 1);
    Ok(Sensor { id, open })
}

pub fn open_all<'a, const N: usize>(
    names: [&str; N],
    open: &'a Cell<u32>,
) -> Result<[Sensor<'a>; N], BadName> {
    let mut slots = [const { MaybeUninit::<Sensor<'a>>::uninit() }; N];
    for i in 0..N {
        match open_sensor(&names, i, open) {
            Ok(sensor) => {
                slots[i].write(sensor);
            }
            Err(bad) => {
                for slot in &mut slots[..i] {
                    // SAFETY: slots `0..i` were written in earlier rounds
                    // of the loop, and each is dropped once, here.
                    unsafe { slot.assume_init_drop() };
                }
                return Err(bad);
            }
        }
    }
    // SAFETY: the loop wrote all N slots, and `[MaybeUninit<T>; N]` has
    // the same layout as `[T; N]`. `slots` itself drops nothing, so each
    // sensor ends up with one owner: the returned array.
    Ok(unsafe { (&raw const slots).cast::<[Sensor<'a>; N]>().read() })
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opens_every_sensor_without_the_heap() {
        let open = Cell::new(0);
        let (sensors, mem) = memkata_probe::measure(|| open_all(["s7", "s8", "s9"], &open));
        let sensors = sensors.expect("three good names");
        assert_eq!(sensors.each_ref().map(|s| s.id), [7, 8, 9]);
        assert_eq!(open.get(), 3);
        assert_eq!(mem.allocations, 0, "the array is built in place");
        drop(sensors);
        assert_eq!(open.get(), 0);
    }

    #[test]
    fn closes_what_it_opened_on_a_bad_name() {
        let open = Cell::new(0);
        let result = open_all(["s1", "s2", "sensor3", "s4"], &open);
        assert_eq!(result.err(), Some(BadName(2)));
        assert_eq!(open.get(), 0, "the two sensors opened are closed again");
        let result = open_all(["x", "s2"], &open);
        assert_eq!(result.err(), Some(BadName(0)));
        assert_eq!(open.get(), 0);
    }

    #[test]
    fn an_empty_list_is_fine() {
        let open = Cell::new(0);
        let sensors = open_all([], &open).expect("nothing to open");
        assert_eq!(sensors.len(), 0);
    }
}
