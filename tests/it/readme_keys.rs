//! The README's key table is generated from the keymap. If this test fails, the keys changed:
//! run `TOLI_BLESS=1 cargo test --test it readme_keys` to rewrite the table, and review the diff.

use toli::app::keydoc::key_reference;
use toli::i18n::Localizer;
use toli::lang::Lang;

const START: &str =
    "<!-- keys:start (generated from src/app/keymap/table.rs by tests/it/readme_keys.rs) -->\n";
const END: &str = "<!-- keys:end -->";

#[test]
fn readme_key_table_matches_the_keymap() {
    let readme = std::fs::read_to_string("README.md").expect("README.md");
    let table = key_reference(&Localizer::new(), Lang::En);
    let (Some(s), Some(e)) = (readme.find(START), readme.find(END)) else {
        panic!("README.md lacks the key table markers");
    };
    let current = &readme[s + START.len()..e];
    if current != table {
        if std::env::var_os("TOLI_BLESS").is_some() {
            let updated = format!("{}{table}{}", &readme[..s + START.len()], &readme[e..]);
            std::fs::write("README.md", updated).expect("write README.md");
        } else {
            panic!(
                "README key table is out of date: run TOLI_BLESS=1 cargo test --test it readme_keys"
            );
        }
    }
}
