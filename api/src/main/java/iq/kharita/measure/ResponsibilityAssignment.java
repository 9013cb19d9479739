package iq.kharita.measure;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ResponsibilityAssignment", description = "Gives an institution a part in a measure")
public record ResponsibilityAssignment(@NotNull Long stakeholderId, @NotNull ResponsibilityRole role) {
}
