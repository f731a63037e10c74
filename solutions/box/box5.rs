// box5: A list that never grows.
//
// A `Palette` is parsed once and then only read: its colours never change
// and none are ever added. Yet it stores them in a `Vec<u32>`, which is
// built for growing: it carries a capacity beside its pointer and length,
// and after a run of `push`es it usually holds spare room on the heap that
// will never be used.
//
// Make a Palette hold exactly its colours: two words on the stack (where
// the colours are, and how many), and a heap block with no spare room,
// still owned by the Palette and freed with it. The tests measure all
// three. Do not change the tests.

pub struct Palette {
    colors: Box<[u32]>,
}

impl Palette {
    /// Parses colours like "#ff8800 #002b36".
    pub fn parse(list: &str) -> Palette {
        let mut colors = Vec::new();
        for word in list.split_whitespace() {
            let hex = word.trim_start_matches('#');
            colors.push(u32::from_str_radix(hex, 16).unwrap_or(0));
        }
        Palette {
            colors: colors.into_boxed_slice(),
        }
    }

    pub fn get(&self, index: usize) -> Option<u32> {
        self.colors.get(index).copied()
    }

    pub fn count(&self) -> usize {
        self.colors.len()
    }
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const SOLAR: &str = "#002b36 #073642 #586e75 #b58900 #cb4b16";

    #[test]
    fn reads_the_colours() {
        let p = Palette::parse(SOLAR);
        assert_eq!(p.count(), 5);
        assert_eq!(p.get(0), Some(0x002b36));
        assert_eq!(p.get(4), Some(0xcb4b16));
        assert_eq!(p.get(5), None);
    }

    #[test]
    fn two_words_on_the_stack() {
        let words = std::mem::size_of::<Palette>() / std::mem::size_of::<usize>();
        assert_eq!(
            words, 2,
            "a Palette is {words} words on the stack; the target is 2 (pointer + length, no capacity)"
        );
    }

    #[test]
    fn no_spare_room_on_the_heap() {
        let (p, mem) = memkata_probe::measure(|| Palette::parse(SOLAR));
        let needed = p.count() * std::mem::size_of::<u32>();
        assert_eq!(
            mem.live_bytes,
            needed as u64,
            "the palette keeps {} bytes on the heap for {} colours; the target is {needed} ({mem})",
            mem.live_bytes,
            p.count()
        );
    }

    #[test]
    fn a_dropped_palette_frees_its_colours() {
        let (count, mem) = memkata_probe::measure(|| Palette::parse(SOLAR).count());
        assert_eq!(count, 5);
        assert_eq!(
            mem.live_bytes, 0,
            "the palette was dropped but {} bytes were never freed ({mem})",
            mem.live_bytes
        );
    }
}
