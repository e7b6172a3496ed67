//! Fuzzes the entry parser: any bytes, decoded as the loader does, must parse without panicking
//! and every diagnostic must point inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let parsed = toli::corpus::parse::parse_entry("fuzz.md", text, false);
        let lines = toli::corpus::split::lines(&text).len() + 1;
        for d in &parsed.diagnostics {
            assert!(d.line >= 1 && d.line <= lines, "line {} of {lines}", d.line);
        }
    }
});
