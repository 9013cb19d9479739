package iq.kharita.common.problem;

import java.util.List;
import java.util.Locale;

/** Thrown by services for a client mistake or a refused change; mapped to problem+json by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Violation> violations;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of());
    }

    public ProblemException(ProblemType type, String detail, List<Violation> violations) {
        super(detail, null, false, false);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, "1 field is invalid", List.of(new Violation(field, message)));
    }

    /** One invalid field, with a message said in the reader's language (Phrase). */
    public static ProblemException invalid(String field, Phrase message) {
        return new ProblemException(ProblemType.VALIDATION, "1 field is invalid", List.of(new Violation(field, message)));
    }

    public static ProblemException invalid(List<Violation> violations) {
        return new ProblemException(ProblemType.VALIDATION, violations.size() + (violations.size() == 1 ? " field is" : " fields are") + " invalid", violations);
    }

    public ProblemType type() {
        return type;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** The violations with their phrases said in this language (the rest are English). */
    public List<Violation> violationsIn(Locale language) {
        return violations.stream().map(violation -> violation.in(language)).toList();
    }
}
