// efficient11: One copy, many owners.
//
// Every `Reading` records which weather station it came from. `readings`
// gives each reading its own copy of the station's (long) description, so
// 100 readings store the same 134 bytes 100 times over.
//
// The description never changes after it is made, and every reading must
// keep it for as long as the reading lives (the caller's text may be gone
// by then). Let all the readings own the SAME single copy. The test
// measures the heap the readings keep (live bytes): the target is the
// Vec's own block plus ONE copy of the description. Do not change the tests.

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
        let vec_bytes = list.capacity() * std::mem::size_of::<Reading>();
        let target = vec_bytes + STATION.len() + 64;
        assert!(
            mem.live_bytes <= target as u64,
            "100 readings keep {} bytes of heap; the target is at most {target} \
             (the Vec's {vec_bytes} bytes, one copy of the {}-byte description, 64 spare) ({mem})",
            mem.live_bytes,
            STATION.len()
        );
        assert_eq!(list.len(), 100);
        assert_eq!(list[4].celsius, -9.0);
        assert!(list.iter().all(|r| &*r.station == STATION));
    }

    #[test]
    fn readings_outlive_the_callers_text() {
        let station = String::from("Station 7, harbour wall");
        let list = readings(&station, &[1.5, 2.5]);
        drop(station);
        assert!(
            list.iter()
                .all(|r| &*r.station == "Station 7, harbour wall")
        );
        assert_eq!(list[1].celsius, 2.5);
    }
}
