//! Rebuild when the embedded corpus or the messages change, so new files are picked up.

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=locales");
}
