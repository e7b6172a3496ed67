//! Rebuild when the embedded corpus or the messages change, so new files are picked up, and
//! stamp the build with `TOLI_BUILD_KEY`: a hash of everything that shapes a parsed corpus or a
//! search index (the corpus, the messages, the sources, the lock file). Snapshots in the cache
//! (`src/cache/`) carry this key, so a new build never reads an older build's snapshot.
//!
//! It also writes `message_index.rs`: where each message of each Fluent file lies (module
//! `i18n::spans`, included here), so a start finds a message without scanning the file.

#[allow(dead_code)]
#[path = "src/i18n/spans.rs"]
mod spans;

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
    write_message_index();
}

/// Writes `$OUT_DIR/message_index.rs`: `INDEXED`, one `spans::Indexed` per `locales/**/*.ftl`,
/// sorted by name.
fn write_message_index() {
    let mut all = Vec::new();
    files(Path::new("locales"), &mut all);
    let mut code = String::from("pub static INDEXED: &[Indexed] = &[\n");
    for path in all {
        let (Ok(name), Ok(source)) = (path.strip_prefix("locales"), std::fs::read_to_string(&path))
        else {
            continue;
        };
        let name = name.to_string_lossy().replace('\\', "/");
        if !name.ends_with(".ftl") {
            continue;
        }
        let spans: Vec<String> = spans::index(&source)
            .iter()
            .map(|s| format!("[{}, {}, {}, {}]", s[0], s[1], s[2], s[3]))
            .collect();
        code += &format!(
            "    Indexed {{ name: {name:?}, len: {}, self_contained: {}, spans: &[{}] }},\n",
            source.len(),
            spans::self_contained(&source),
            spans.join(", ")
        );
    }
    code += "];\n";
    let out = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    if let Err(e) = std::fs::write(out.join("message_index.rs"), code) {
        panic!("cannot write the message index into OUT_DIR: {e}");
    }
}
