package iq.kharita.roadmap;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Answers built from a roadmap's data (a board, a progress summary), kept while the roadmap's revision is unchanged:
 * a workshop's screens ask for the same board over and over, and it changes a few times a minute. An answer is kept
 * under the revision read before it was built, so it is at least as new as that revision; it is served only to a reader
 * who read the same revision, so no reader gets older data than the database holds, on this instance or any other.
 * When full, the answer used least recently is dropped; with no room at all, every answer is built.
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

    /** The answer for this key at this revision: the kept one if it was built at the same revision, else a new one. */
    public V get(K key, long revision, Supplier<V> build) {
        if (capacity == 0) {
            return build.get();
        }
        Kept<V> found;
        synchronized (kept) {
            found = kept.get(key);
        }
        if (found != null && found.revision == revision) {
            return found.answer;
        }
        // built outside the lock: readers of other keys are not held up, and two readers of the same new revision may
        // both build it, which costs what a board cost before it was kept
        V answer = build.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(revision, answer));
        }
        return answer;
    }

    private record Kept<V>(long revision, V answer) {
    }
}
