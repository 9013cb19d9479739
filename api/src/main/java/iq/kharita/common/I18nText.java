package iq.kharita.common;

import jakarta.persistence.Embeddable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Text that people read, in both of Kharita's languages. One JSON shape everywhere: {"en": "...", "ar": "..."}.
 * Validated with {@link Bilingual} where it is used, because the allowed length depends on the field.
 */
@Embeddable
@Schema(name = "I18nText", requiredProperties = {"en", "ar"}, description = "Text in English and Arabic; both are required where the text is.")
public record I18nText(
        @Schema(description = "English", examples = "Ministry of Interior") String en,
        @Schema(description = "Arabic", examples = "وزارة الداخلية") String ar) {

    public static I18nText of(String en, String ar) {
        return new I18nText(en, ar);
    }
}
