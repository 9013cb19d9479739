package iq.kharita.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Which top-level fields an update changed, read from the before and after of an audit record. */
final class AuditDiff {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditDiff() {
    }

    static List<String> changedFields(String before, String after) {
        if (before == null || after == null) {
            return List.of();
        }
        try {
            JsonNode old = JSON.readTree(before);
            JsonNode now = JSON.readTree(after);
            TreeSet<String> names = new TreeSet<>();
            old.fieldNames().forEachRemaining(names::add);
            now.fieldNames().forEachRemaining(names::add);
            List<String> changed = new ArrayList<>();
            for (Iterator<String> it = names.iterator(); it.hasNext(); ) {
                String name = it.next();
                // who/when/version change on every write: they are the record's frame, not its content
                if (!name.equals("tracking") && !old.path(name).equals(now.path(name))) {
                    changed.add(name);
                }
            }
            return changed;
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }
}
