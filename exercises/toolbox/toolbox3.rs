// toolbox3: A config for the whole program.
//
// The program reads its config once, at start-up, and keeps it until it
// exits; every worker thread reads it. `thread::spawn` needs data that can
// live as long as the thread, so `run` takes a `&'static Config`. `load`
// should make one from text read at run time, but a reference to a local
// dies with the function.
//
// An `Arc` per thread would work, with a count to keep up for a value that
// is never freed anyway. Leaking it is simpler and costs nothing: a value
// that is never freed can be lent for the rest of the program. Leaking is
// safe (a leak can't cause a memory error), and right here because `load`
// runs once per program; in a loop it would be a real leak.
// Make `load` return a config that lives as long as the program.
// Do not change the tests.

use std::thread;

pub struct Config {
    pub name: String,
    pub workers: usize,
}

impl Config {
    fn parse(text: &str) -> Config {
        let mut config = Config {
            name: String::from("unnamed"),
            workers: 1,
        };
        for line in text.lines() {
            match line.split_once('=') {
                Some(("name", name)) => config.name = name.to_string(),
                Some(("workers", n)) => config.workers = n.parse().expect("a number"),
                _ => {}
            }
        }
        config
    }
}

/// Reads the config. Called once, at start-up.
pub fn load(text: &str) -> &'static Config {
    let config = Config::parse(text);
    &config
}

/// Starts the workers, and returns what each of them said.
pub fn run(config: &'static Config) -> Vec<String> {
    let handles: Vec<_> = (0..config.workers)
        .map(|i| thread::spawn(move || format!("{} worker {i}", config.name)))
        .collect();
    handles.into_iter().map(|h| h.join().unwrap()).collect()
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ptr;

    #[test]
    fn every_worker_reads_the_config() {
        let config = load("name=mill\nworkers=3");
        assert_eq!(
            run(config),
            ["mill worker 0", "mill worker 1", "mill worker 2"]
        );
    }

    #[test]
    fn each_load_makes_its_own_config() {
        let first = load("name=first");
        let second = load("name=second\nworkers=2");
        assert_eq!((first.name.as_str(), first.workers), ("first", 1));
        assert_eq!((second.name.as_str(), second.workers), ("second", 2));
        assert!(!ptr::eq(first, second));
    }

    #[test]
    fn the_config_is_kept() {
        let (config, mem) = memkata_probe::measure(|| load("name=kept"));
        assert!(
            mem.live_bytes >= std::mem::size_of::<Config>() as u64,
            "the config stays allocated until the program exits"
        );
        assert_eq!(config.name, "kept");
    }
}
