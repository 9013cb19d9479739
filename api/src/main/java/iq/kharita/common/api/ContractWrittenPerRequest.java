package iq.kharita.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;

/**
 * Changes nothing in the contract. Quarkus 3.34 writes the whole document as JSON and as YAML at every start unless
 * some filter runs per request (quarkusio/quarkus#54826); with this filter it is written each time /q/openapi is asked
 * for, which partners do rarely, and a start spends 260-295 ms on the contract instead of 332-523 (docs/benchmarks.md).
 * Remove it once Quarkus builds the document lazily on its own (fixed in a release this project does not use yet).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_PER_REQUEST)
public class ContractWrittenPerRequest implements OASFilter {
}
