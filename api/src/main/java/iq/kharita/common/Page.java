package iq.kharita.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in a stable order, with the total number of matching items. */
@Schema(requiredProperties = {"items", "page", "size", "total"})
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", examples = "0") int page,
        @Schema(description = "Page size asked for", examples = "20") int size,
        @Schema(description = "Number of matching items across all pages", examples = "35") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
