package iq.kharita.workinggroup;

import iq.kharita.common.I18nText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A working group named inside another representation (the caller's groups, a board card). */
@Schema(name = "WorkingGroupRef", requiredProperties = {"id", "roadmapId", "code", "name"})
public record WorkingGroupRef(long id, long roadmapId, String code, I18nText name) {

    public static WorkingGroupRef of(WorkingGroup group) {
        return new WorkingGroupRef(group.id, group.roadmap.id, group.code, group.name);
    }
}
