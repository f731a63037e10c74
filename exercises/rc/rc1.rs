// rc1: Two owners for one value.
//
// A web server and a background worker both need the same `Settings`. In
// Rust every value has exactly one owner, so `build` does not compile: the
// settings are moved into `web`, and then there is nothing left to move
// into `worker`.
//
// The standard library has a pointer made for this: it lets one value
// have several owners. The value sits on the heap with a count of the
// pointers that share it, and it is dropped when the last of them goes.
//
// Make both services own the same one `Settings`: not two copies, and not
// a value that is never freed. The tests check that both point at the very
// same settings, and that the settings are freed once both services are
// gone. Do not change the tests.

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
            "web and worker each have their own copy of the settings; they should share one and the same value"
        );
    }

    #[test]
    fn the_settings_are_freed_with_their_last_owner() {
        let ((), mem) = memkata_probe::measure(|| drop(build()));
        assert!(
            mem.allocations > 0,
            "build allocated nothing: the settings should be made by build and owned by the services, not kept in a static ({mem})"
        );
        assert_eq!(
            mem.live_bytes, 0,
            "both services were dropped, but {} bytes were never freed ({mem})",
            mem.live_bytes
        );
    }
}
