package iq.kharita.roadmap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where the answers kept per roadmap revision (board, progress summary) get their room and their JSON. */
@ApplicationScoped
public class KeptAnswers {

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kharita.read-cache.entries")
    int entries;

    /** A cache of answers for one kind of reading, as many as {@code kharita.read-cache.entries} (0: none kept). */
    public <K> RevisionCache<K, KeptAnswer> cache() {
        return new RevisionCache<>(entries);
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
