package iq.kharita.roadmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import iq.kharita.common.limits.ExpensiveCallLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.function.Supplier;

/** Where the answers kept per roadmap revision (board, progress summary) get their room and their JSON. */
@ApplicationScoped
public class KeptAnswers {

    @Inject
    ObjectMapper json;

    @Inject
    ExpensiveCallLimiter limiter;

    @ConfigProperty(name = "kharita.read-cache.entries")
    int entries;

    /** A cache of answers for one kind of reading, as many as {@code kharita.read-cache.entries} (0: none kept). */
    public <K> RevisionCache<K, KeptAnswer> cache() {
        return new RevisionCache<>(entries);
    }

    /**
     * The kept answer for this key at this revision, or a new one built now. A build counts against the caller's share
     * of computed views (ExpensiveCallLimiter); a kept answer does not, however often it is asked for. The caller is
     * refused before it would build, so readers waiting for a build never get another caller's refusal.
     */
    public <K> KeptAnswer kept(RevisionCache<K, KeptAnswer> cache, K key, long revision, Supplier<Object> build) {
        if (!cache.holds(key, revision)) {
            limiter.charge();
        }
        return cache.get(key, revision, () -> of(build.get()));
    }

    /** The answer as the REST layer would write it: the same object mapper, so the same JSON. */
    public KeptAnswer of(Object answer) {
        try {
            return new KeptAnswer(json.writeValueAsBytes(answer));
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("An answer of " + answer.getClass().getSimpleName() + " could not be written as JSON", unwritable);
        }
    }
}
