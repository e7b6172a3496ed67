//! Every integration test in one binary (as ripgrep does): the crate is linked once, so an
//! incremental `cargo test` relinks one test binary instead of one per file. Each module is
//! one suite; `cargo test --test it MODULE::` runs one.

mod browser;
mod common;

mod answer_first_tmux;
mod broken_links;
mod check_diagnostics;
mod check_mongolian;
mod check_teaches;
mod cli;
mod cli_cite;
mod cli_figure;
mod cli_help;
mod cli_layout;
mod export;
mod export_browser;
mod export_print;
mod export_sources;
mod figures_source;
mod figures_tui;
mod fuzz_regressions;
mod help_everywhere;
mod hostile;
mod latin_question_tmux;
mod link_order;
mod links_compact;
mod list_order;
mod note_keep;
mod note_keep_tmux;
mod note_wrap;
mod notes_cli;
mod notes_tui;
mod present;
mod present_fit;
mod present_plan;
mod present_room;
mod present_slides;
mod present_tmux;
mod present_trainer;
mod problems_window;
mod properties;
mod reading_order;
mod readme_commands;
mod readme_keys;
mod search_table;
mod search_tui;
mod snapshot;
mod state_save_tmux;
mod teach_cli;
mod title_cut;
mod tmux_clipboard;
mod tui;
mod tui_keys;
mod tui_study;
mod tui_tmux;
