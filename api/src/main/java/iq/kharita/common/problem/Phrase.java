package iq.kharita.common.problem;

import jakarta.ws.rs.core.HttpHeaders;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A message of Kharita's own said in the reader's language: a key of ProblemMessages*.properties and the values its
 * {0}, {1} name. The values are kept as text, so that ids and codes read the same in Arabic (no Arabic-Indic digits
 * or grouping in "DOC-02" or an id).
 */
public record Phrase(String key, List<String> values) {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    public static Phrase of(String key, Object... values) {
        return new Phrase(key, Arrays.stream(values).map(String::valueOf).toList());
    }

    public String in(Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle("ProblemMessages", language, NO_FALLBACK);
        return new MessageFormat(bundle.getString(key), language).format(values.toArray());
    }

    /** Arabic when Accept-Language prefers it to English, as Hibernate Validator decides for the field checks; else English. */
    public static Locale languageOf(HttpHeaders headers) {
        for (Locale asked : headers.getAcceptableLanguages()) {
            if ("ar".equals(asked.getLanguage())) {
                return ARABIC;
            }
            if ("en".equals(asked.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }
}
