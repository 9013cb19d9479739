package iq.kharita.common;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An {@link I18nText} whose English and Arabic values are both present, not blank, and at most {@link #max()}
 * characters. Null passes: combine with {@code @NotNull} where the text itself is required.
 */
@Documented
@Constraint(validatedBy = BilingualValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Bilingual {

    String message() default "must have an English and an Arabic value";

    int max() default 300;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
