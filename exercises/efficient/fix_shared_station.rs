// Quiz: read this program, then answer in memkata.
//
// Every reading must keep the name of its station for as long as the
// reading lives. The test measures with memkata_probe the heap that the
// readings keep (live bytes).

use std::rc::Rc;

struct Reading {
    celsius: f64,
    station: Station,
}

// [fix]
type Station = String;

fn readings(station: &str, values: &[f64]) -> Vec<Reading> {
    values
        .iter()
        .map(|&celsius| Reading {
            celsius,
            station: station.to_string(),
        })
        .collect()
}
// [/fix]

fn main() {
    let list = readings("North ridge", &[1.5, 2.0]);
    println!("{} {}", list[1].station, list[1].celsius);
}

#[cfg(test)]
mod tests {
    use super::*;

    const STATION: &str = "Station 42, north ridge, 3 842 m above sea level, \
        anemometer on the east mast, calibrated every spring";

    #[test]
    fn the_name_is_stored_once() {
        let values: Vec<f64> = (0..100).map(f64::from).collect();
        let (list, mem) = memkata_probe::measure(|| readings(STATION, &values));
        // The Vec's own block, one copy of the name, and 64 bytes spare.
        let vec_bytes = list.capacity() * std::mem::size_of::<Reading>();
        let target = vec_bytes + STATION.len() + 64;
        assert!(
            mem.live_bytes <= target as u64,
            "100 readings keep {} bytes of heap; the target is at most {target} ({mem})",
            mem.live_bytes
        );
        assert!(list.iter().all(|r| &*r.station == STATION));
        assert_eq!(list[99].celsius, 99.0);
    }

    #[test]
    fn readings_outlive_the_callers_text() {
        let station = String::from("Harbour wall");
        let list = readings(&station, &[4.0]);
        drop(station);
        assert_eq!(&*list[0].station, "Harbour wall");
    }
}
