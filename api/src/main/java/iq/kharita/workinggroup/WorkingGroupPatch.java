package iq.kharita.workinggroup;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A partial change; a field left out (or null) keeps its value; a list sent replaces the whole list. */
@Schema(name = "WorkingGroupPatch")
public record WorkingGroupPatch(
        @Size(min = 1, max = 30) @Pattern(regexp = WorkingGroupCreate.CODE, message = "{kharita.code.capitals}") String code,
        @Bilingual I18nText name,
        Long leadStakeholderId,
        @Size(min = 1, max = 20) List<@NotNull Long> pillarIds,
        @Size(max = 100) List<@NotNull Long> memberIds,
        @Bilingual(max = 20000) I18nText termsOfReference) {
}
