//! # memkata_probe: what did the heap just do?
//!
//! Katas about efficient memory are judged by measuring, not by reading code.
//! This crate installs a counting [global allocator](std::alloc::GlobalAlloc)
//! in every program that uses it, and offers:
//!
//! - [`measure`]: run a closure and get back its value together with the heap
//!   activity of the **current thread** while it ran ([`Stats`]);
//! - [`measure_all`]: the same for **every thread** of the program, for katas
//!   that spawn threads;
//! - [`DropLog`]: a log that values write into when they are dropped, so a test
//!   can check what was dropped and in which order.
//!
//! ```
//! let (v, mem) = memkata_probe::measure(|| {
//!     let mut v = Vec::with_capacity(100);
//!     v.extend(0..100u32);
//!     v
//! });
//! assert_eq!(v.len(), 100);
//! assert_eq!(mem.allocations, 1);
//! assert_eq!(mem.bytes_allocated, 400);
//! assert_eq!(mem.live_bytes, 400); // `v` is still alive: it was returned
//! ```
//!
//! ## What is counted
//!
//! Every allocation, reallocation and deallocation made through Rust's global
//! allocator, the standard library's included: `Box`, `Vec`, `String`,
//! `format!`, `Rc`, `HashMap`, … A reallocation (a `Vec` growing) counts as one
//! allocation of the new size and the release of the old block.
//!
//! ## What is not counted
//!
//! - With [`measure`], other threads' allocations, and blocks that another
//!   thread frees. Figures stay exact when the test harness runs many tests in
//!   parallel threads.
//! - Frees of blocks that were allocated before the measurement began: they
//!   do not lower `live_bytes`, which only speaks of blocks the closure made.
//! - Memory obtained without the global allocator (the stack, `mmap` calls made
//!   by hand, C libraries).
//!
//! memkata reads the figures of each measurement (see [`REPORT_ENV`]) and shows
//! them beside the reference solution's.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt;
use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, PoisonError, RwLock};

/// If this environment variable names a file, every measurement appends one
/// line to it: `label<TAB>allocations<TAB>bytes_allocated<TAB>peak_bytes<TAB>live_bytes`.
/// The label is the name of the test that measured (the thread's name), with
/// `#2`, `#3`, … for its later measurements.
pub const REPORT_ENV: &str = "MEMKATA_PROBE_REPORT";

/// The heap activity seen during one measurement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    /// Blocks obtained from the allocator (a reallocation counts as one).
    pub allocations: u64,
    /// Blocks released that were obtained during the measurement.
    pub deallocations: u64,
    /// Total bytes of the blocks obtained.
    pub bytes_allocated: u64,
    /// Most bytes held at any one moment by blocks obtained during the measurement.
    pub peak_bytes: u64,
    /// Bytes obtained during the measurement and not released by its end.
    /// Zero means nothing leaked, once the closure dropped what it made.
    pub live_bytes: u64,
}

impl Stats {
    fn on_alloc(&mut self, size: u64) {
        self.allocations += 1;
        self.bytes_allocated += size;
        self.live_bytes += size;
        self.peak_bytes = self.peak_bytes.max(self.live_bytes);
    }

    fn on_free(&mut self, size: u64) {
        self.deallocations += 1;
        self.live_bytes = self.live_bytes.saturating_sub(size);
    }
}

impl fmt::Display for Stats {
    /// `3 allocations, 1.1 KiB allocated, peak 1.0 KiB, 0 B live`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = if self.allocations == 1 { "" } else { "s" };
        write!(
            f,
            "{} allocation{plural}, {} allocated, peak {}, {} live",
            self.allocations,
            human_bytes(self.bytes_allocated),
            human_bytes(self.peak_bytes),
            human_bytes(self.live_bytes)
        )
    }
}

/// Formats a byte count the way memkata prints it: `96 B`, `1.1 KiB`, `3.0 MiB`.
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// Runs `f` and returns its value with the heap activity of the current
/// thread while it ran.
///
/// ```
/// let (s, mem) = memkata_probe::measure(|| "hello".to_string());
/// assert_eq!(s, "hello");
/// assert_eq!(mem.allocations, 1);
/// assert_eq!(mem.bytes_allocated, 5);
/// ```
///
/// A leak shows as `live_bytes` once the closure has dropped what it made:
///
/// ```
/// let ((), mem) = memkata_probe::measure(|| {
///     let kept = Box::new([0u8; 64]);
///     std::mem::forget(kept);
/// });
/// assert_eq!(mem.live_bytes, 64);
/// ```
///
/// # Panics
///
/// If called inside another `measure` or `measure_all` on the same thread.
pub fn measure<T>(f: impl FnOnce() -> T) -> (T, Stats) {
    let outer = THREAD_WINDOW.with(Cell::get);
    assert!(
        outer == 0,
        "memkata_probe::measure cannot be nested in another measurement"
    );
    let _shared = WINDOWS.read().unwrap_or_else(PoisonError::into_inner);
    let id = next_window_id();
    THREAD_STATS.with(|s| s.set(Stats::default()));
    THREAD_WINDOW.with(|w| w.set(id));
    let guard = CloseThreadWindow;
    let value = f();
    drop(guard);
    let stats = THREAD_STATS.with(Cell::get);
    report(&stats);
    (value, stats)
}

/// Like [`measure`], but counts the allocations of every thread of the
/// program, the threads that `f` spawns included. Measurements made with
/// `measure_all` run one at a time, and never beside a [`measure`].
///
/// ```
/// let (sum, mem) = memkata_probe::measure_all(|| {
///     std::thread::scope(|s| {
///         let h = s.spawn(|| vec![1u64, 2, 3].iter().sum::<u64>());
///         h.join().unwrap()
///     })
/// });
/// assert_eq!(sum, 6);
/// assert!(mem.allocations >= 1);
/// ```
pub fn measure_all<T>(f: impl FnOnce() -> T) -> (T, Stats) {
    assert!(
        THREAD_WINDOW.with(Cell::get) == 0,
        "memkata_probe::measure_all cannot be nested in another measurement"
    );
    let _exclusive = WINDOWS.write().unwrap_or_else(PoisonError::into_inner);
    let id = next_window_id();
    GLOBAL.reset();
    GLOBAL_WINDOW.store(id, Ordering::SeqCst);
    // Marks this thread as measuring, so a nested call panics instead of
    // waiting for the lock it holds.
    THREAD_WINDOW.with(|w| w.set(id));
    let guard = CloseGlobalWindow;
    let value = f();
    drop(guard);
    let stats = GLOBAL.snapshot();
    report(&stats);
    (value, stats)
}

/// A shared log that values write into when they are dropped.
///
/// Clone it into the values you want to watch; every clone writes to the same
/// log. It can be sent to other threads.
///
/// ```
/// use memkata_probe::DropLog;
///
/// let log = DropLog::new();
/// {
///     let _a = log.token("a");
///     let _b = log.token("b");
/// } // locals are dropped in reverse order of declaration
/// assert_eq!(log.entries(), ["b", "a"]);
/// ```
///
/// A type of your own can record its drop with [`DropLog::record`]:
///
/// ```
/// use memkata_probe::DropLog;
///
/// struct Noisy { name: &'static str, log: DropLog }
/// impl Drop for Noisy {
///     fn drop(&mut self) { self.log.record(self.name); }
/// }
///
/// let log = DropLog::new();
/// drop(Noisy { name: "x", log: log.clone() });
/// assert_eq!(log.entries(), ["x"]);
/// ```
#[derive(Clone, Default)]
pub struct DropLog {
    entries: Arc<Mutex<Vec<String>>>,
}

impl DropLog {
    /// An empty log.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends `what` to the log.
    pub fn record(&self, what: impl Into<String>) {
        self.lock().push(what.into());
    }

    /// A value that records `name` in this log when it is dropped.
    pub fn token(&self, name: impl Into<String>) -> DropToken {
        DropToken {
            name: name.into(),
            log: self.clone(),
        }
    }

    /// What was recorded so far, oldest first.
    pub fn entries(&self) -> Vec<String> {
        self.lock().clone()
    }

    /// How many entries were recorded so far.
    pub fn len(&self) -> usize {
        self.lock().len()
    }

    /// Whether nothing was recorded yet.
    pub fn is_empty(&self) -> bool {
        self.lock().is_empty()
    }

    /// Forgets every entry.
    pub fn clear(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<String>> {
        self.entries.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl fmt::Debug for DropLog {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.entries()).finish()
    }
}

/// Records its name in a [`DropLog`] when dropped. Made by [`DropLog::token`].
#[derive(Debug)]
pub struct DropToken {
    name: String,
    log: DropLog,
}

impl DropToken {
    /// The name this token records.
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Drop for DropToken {
    fn drop(&mut self) {
        self.log.record(std::mem::take(&mut self.name));
    }
}

// ---------------------------------------------------------------------------
// The allocator.
//
// Every block carries a small header in front of it holding the id of the
// measurement window it was allocated in (0: none). A free is counted only
// when the block belongs to a window still open, which keeps `live_bytes`
// exact whatever the closure frees from before. The outer block is aligned
// to at least 8 bytes, so the id (in the header's last 8 bytes) is aligned
// however little the caller asked for; the header is as large as the
// caller's alignment (at least 16 bytes), so the caller's block stays aligned.

struct Counting;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// Serializes `measure_all` against every other measurement.
static WINDOWS: RwLock<()> = RwLock::new(());
static NEXT_WINDOW: AtomicU64 = AtomicU64::new(1);
static GLOBAL_WINDOW: AtomicU64 = AtomicU64::new(0);
static GLOBAL: GlobalStats = GlobalStats::new();

thread_local! {
    static THREAD_WINDOW: Cell<u64> = const { Cell::new(0) };
    static THREAD_STATS: Cell<Stats> = const {
        Cell::new(Stats {
            allocations: 0,
            deallocations: 0,
            bytes_allocated: 0,
            peak_bytes: 0,
            live_bytes: 0,
        })
    };
    static MEASUREMENTS: Cell<u32> = const { Cell::new(0) };
}

fn next_window_id() -> u64 {
    NEXT_WINDOW.fetch_add(1, Ordering::Relaxed)
}

struct CloseThreadWindow;

impl Drop for CloseThreadWindow {
    fn drop(&mut self) {
        THREAD_WINDOW.with(|w| w.set(0));
    }
}

struct CloseGlobalWindow;

impl Drop for CloseGlobalWindow {
    fn drop(&mut self) {
        GLOBAL_WINDOW.store(0, Ordering::SeqCst);
        THREAD_WINDOW.with(|w| w.set(0));
    }
}

struct GlobalStats {
    allocations: AtomicU64,
    deallocations: AtomicU64,
    bytes_allocated: AtomicU64,
    peak_bytes: AtomicU64,
    live_bytes: AtomicU64,
}

impl GlobalStats {
    const fn new() -> Self {
        Self {
            allocations: AtomicU64::new(0),
            deallocations: AtomicU64::new(0),
            bytes_allocated: AtomicU64::new(0),
            peak_bytes: AtomicU64::new(0),
            live_bytes: AtomicU64::new(0),
        }
    }

    fn reset(&self) {
        for counter in [
            &self.allocations,
            &self.deallocations,
            &self.bytes_allocated,
            &self.peak_bytes,
            &self.live_bytes,
        ] {
            counter.store(0, Ordering::SeqCst);
        }
    }

    fn on_alloc(&self, size: u64) {
        self.allocations.fetch_add(1, Ordering::SeqCst);
        self.bytes_allocated.fetch_add(size, Ordering::SeqCst);
        let live = self.live_bytes.fetch_add(size, Ordering::SeqCst) + size;
        self.peak_bytes.fetch_max(live, Ordering::SeqCst);
    }

    fn on_free(&self, size: u64) {
        self.deallocations.fetch_add(1, Ordering::SeqCst);
        let _ = self
            .live_bytes
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |live| {
                Some(live.saturating_sub(size))
            });
    }

    fn snapshot(&self) -> Stats {
        Stats {
            allocations: self.allocations.load(Ordering::SeqCst),
            deallocations: self.deallocations.load(Ordering::SeqCst),
            bytes_allocated: self.bytes_allocated.load(Ordering::SeqCst),
            peak_bytes: self.peak_bytes.load(Ordering::SeqCst),
            live_bytes: self.live_bytes.load(Ordering::SeqCst),
        }
    }
}

/// The window a new block belongs to, counting it there.
fn on_alloc(size: usize) -> u64 {
    let size = size as u64;
    let global = GLOBAL_WINDOW.load(Ordering::SeqCst);
    if global != 0 {
        GLOBAL.on_alloc(size);
        return global;
    }
    THREAD_WINDOW
        .try_with(|w| {
            let id = w.get();
            if id != 0 {
                THREAD_STATS.with(|s| {
                    let mut stats = s.get();
                    stats.on_alloc(size);
                    s.set(stats);
                });
            }
            id
        })
        .unwrap_or(0)
}

fn on_free(window: u64, size: usize) {
    if window == 0 {
        return;
    }
    let size = size as u64;
    if window == GLOBAL_WINDOW.load(Ordering::SeqCst) {
        GLOBAL.on_free(size);
        return;
    }
    let _ = THREAD_WINDOW.try_with(|w| {
        if w.get() == window {
            THREAD_STATS.with(|s| {
                let mut stats = s.get();
                stats.on_free(size);
                s.set(stats);
            });
        }
    });
}

/// Bytes before the caller's block: a multiple of the outer block's
/// alignment, with room for the window id.
fn header_size(align: usize) -> usize {
    align.max(16)
}

/// The alignment of the outer block: the caller's, and at least the id's.
fn outer_align(align: usize) -> usize {
    align.max(std::mem::align_of::<u64>())
}

/// The layout of a block of `size` bytes with its header, or `None` if it
/// would overflow.
fn outer_layout(size: usize, align: usize) -> Option<(Layout, usize)> {
    let header = header_size(align);
    let size = size.checked_add(header)?;
    Layout::from_size_align(size, outer_align(align))
        .ok()
        .map(|l| (l, header))
}

// SAFETY: every block handed out is `header` bytes into a block obtained from
// `System` with the outer layout; the header's last 8 bytes hold the window
// id. `dealloc` and `realloc` undo the same offset with the same layout.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let Some((outer, header)) = outer_layout(layout.size(), layout.align()) else {
            return std::ptr::null_mut();
        };
        // SAFETY: `outer` has a non-zero size.
        let base = unsafe { System.alloc(outer) };
        if base.is_null() {
            return base;
        }
        let window = on_alloc(layout.size());
        // SAFETY: the header lies inside the block and is 8-byte aligned.
        unsafe {
            let user = base.add(header);
            user.sub(8).cast::<u64>().write(window);
            user
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let Some((outer, header)) = outer_layout(layout.size(), layout.align()) else {
            return std::ptr::null_mut();
        };
        // SAFETY: `outer` has a non-zero size.
        let base = unsafe { System.alloc_zeroed(outer) };
        if base.is_null() {
            return base;
        }
        let window = on_alloc(layout.size());
        // SAFETY: as in `alloc`.
        unsafe {
            let user = base.add(header);
            user.sub(8).cast::<u64>().write(window);
            user
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        let Some((outer, header)) = outer_layout(layout.size(), layout.align()) else {
            return;
        };
        // SAFETY: `ptr` came from `alloc` with this layout (GlobalAlloc's contract).
        unsafe {
            let window = ptr.sub(8).cast::<u64>().read();
            on_free(window, layout.size());
            System.dealloc(ptr.sub(header), outer);
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let Some((outer, header)) = outer_layout(layout.size(), layout.align()) else {
            return std::ptr::null_mut();
        };
        // The grown block must itself be a valid layout: its size, rounded
        // up to its alignment, within `isize::MAX`.
        let Some((new_outer, _)) = outer_layout(new_size, layout.align()) else {
            return std::ptr::null_mut();
        };
        // SAFETY: `ptr` came from `alloc` with `layout`; `new_outer` is a
        // valid layout of the same alignment as `outer`; on success the old
        // block is gone and the header moved with the data.
        unsafe {
            let old_window = ptr.sub(8).cast::<u64>().read();
            let base = System.realloc(ptr.sub(header), outer, new_outer.size());
            if base.is_null() {
                return base;
            }
            on_free(old_window, layout.size());
            let window = on_alloc(new_size);
            let user = base.add(header);
            user.sub(8).cast::<u64>().write(window);
            user
        }
    }
}

/// Appends the measurement to the report file memkata asked for, if any.
fn report(stats: &Stats) {
    let Some(path) = std::env::var_os(REPORT_ENV) else {
        return;
    };
    let count = MEASUREMENTS.with(|m| {
        let n = m.get() + 1;
        m.set(n);
        n
    });
    let thread = std::thread::current();
    let name = thread.name().unwrap_or("main");
    let test = name.rsplit("::").next().unwrap_or(name);
    let label = if count == 1 {
        test.to_string()
    } else {
        format!("{test}#{count}")
    };
    let line = format!(
        "{label}\t{}\t{}\t{}\t{}\n",
        stats.allocations, stats.bytes_allocated, stats.peak_bytes, stats.live_bytes
    );
    if let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    {
        let _ = file.write_all(line.as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::rc::Rc;

    #[test]
    fn counts_one_box() {
        let (b, mem) = measure(|| Box::new(7u64));
        assert_eq!(*b, 7);
        assert_eq!(mem.allocations, 1);
        assert_eq!(mem.bytes_allocated, 8);
        assert_eq!(mem.live_bytes, 8);
        assert_eq!(mem.peak_bytes, 8);
    }

    #[test]
    fn growth_counts_reallocations() {
        let ((), mem) = measure(|| {
            let mut v: Vec<u8> = Vec::new();
            for i in 0..100 {
                v.push(i);
            }
        });
        assert!(mem.allocations > 1, "{mem:?}");
        assert_eq!(mem.live_bytes, 0);
        assert_eq!(mem.deallocations, mem.allocations);
    }

    #[test]
    fn frees_of_older_blocks_do_not_count() {
        let old = vec![0u8; 1000];
        let ((), mem) = measure(move || drop(old));
        assert_eq!(mem, Stats::default());
    }

    #[test]
    fn nothing_is_counted_outside() {
        let _before = std::hint::black_box(vec![1u8; 10]);
        let ((), mem) = measure(|| ());
        let _after = std::hint::black_box(vec![1u8; 10]);
        assert_eq!(mem, Stats::default());
    }

    #[test]
    fn rc_cycle_leaks() {
        use std::cell::RefCell;
        struct Node {
            next: RefCell<Option<Rc<Node>>>,
        }
        let ((), mem) = measure(|| {
            let a = Rc::new(Node {
                next: RefCell::new(None),
            });
            let b = Rc::new(Node {
                next: RefCell::new(Some(Rc::clone(&a))),
            });
            *a.next.borrow_mut() = Some(Rc::clone(&b));
        });
        assert_eq!(mem.allocations, 2);
        assert!(mem.live_bytes > 0);
    }

    #[test]
    fn parallel_threads_agree() {
        let results: Vec<Stats> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8)
                .map(|_| {
                    s.spawn(|| {
                        let mut last = None;
                        for _ in 0..200 {
                            let ((), mem) = measure(|| {
                                let v = vec![0u32; 64];
                                let s = format!("{}", v.len());
                                drop((v, s));
                            });
                            last = Some(mem);
                        }
                        last.unwrap()
                    })
                })
                .collect();
            handles.into_iter().map(|h| h.join().unwrap()).collect()
        });
        for mem in &results {
            assert_eq!(mem.allocations, 2);
            // `format!` of a short number reserves the 8 bytes a `String` starts with.
            assert_eq!(mem.bytes_allocated, 256 + 8);
            assert_eq!(mem.live_bytes, 0);
        }
    }

    #[test]
    fn drop_log_orders() {
        let log = DropLog::new();
        struct Pair {
            _first: DropToken,
            _second: DropToken,
        }
        drop(Pair {
            _first: log.token("first"),
            _second: log.token("second"),
        });
        assert_eq!(log.entries(), ["first", "second"]);
    }

    #[test]
    fn any_alignment_is_kept_and_counted() {
        #[repr(align(64))]
        struct Line([u8; 64]);
        #[repr(align(4096))]
        struct Page([u8; 4096]);
        let ((), mem) = measure(|| {
            let mut bytes: Vec<u8> = Vec::with_capacity(1);
            for i in 0..1000u32 {
                bytes.push(i as u8);
            }
            assert!(bytes.iter().enumerate().all(|(i, &b)| b == i as u8));
            let lines: Vec<Line> = (0..10).map(|i| Line([i; 64])).collect();
            assert!(
                lines
                    .iter()
                    .all(|l| (l as *const Line).addr().is_multiple_of(64))
            );
            assert_eq!(lines[9].0[63], 9);
            let page = Box::new(Page([7; 4096]));
            assert_eq!((&*page as *const Page).addr() % 4096, 0);
            assert_eq!(page.0[4095], 7);
            let odd = Box::new([1u8, 2, 3]);
            assert_eq!(*odd, [1, 2, 3]);
        });
        assert_eq!(mem.live_bytes, 0);
        assert!(mem.allocations >= 4, "{mem:?}");
    }

    #[test]
    fn reallocation_keeps_alignment_and_contents() {
        use std::alloc::{GlobalAlloc, Layout};
        for align in [1, 2, 8, 16, 32, 256] {
            let layout = Layout::from_size_align(3, align).unwrap();
            // SAFETY: a non-zero-sized layout, freed below with the layout
            // it was last given.
            unsafe {
                let p = ALLOCATOR.alloc(layout);
                assert!(!p.is_null());
                assert_eq!(p.addr() % align, 0);
                p.copy_from_nonoverlapping([9u8, 8, 7].as_ptr(), 3);
                let q = ALLOCATOR.realloc(p, layout, 5000);
                assert!(!q.is_null());
                assert_eq!(q.addr() % align, 0, "align {align}");
                assert_eq!(std::slice::from_raw_parts(q, 3), [9, 8, 7]);
                ALLOCATOR.dealloc(q, Layout::from_size_align(5000, align).unwrap());
            }
        }
    }

    #[test]
    fn the_window_id_is_always_aligned() {
        for align in [1, 2, 4, 8, 16, 64, 4096] {
            let (outer, header) = outer_layout(3, align).unwrap();
            assert!(
                outer.align() >= std::mem::align_of::<u64>(),
                "align {align}"
            );
            assert_eq!(header % outer.align(), 0, "align {align}");
            assert_eq!(header % align, 0, "align {align}");
            assert!(header >= 8);
        }
        assert!(outer_layout(isize::MAX as usize, 8).is_none());
    }

    #[test]
    fn an_impossible_reallocation_fails_cleanly() {
        use std::alloc::{GlobalAlloc, Layout};
        let layout = Layout::from_size_align(8, 8).unwrap();
        // SAFETY: the block is freed with its layout; the failed realloc
        // leaves it untouched, as GlobalAlloc promises.
        unsafe {
            let p = ALLOCATOR.alloc(layout);
            assert!(ALLOCATOR.realloc(p, layout, isize::MAX as usize).is_null());
            ALLOCATOR.dealloc(p, layout);
        }
    }

    #[test]
    fn human_bytes_reads_well() {
        assert_eq!(human_bytes(96), "96 B");
        assert_eq!(human_bytes(1126), "1.1 KiB");
        assert_eq!(human_bytes(3 * 1024 * 1024), "3.0 MiB");
    }
}
