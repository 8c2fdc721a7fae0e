//! Working memory taken in one piece at start-up.
//!
//! The allocator asks the browser for more wasm memory 64 KB at a time, when it runs out. A
//! session that opens every view on the seed corpus grows the memory from 1.4 to 2.3 MB, most of
//! it while the search index is built, in up to fifteen such steps. Taking [`RESERVED`] once, at
//! start-up, leaves those steps nothing to do: the allocator keeps freed memory for later use
//! (wasm memory never shrinks), so every allocation of such a session is served from it.
//!
//! (WebKit's engine now and then stops the index build with an out-of-bounds memory access; it
//! did so while the memory grew, and it still does with the memory taken beforehand: see the
//! README on the test run.)

/// What is taken at start-up: what the seed corpus's heaviest session needs beyond the memory
/// the app starts with (0.9 MB, 1.0 MB once freed memory is split), with room to spare.
pub const RESERVED: usize = 3 << 19;

/// Grows the memory by [`RESERVED`] at once and hands it to the allocator as free memory.
pub fn reserve() {
    let block: Vec<u8> = Vec::with_capacity(RESERVED);
    // Kept from the optimiser, which would otherwise drop an allocation nothing reads.
    std::hint::black_box(&block);
}
