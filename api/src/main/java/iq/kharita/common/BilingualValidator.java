package iq.kharita.common;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Reports each missing or oversize language on its own path (title.ar), so a form can point at the exact field; the
 * messages are templates, said in the request's language like the built-in constraints' ({max} is the annotation's).
 */
public class BilingualValidator implements ConstraintValidator<Bilingual, I18nText> {

    private int max;

    @Override
    public void initialize(Bilingual annotation) {
        this.max = annotation.max();
    }

    @Override
    public boolean isValid(I18nText text, ConstraintValidatorContext context) {
        if (text == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = check(text.en(), "en", context);
        return check(text.ar(), "ar", context) && valid;
    }

    private boolean check(String value, String language, ConstraintValidatorContext context) {
        String message = null;
        if (value == null || value.isBlank()) {
            message = "{jakarta.validation.constraints.NotBlank.message}";
        } else if (value.length() > max) {
            message = "{kharita.bilingual.size}";
        }
        if (message != null) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(language).addConstraintViolation();
            return false;
        }
        return true;
    }
}
