package iq.kharita.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

/**
 * Changes nothing in the contract. Quarkus 3.34 writes the whole document as JSON and as YAML at every start unless
 * some filter runs per request, and that was a tenth of a start's time (docs/benchmarks.md); with this filter
 * the document is written each time /q/openapi is asked for, which partners do rarely. Remove it once Quarkus builds the
 * document lazily on its own (quarkusio/quarkus#54826, fixed in a release this project does not use yet).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class ContractWrittenPerRequest implements OASFilter {
}
