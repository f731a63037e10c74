// box1: A value on the heap.
//
// `Box<T>` is the simplest owner of heap memory: `Box::new(value)` asks the
// allocator for a block, moves the value into it, and keeps only a pointer on
// the stack. When the Box is dropped, the block is freed.
//
// 1. `on_the_heap` should return its number inside a Box. Put it there.
// 2. `double` gets a Box and should double the number inside it, in place,
//    and hand the same Box back. A `Box<i32>` is not an `i32`: reach the
//    value through the box with the dereference operator `*`.
// Do not change the tests.

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
