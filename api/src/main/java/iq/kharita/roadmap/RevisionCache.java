package iq.kharita.roadmap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Answers built from a roadmap's data (a board, a progress summary), kept while the roadmap's revision is unchanged:
 * a workshop's screens ask for the same board over and over, and it changes a few times a minute. An answer is kept
 * under the revision read before it was built, so it is at least as new as that revision; it is served only to a reader
 * who read the same revision, so no reader gets older data than the database holds, on this instance or any other.
 * Every screen refetches at the same moment after a live change, so readers of a revision being built wait for that
 * build instead of each making their own. When full, the answer used least recently is dropped; with no room at all,
 * every answer is built.
 */
public final class RevisionCache<K, V> {

    private final int capacity;
    // access order: iteration starts at the least recently used
    private final LinkedHashMap<K, Kept<V>> kept;

    public RevisionCache(int capacity) {
        this.capacity = capacity;
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<V>> eldest) {
                return size() > RevisionCache.this.capacity;
            }
        };
    }

    /** Whether an answer of this revision is kept for this key, or being built: get() would then not build. */
    public boolean holds(K key, long revision) {
        synchronized (kept) {
            Kept<V> found = kept.get(key);
            return found != null && found.revision == revision;
        }
    }

    /** The answer for this key at this revision: the kept one (or the one being built) if of this revision, else a new one. */
    public V get(K key, long revision, Supplier<V> build) {
        if (capacity == 0) {
            return build.get();
        }
        Kept<V> mine = new Kept<>(revision, new CompletableFuture<>());
        Kept<V> found;
        synchronized (kept) {
            found = kept.get(key);
            // a reader who read an older revision than the one kept builds for itself and keeps nothing
            if (found == null || found.revision < revision) {
                kept.put(key, mine);
            }
        }
        if (found != null && found.revision == revision) {
            return awaited(found.answer);
        }
        try {
            V answer = build.get();
            mine.answer.complete(answer);
            return answer;
        } catch (RuntimeException | Error failed) {
            // the readers waiting for this build get its failure; the next reader tries again
            mine.answer.completeExceptionally(failed);
            synchronized (kept) {
                kept.remove(key, mine);
            }
            throw failed;
        }
    }

    private static <V> V awaited(CompletableFuture<V> answer) {
        try {
            return answer.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    private record Kept<V>(long revision, CompletableFuture<V> answer) {
    }
}
