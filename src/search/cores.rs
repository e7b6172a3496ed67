//! Work over many entries shared among the machine's cores: the entries cut in contiguous
//! chunks, one thread each, and the chunks' results returned in their order, so that what is
//! made of them is what one thread going through the entries in order makes.

use std::sync::OnceLock;

/// How a search shares its work among threads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split {
    /// Threads to use at most (1: all on the calling thread).
    pub threads: usize,
    /// Fewest items a thread is given: fewer are not worth starting a thread for.
    pub min_chunk: usize,
}

impl Split {
    /// All on the calling thread.
    pub const ONE: Split = Split {
        threads: 1,
        min_chunk: usize::MAX,
    };

    /// The machine's cores, each given thousands of entries at least.
    pub fn cores() -> Split {
        // Asked once: the answer reads cgroup files.
        static CORES: OnceLock<usize> = OnceLock::new();
        let threads =
            *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
        Split {
            threads,
            min_chunk: 4096,
        }
    }

    /// `work` on `items` cut in contiguous chunks, one per thread, the results in the chunks'
    /// order; all on this thread (one chunk) when the items are too few to share.
    pub fn chunks<T: Sync, R: Send>(&self, items: &[T], work: impl Fn(&[T]) -> R + Sync) -> Vec<R> {
        let threads = self.threads.min(items.len() / self.min_chunk.max(1)).max(1);
        if threads < 2 {
            return vec![work(items)];
        }
        let size = items.len().div_ceil(threads);
        let work = &work;
        std::thread::scope(|scope| {
            let mut parts = items.chunks(size);
            let first = parts.next().unwrap_or(&[]);
            let others: Vec<_> = parts.map(|part| scope.spawn(move || work(part))).collect();
            let mut out = Vec::with_capacity(threads);
            out.push(work(first));
            // A panic in a worker is a bug: let it surface rather than lose entries.
            out.extend(
                (others.into_iter())
                    .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
            );
            out
        })
    }
}

impl Default for Split {
    fn default() -> Self {
        Split::cores()
    }
}

#[cfg(test)]
mod tests {
    use super::Split;

    #[test]
    fn chunks_cover_the_items_in_order() {
        let items: Vec<usize> = (0..1000).collect();
        let split = Split {
            threads: 3,
            min_chunk: 100,
        };
        let parts = split.chunks(&items, |part| part.to_vec());
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.concat(), items);
        // Too few to share: one chunk, on this thread.
        let few = split.chunks(&items[..150], <[usize]>::len);
        assert_eq!(few, vec![150]);
        assert_eq!(Split::ONE.chunks(&items, <[usize]>::len), vec![1000]);
        assert_eq!(split.chunks(&[] as &[usize], <[usize]>::len), vec![0]);
    }
}
