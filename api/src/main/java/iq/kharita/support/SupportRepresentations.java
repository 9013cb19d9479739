package iq.kharita.support;

import iq.kharita.common.Bilingual;
import iq.kharita.common.I18nText;
import iq.kharita.common.Tracking;
import iq.kharita.stakeholder.StakeholderRef;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** What goes over the wire for support needs and pledges. */
public final class SupportRepresentations {

    private SupportRepresentations() {
    }

    @Schema(name = "SupportNeed", description = "Technical support a measure needs, with its funding",
            requiredProperties = {"id", "measureId", "measureCode", "type", "description", "requester", "status", "pledged", "pledges", "tracking"})
    public record Need(
            long id,
            long measureId,
            String measureCode,
            SupportType type,
            I18nText description,
            StakeholderRef requester,
            @Schema(description = "Who provides the support, e.g. IOM or UNDP") StakeholderRef provider,
            SupportStatus status,
            @Schema(description = "Estimated cost (demo figures are fictional)") BigDecimal estimatedCost,
            @Schema(description = "ISO 4217 code", examples = "USD") String currency,
            @Schema(description = "Sum of pledges not withdrawn") BigDecimal pledged,
            @Schema(description = "Estimated cost not yet pledged, never negative; absent when the need is not costed") BigDecimal gap,
            List<PledgeView> pledges,
            Tracking tracking) {

        public static Need of(SupportNeed need) {
            return new Need(need.id, need.measure.id, need.measure.code, need.type, need.description, StakeholderRef.of(need.requester),
                    StakeholderRef.of(need.provider), need.status, need.estimatedCost, need.currency, need.pledged(), need.gap(),
                    need.pledges.stream().map(PledgeView::of).toList(), Tracking.of(need));
        }
    }

    @Schema(name = "Pledge", requiredProperties = {"id", "needId", "donor", "amount", "currency", "status", "tracking"})
    public record PledgeView(long id, long needId, StakeholderRef donor, BigDecimal amount, String currency, PledgeStatus status, Tracking tracking) {

        public static PledgeView of(Pledge pledge) {
            return new PledgeView(pledge.id, pledge.need.id, StakeholderRef.of(pledge.donor), pledge.amount, pledge.currency, pledge.status,
                    Tracking.of(pledge));
        }
    }

    @Schema(name = "SupportNeedCreate")
    public record NeedCreate(
            @NotNull Long measureId,
            @NotNull SupportType type,
            @NotNull @Bilingual(max = 4000) I18nText description,
            @NotNull Long requestingStakeholderId,
            Long providerStakeholderId,
            @Schema(description = "IDENTIFIED when left out") SupportStatus status,
            @DecimalMin("0") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal estimatedCost,
            @Pattern(regexp = "[A-Z]{3}", message = "{kharita.currency}") String currency) {
    }

    @Schema(name = "SupportNeedPatch", description = "A partial change; a field left out (or null) keeps its value")
    public record NeedPatch(
            SupportType type,
            @Bilingual(max = 4000) I18nText description,
            Long requestingStakeholderId,
            @Schema(description = "0 removes the provider") Long providerStakeholderId,
            SupportStatus status,
            @DecimalMin("0") @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal estimatedCost,
            @Pattern(regexp = "[A-Z]{3}", message = "{kharita.currency}") String currency) {
    }

    @Schema(name = "PledgeCreate")
    public record PledgeCreate(
            @NotNull Long needId,
            @NotNull @Schema(description = "A stakeholder of type DONOR") Long donorStakeholderId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{kharita.currency}") String currency,
            @Schema(description = "PLEDGED when left out") PledgeStatus status) {
    }

    @Schema(name = "PledgePatch")
    public record PledgePatch(
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("999999999999") @Digits(integer = 12, fraction = 2) BigDecimal amount,
            PledgeStatus status) {
    }
}
