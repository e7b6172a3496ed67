//! Rebuild when the embedded corpus or the messages change, so new files are picked up, and
//! stamp the build with `TOLI_BUILD_KEY`: a hash of everything that shapes a parsed corpus or a
//! search index (the corpus, the messages, the sources, the lock file). Snapshots in the cache
//! (`src/cache.rs`) carry this key, so a new build never reads an older build's snapshot.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::path::{Path, PathBuf};

const INPUTS: &[&str] = &[
    "content",
    "locales",
    "src",
    "Cargo.toml",
    "Cargo.lock",
    "build.rs",
];

/// Every file under `path`, sorted, so the hash does not depend on directory order.
fn files(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let mut children: Vec<PathBuf> = std::fs::read_dir(path)
            .map(|rd| rd.filter_map(Result::ok).map(|d| d.path()).collect())
            .unwrap_or_default();
        children.sort();
        for c in children {
            files(&c, out);
        }
    } else if path.is_file() {
        out.push(path.to_path_buf());
    }
}

fn main() {
    let mut hasher = DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut hasher);
    for input in INPUTS {
        println!("cargo::rerun-if-changed={input}");
        let mut all = Vec::new();
        files(Path::new(input), &mut all);
        for f in all {
            f.hash(&mut hasher);
            std::fs::read(&f).unwrap_or_default().hash(&mut hasher);
        }
    }
    println!("cargo::rustc-env=TOLI_BUILD_KEY={:016x}", hasher.finish());
}
