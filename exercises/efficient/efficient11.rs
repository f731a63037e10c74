// efficient11: One copy, many owners.
//
// Every `Reading` records which weather station it came from. `readings`
// gives each reading its own copy of the station's (long) description, so
// 100 readings store the same 134 bytes 100 times over.
//
// The description never changes after it is made, so the readings can share
// a single copy: store it as an `Rc<str>`. `Rc::from(station)` copies the text
// into one shared allocation, and `Rc::clone` only bumps a counter.
// The test measures the bytes allocated: the target is the Vec plus ONE
// copy of the description. Do not change the tests.

pub struct Reading {
    pub celsius: f64,
    pub station: String,
}

pub fn readings(station: &str, values: &[f64]) -> Vec<Reading> {
    values
        .iter()
        .map(|&celsius| Reading {
            celsius,
            station: station.to_string(),
        })
        .collect()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATION: &str = "Station 42, north ridge of the Vallée Blanche, \
        3 842 m above sea level, anemometer mounted on the east mast, \
        calibrated every spring.";

    #[test]
    fn the_description_is_stored_once() {
        let values: Vec<f64> = (0..100).map(|i| f64::from(i) / 4.0 - 10.0).collect();
        let (list, mem) = memkata_probe::measure(|| readings(STATION, &values));
        let vec_bytes = values.len() * std::mem::size_of::<Reading>();
        let target = vec_bytes + STATION.len() + 64;
        assert!(
            mem.bytes_allocated <= target as u64,
            "100 readings allocated {} bytes; the target is at most {target} \
             (the Vec's {vec_bytes} bytes, one copy of the {}-byte description, 64 spare) ({mem})",
            mem.bytes_allocated,
            STATION.len()
        );
        assert_eq!(list.len(), 100);
        assert_eq!(list[4].celsius, -9.0);
        assert!(list.iter().all(|r| &*r.station == STATION));
    }
}
