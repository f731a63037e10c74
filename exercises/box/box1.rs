// box1: A value on the heap.
//
// `Box<T>` is the simplest owner of heap memory: it keeps one value in a
// heap block of its own, holds only a pointer to it, and frees the block
// when the Box is dropped.
//
// 1. `on_the_heap` should hand back its number in a heap block of its own.
// 2. `double` gets a boxed number and should double it in place, in the
//    block it was given, then hand that same Box back. A `Box<i32>` is a
//    pointer to an `i32`, not an `i32`: arithmetic on the Box itself means
//    nothing.
// The tests count allocations. Do not change the tests.

pub fn on_the_heap(n: i32) -> Box<i32> {
    n
}

pub fn double(mut b: Box<i32>) -> Box<i32> {
    b *= 2;
    b
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boxing_allocates_once() {
        let (b, mem) = memkata_probe::measure(|| on_the_heap(7));
        assert_eq!(*b, 7);
        assert_eq!(*on_the_heap(-3), -3);
        assert_eq!(
            mem.allocations, 1,
            "on_the_heap made {} allocations; a Box needs exactly 1 ({mem})",
            mem.allocations
        );
    }

    #[test]
    fn doubles_what_is_inside() {
        let b = Box::new(21);
        let (d, mem) = memkata_probe::measure(|| double(b));
        assert_eq!(*d, 42);
        assert_eq!(
            mem.allocations, 0,
            "double made {} allocations; the target is 0: change the value in the Box you got ({mem})",
            mem.allocations
        );
        assert_eq!(*double(Box::new(-4)), -8);
    }
}
