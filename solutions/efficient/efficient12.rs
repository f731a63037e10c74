// efficient12: Recycle the buffer you were given.
//
// `to_fahrenheit` receives a Vec of temperatures BY VALUE: it owns it, and
// nobody else will ever see it again. Yet it pushes the converted values
// into a brand-new Vec, and the old one is freed at the end of the
// function. Two blocks of the same size, one wasted.
//
// An owner may change what it owns. Each result has the same type as the
// reading it comes from, and once a reading is converted it is never needed
// again. Convert the readings where they are and hand back the same Vec:
// the target is ZERO allocations, and the result in the block that was
// passed in. Do not change the tests.

pub fn to_fahrenheit(mut temperatures: Vec<f64>) -> Vec<f64> {
    for t in &mut temperatures {
        *t = *t * 9.0 / 5.0 + 32.0;
    }
    temperatures
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_in_the_same_block() {
        let celsius: Vec<f64> = (0..5000).map(|i| f64::from(i % 30) * 5.0 - 40.0).collect();
        let (fahrenheit, mem) = memkata_probe::measure(move || to_fahrenheit(celsius));
        assert!(
            mem.allocations == 0,
            "converting 5000 readings took {} allocations ({} bytes); the target is 0 ({mem})",
            mem.allocations,
            mem.bytes_allocated
        );
        assert_eq!(fahrenheit.len(), 5000);
        assert_eq!(fahrenheit[..3], [-40.0, -31.0, -22.0]);
        assert_eq!(fahrenheit[28], 212.0);
    }

    #[test]
    fn the_result_lives_where_the_input_lived() {
        let celsius = vec![0.0, 100.0, -40.0];
        let address = celsius.as_ptr();
        let fahrenheit = to_fahrenheit(celsius);
        assert_eq!(fahrenheit, [32.0, 212.0, -40.0]);
        assert!(
            std::ptr::eq(fahrenheit.as_ptr(), address),
            "the result was written to a new block instead of the one passed in"
        );
    }
}
