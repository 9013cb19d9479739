package iq.kharita.lesson;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.common.Visibility;
import iq.kharita.location.LocationRef;
import iq.kharita.pillar.PillarRef;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Set;

public final class LessonRepresentations {

    private LessonRepresentations() {
    }

    @Schema(name = "Lesson", description = "A lesson learned or a good practice",
            requiredProperties = {"id", "roadmapId", "kind", "title", "body", "status", "visibility", "author", "measures", "pillars", "locations", "tracking"})
    public record View(long id, long roadmapId, LessonKind kind, I18nText title, I18nText body, LessonStatus status, Visibility visibility,
                       String author, @Schema(description = "Tagged measures the reader may see") List<MeasureTag> measures,
                       List<PillarRef> pillars, List<LocationRef> locations, Tracking tracking) {

        static View of(Lesson lesson, Set<Visibility> readable) {
            return new View(lesson.id, lesson.roadmap.id, lesson.kind, lesson.title, lesson.body, lesson.status, lesson.visibility, lesson.author,
                    lesson.measures.stream().filter(m -> readable.contains(m.visibility)).map(m -> new MeasureTag(m.id, m.code)).sorted(
                            java.util.Comparator.comparing(MeasureTag::code)).toList(),
                    lesson.pillars.stream().map(PillarRef::of).toList(),
                    lesson.locations.stream().map(LocationRef::of).toList(), Tracking.of(lesson));
        }
    }

    @Schema(name = "LessonMeasureTag", requiredProperties = {"id", "code"})
    public record MeasureTag(long id, String code) {
    }

    @Schema(name = "LessonCreate")
    public record Create(
            @NotNull Long roadmapId,
            @NotNull LessonKind kind,
            @NotNull @Bilingual I18nText title,
            @NotNull @Bilingual(max = 8000) I18nText body,
            @Schema(description = "INTERNAL when left out; published lessons are read at this level") Visibility visibility,
            @Size(max = 50) List<@NotNull Long> measureIds,
            @Size(max = 20) List<@NotNull Long> pillarIds,
            @Size(max = 50) List<@NotNull Long> locationIds) {
    }

    @Schema(name = "LessonPatch", description = "A partial change; lists sent replace the whole list; status moves it through the review")
    public record Patch(
            LessonKind kind,
            @Bilingual I18nText title,
            @Bilingual(max = 8000) I18nText body,
            @Schema(description = "DRAFT → SUBMITTED (author), SUBMITTED → PUBLISHED or back to DRAFT (CCPC)") LessonStatus status,
            Visibility visibility,
            @Size(max = 50) List<@NotNull Long> measureIds,
            @Size(max = 20) List<@NotNull Long> pillarIds,
            @Size(max = 50) List<@NotNull Long> locationIds) {
    }
}
