// rc1: Two owners for one value.
//
// A web server and a background worker both need the same `Settings`. In
// Rust every value has exactly one owner, so `build` does not compile: the
// settings are moved into `web`, and then there is nothing left to move into
// `worker`.
//
// `std::rc::Rc` (a "reference-counted" pointer) lets one value have several
// owners. `Rc::new(value)` puts the value on the heap next to a counter, and
// `Rc::clone(&rc)` makes one more owner of that SAME value: it copies a
// pointer and adds 1 to the count, it does not copy the settings.
//
// Make both services own the same settings:
// 1. change the `settings` field of `Service` to an `Rc<Settings>`;
// 2. in `build`, wrap the settings with `Rc::new`, and give each service its
//    own `Rc` pointing at them.
// Do not change the tests.

pub struct Settings {
    pub environment: String,
    pub max_connections: u32,
}

pub struct Service {
    pub label: &'static str,
    pub settings: Settings,
}

pub fn build() -> (Service, Service) {
    let settings = Settings {
        environment: String::from("production"),
        max_connections: 64,
    };
    let web = Service {
        label: "web",
        settings,
    };
    let worker = Service {
        label: "worker",
        settings,
    };
    (web, worker)
}

fn main() {
    // You can experiment here; memkata runs the tests.
}

#[cfg(test)]
mod tests {
    use super::*;

    // True when both references point at the very same Settings in memory.
    fn same(a: &Settings, b: &Settings) -> bool {
        std::ptr::eq(a, b)
    }

    #[test]
    fn both_services_see_the_settings() {
        let (web, worker) = build();
        assert_eq!(web.label, "web");
        assert_eq!(worker.label, "worker");
        assert_eq!(web.settings.environment, "production");
        assert_eq!(worker.settings.environment, "production");
        assert_eq!(worker.settings.max_connections, 64);
    }

    #[test]
    fn there_is_only_one_settings() {
        let (web, worker) = build();
        assert!(
            same(&web.settings, &worker.settings),
            "web and worker each have their own copy of the settings; they should share ONE value (Rc::clone copies the pointer, not the settings)"
        );
    }
}
