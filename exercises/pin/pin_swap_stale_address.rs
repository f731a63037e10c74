// Quiz: read this program, then answer in memkata.
//
// A `Reader` keeps its place in its own `data` the way a self-referential
// type would: as the address of the next byte (a plain number here, so no
// `unsafe` is needed to show what happens).

struct Reader {
    data: [u8; 4],
    next_at: usize,
}

impl Reader {
    fn new(data: [u8; 4]) -> Reader {
        Reader { data, next_at: 0 }
    }

    fn start(&mut self) {
        self.next_at = self.data.as_ptr() as usize;
    }

    fn next(&mut self) -> Option<u8> {
        let index = self.next_at.wrapping_sub(self.data.as_ptr() as usize);
        let byte = *self.data.get(index)?;
        self.next_at += 1;
        Some(byte)
    }
}

fn main() {
    let mut a = Reader::new([1, 2, 3, 4]);
    let mut b = Reader::new([5, 6, 7, 8]);
    a.start();
    b.start();
    println!("{:?} {:?}", a.next(), b.next());
    std::mem::swap(&mut a, &mut b);
    println!("{:?} {:?}", a.next(), b.next());
}
