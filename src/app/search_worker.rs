//! Searching off the UI thread, for corpora large enough that a query can take longer than a
//! frame (tens of milliseconds at 100,000 entries): typing goes on while a worker thread
//! searches, and the newest query wins — queries typed while one runs are coalesced, and an
//! answer to an older query than the one on screen is dropped.
//!
//! Small corpora search on the UI thread ([`App::refresh_search`]), where a query takes well
//! under a millisecond and results appear in the same frame as the keystroke.

use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use super::Message;
use super::state::{App, Overlay};
use super::study::note_search::places;
use crate::corpus::Corpus;
use crate::lang::Lang;
use crate::search::{Hit, SearchIndex, SearchOptions};

/// Corpora with at least this many entries search on a worker thread.
pub const WORKER_FROM: usize = 5_000;

struct Request {
    generation: u64,
    query: String,
    lang: Lang,
    corpus: Arc<Corpus>,
    index: Arc<SearchIndex>,
    /// The entries whose note holds the query: where the search ranks them is answered too.
    noted: Vec<usize>,
}

/// The hits for the query of one generation.
pub struct Answer {
    pub generation: u64,
    pub hits: Vec<Hit>,
    /// How many entries matched in all (at least, when not `exact`).
    pub total: usize,
    pub exact: bool,
    /// How many hold every word, when fewer than `total`.
    pub complete: Option<usize>,
    /// Words the corpus does not hold ([`crate::search::Found::near_only`]).
    pub near_only: Vec<String>,
    /// The reading searched instead of the keys typed ([`crate::search::Found::read_as`]).
    pub read_as: Option<String>,
    /// Where the search ranked each entry whose note holds the query
    /// ([`super::study::note_search::places`]).
    pub noted: Vec<(usize, Option<usize>)>,
}

/// A thread answering search requests, newest first.
pub struct SearchWorker {
    requests: Sender<Request>,
    answers: Receiver<Answer>,
    /// The generation of the last request sent.
    pub asked: u64,
    /// The generation of the newest answer received.
    pub answered: u64,
}

impl SearchWorker {
    /// Starts the worker; it ends when the `SearchWorker` is dropped.
    pub fn spawn() -> SearchWorker {
        let (requests, inbox) = channel::<Request>();
        let (outbox, answers) = channel::<Answer>();
        std::thread::spawn(move || {
            while let Ok(mut req) = inbox.recv() {
                // Only the newest pending query matters.
                while let Ok(newer) = inbox.try_recv() {
                    req = newer;
                }
                let found =
                    req.index
                        .find(&req.corpus, &req.query, &SearchOptions::in_lang(req.lang));
                let noted = places(
                    &req.index,
                    &req.corpus,
                    &req.query,
                    req.lang,
                    &found,
                    &req.noted,
                );
                let answer = Answer {
                    generation: req.generation,
                    hits: found.hits,
                    total: found.total,
                    exact: found.exact,
                    complete: found.complete,
                    near_only: found.near_only,
                    read_as: found.read_as,
                    noted,
                };
                if outbox.send(answer).is_err() {
                    break;
                }
            }
        });
        SearchWorker {
            requests,
            answers,
            asked: 0,
            answered: 0,
        }
    }

    /// Asks for the hits of `query` (and where the entries `noted` rank); returns false when
    /// the worker is gone.
    pub fn ask(
        &mut self,
        query: &str,
        lang: Lang,
        corpus: &Arc<Corpus>,
        index: &Arc<SearchIndex>,
        noted: Vec<usize>,
    ) -> bool {
        self.asked += 1;
        self.requests
            .send(Request {
                generation: self.asked,
                query: query.to_string(),
                lang,
                corpus: Arc::clone(corpus),
                index: Arc::clone(index),
                noted,
            })
            .is_ok()
    }

    /// True while the answer to the newest request has not arrived.
    pub fn pending(&self) -> bool {
        self.answered < self.asked
    }

    /// The newest answer that has arrived, if any.
    pub fn newest(&self) -> Option<Answer> {
        self.answers.try_iter().last()
    }
}

impl App {
    /// Puts the newest answer from the search worker on screen (through
    /// [`super::update`](mod@super::update), as [`Message::SearchAnswered`]); returns true when
    /// the screen changed.
    pub fn take_search_answers(&mut self) -> bool {
        let Some(answer) = self.search_worker.as_ref().and_then(SearchWorker::newest) else {
            return false;
        };
        let shown = matches!(self.overlay, Some(Overlay::Search(_)))
            && self
                .search_worker
                .as_ref()
                .is_some_and(|w| w.asked == answer.generation);
        super::update(self, Message::SearchAnswered(answer));
        shown
    }

    /// Forgets searches still running (their hits belong to a corpus that was replaced).
    pub fn drop_pending_searches(&mut self) {
        if let Some(w) = &mut self.search_worker {
            w.asked += 1;
            w.answered = w.asked;
        }
    }

    /// True while a search runs on the worker for the query on screen.
    pub fn searching(&self) -> bool {
        self.search_worker
            .as_ref()
            .is_some_and(SearchWorker::pending)
    }
}

/// An answer from the worker arrived: the hits go on screen when they answer the query shown.
pub(super) fn answered(app: &mut App, answer: Answer) {
    let Some(worker) = &mut app.search_worker else {
        return;
    };
    worker.answered = worker.answered.max(answer.generation);
    let current = worker.asked == answer.generation;
    if let Some(Overlay::Search(s)) = app.overlay.as_mut().map(Overlay::under_help_mut)
        && current
    {
        s.hits = answer.hits;
        (s.total, s.exact, s.complete) = (answer.total, answer.exact, answer.complete);
        (s.near_only, s.read_as) = (answer.near_only, answer.read_as);
        app.add_note_hits(&answer.noted);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::ThemeName;
    use crate::lang::Lang;

    fn app_with_worker() -> App {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let mut app = App::new(corpus, Lang::En, ThemeName::Dark, true);
        app.search_worker = Some(SearchWorker::spawn());
        app
    }

    fn wait(app: &mut App) {
        for _ in 0..2000 {
            app.take_search_answers();
            if !app.searching() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        panic!("the worker did not answer");
    }

    #[test]
    fn the_worker_answers_the_newest_query_like_the_ui_thread_would() {
        let mut app = app_with_worker();
        app.overlay = Some(Overlay::Search(Default::default()));
        for q in ["k", "kl", "kla", "klaster"] {
            if let Some(Overlay::Search(s)) = &mut app.overlay {
                s.query = q.to_string();
            }
            app.refresh_search();
        }
        assert!(app.searching() || app.take_search_answers());
        wait(&mut app);
        let want = app
            .index
            .search(&app.corpus, "klaster", &SearchOptions::default());
        let Some(Overlay::Search(s)) = &app.overlay else {
            panic!("overlay closed");
        };
        assert!(!want.is_empty());
        assert_eq!(s.hits, want, "the screen shows the newest query's hits");
    }

    /// An answer that arrives while the help (F1) is open over the search box reaches the
    /// box under it: closing the help shows the question's hits, not an empty or stale list.
    #[test]
    fn an_answer_arriving_under_the_help_reaches_the_search_box() {
        use crate::app::action::Action;
        let mut app = app_with_worker();
        crate::app::update::update(&mut app, Action::OpenSearch);
        crate::app::update::update(&mut app, Action::Paste("klaster".into()));
        crate::app::update::update(&mut app, Action::Help);
        assert!(matches!(app.overlay, Some(Overlay::Help { .. })));
        wait(&mut app);
        crate::app::update::update(&mut app, Action::Escape);
        let want = app
            .index
            .search(&app.corpus, "klaster", &SearchOptions::default());
        let Some(Overlay::Search(s)) = &app.overlay else {
            panic!("the search box is back: {:?}", app.overlay);
        };
        assert!(!want.is_empty());
        assert_eq!(s.hits, want);
    }

    /// A note's hit counts the same from the worker as from the UI thread: the worker says
    /// where the search ranked the noted entry, so the count stays exact.
    #[test]
    fn the_worker_places_a_noted_entry_as_the_ui_thread_does() {
        let query = "cluster policy";
        let mut shown = Vec::new();
        for worker in [false, true] {
            let mut app = app_with_worker();
            if !worker {
                app.search_worker = None;
            }
            let note = "a cluster policy meeting\n".to_string();
            for id in ["absorptive-capacity", "accelerator"] {
                app.study.notes.insert(id.to_string(), note.clone());
            }
            app.overlay = Some(Overlay::Search(Default::default()));
            if let Some(Overlay::Search(s)) = &mut app.overlay {
                s.query = query.to_string();
            }
            app.refresh_search();
            wait(&mut app);
            let Some(Overlay::Search(s)) = &app.overlay else {
                panic!("overlay closed");
            };
            let found = app
                .index
                .find(&app.corpus, query, &SearchOptions::default());
            assert!(found.total > found.hits.len(), "the corpus list is cut");
            assert!(s.exact && s.total >= found.total && s.total <= found.total + 2);
            assert_eq!(s.noted.len(), 2);
            let entries: Vec<usize> = s.hits.iter().map(|h| h.entry).collect();
            shown.push((entries, s.total, s.complete, s.noted.clone()));
        }
        assert_eq!(shown[0], shown[1]);
    }

    /// Live reload to a corpus of one entry, far smaller than the shipped one.
    fn reload_to_one_entry(app: &mut App) {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join("a.md"),
            "---\nid: only\nkind: definition\ntitle: {en: Cluster only, mn: Зөвхөн кластер}\n\
             summary: {en: s, mn: с}\n---\n::: en\nx\n::: mn\nх\n",
        )
        .expect("write");
        let fresh = crate::corpus::load::load(&crate::corpus::load::Sources {
            builtin: false,
            dirs: vec![dir.path().to_path_buf()],
        });
        let merged = crate::corpus::reload::merge(&app.corpus, fresh);
        app.reload(merged);
    }

    fn screen(app: &App) -> String {
        let backend = ratatui::backend::TestBackend::new(80, 24);
        let mut terminal = ratatui::Terminal::new(backend).expect("terminal");
        terminal.draw(|f| crate::ui::draw(f, app)).expect("draw");
        let buffer = terminal.backend().buffer();
        buffer.content().iter().map(|c| c.symbol()).collect()
    }

    #[test]
    fn the_overlay_says_it_is_searching_until_the_answer_comes() {
        let mut app = app_with_worker();
        app.size = (80, 24);
        app.overlay = Some(Overlay::Search(Default::default()));
        if let Some(Overlay::Search(s)) = &mut app.overlay {
            s.query = "klaster".to_string();
        }
        app.refresh_search();
        // The answer is not taken yet: the query is still being searched, not "nothing found".
        let before = screen(&app);
        assert!(before.contains("searching…"), "{before}");
        assert!(!before.contains("nothing found"), "{before}");
        wait(&mut app);
        let after = screen(&app);
        assert!(after.contains("Cluster"), "{after}");
        assert!(!after.contains("searching…"), "{after}");
    }

    #[test]
    fn a_reload_while_searching_never_shows_hits_of_the_old_corpus() {
        let mut app = app_with_worker();
        app.overlay = Some(Overlay::Search(Default::default()));
        if let Some(Overlay::Search(s)) = &mut app.overlay {
            s.query = "cluster".to_string();
        }
        app.refresh_search();
        wait(&mut app);
        // A reload to a much smaller corpus arrives while the overlay shows many hits.
        reload_to_one_entry(&mut app);
        // Drawing now must not reach into the old corpus's entries.
        let _ = screen(&app);
        wait(&mut app);
        let Some(Overlay::Search(s)) = &app.overlay else {
            panic!("overlay closed");
        };
        assert!(s.hits.iter().all(|h| h.entry < app.corpus.len()));
        let _ = screen(&app);
    }

    #[test]
    fn an_answer_from_before_a_reload_is_dropped_even_with_the_overlay_reopened() {
        let mut app = app_with_worker();
        app.overlay = Some(Overlay::Search(Default::default()));
        if let Some(Overlay::Search(s)) = &mut app.overlay {
            s.query = "cluster".to_string();
        }
        app.refresh_search();
        app.overlay = None; // closed before the answer came
        reload_to_one_entry(&mut app);
        app.overlay = Some(Overlay::Search(Default::default()));
        // Let the old answer arrive, then take whatever came.
        std::thread::sleep(std::time::Duration::from_millis(300));
        app.take_search_answers();
        let Some(Overlay::Search(s)) = &app.overlay else {
            panic!("overlay closed");
        };
        assert!(
            s.hits.is_empty(),
            "hits of the old corpus: {:?}",
            s.hits.len()
        );
        assert!(!app.searching(), "nothing is pending any more");
        let _ = screen(&app);
    }

    #[test]
    fn answers_to_older_queries_are_not_shown() {
        let mut app = app_with_worker();
        app.overlay = Some(Overlay::Search(Default::default()));
        if let Some(Overlay::Search(s)) = &mut app.overlay {
            s.query = "policy".to_string();
        }
        app.refresh_search();
        // Another query is typed before the first answer is read.
        if let Some(Overlay::Search(s)) = &mut app.overlay {
            s.query = "zzqxw".to_string();
        }
        app.refresh_search();
        wait(&mut app);
        let Some(Overlay::Search(s)) = &app.overlay else {
            panic!("overlay closed");
        };
        assert!(
            s.hits.is_empty(),
            "hits for `policy` must not show under `zzqxw`"
        );
    }
}
