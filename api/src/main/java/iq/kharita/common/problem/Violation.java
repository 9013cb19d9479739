package iq.kharita.common.problem;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.util.Locale;

/**
 * One invalid field of a request: its path in the body (title.ar) or the query parameter name, and what is wrong with
 * it; a message of Kharita's own also keeps its phrase, so that it can be said in the reader's language.
 */
public record Violation(String field, String message, @JsonIgnore Phrase phrase) {

    public Violation(String field, String message) {
        this(field, message, null);
    }

    public Violation(String field, Phrase phrase) {
        this(field, phrase.in(Locale.ENGLISH), phrase);
    }

    Violation in(Locale language) {
        return phrase == null ? this : new Violation(field, phrase.in(language), phrase);
    }
}
