package io.newsroom.moderation.settings;

import io.newsroom.moderation.decision.Source;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The id of a rule, or {@code akismet}, that can run in shadow mode (the names are {@link Source}'s). */
@Target(ElementType.TYPE_USE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ShadowableSource.Validator.class)
public @interface ShadowableSource {
    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<ShadowableSource, String> {
        static final String CHOICES = Arrays.stream(Source.values()).filter(Source::shadowable).map(Source::id)
                .collect(Collectors.joining(", "));

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || Source.ofId(value.trim()).filter(Source::shadowable).isPresent()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate("must be one of " + CHOICES).addConstraintViolation();
            return false;
        }
    }
}
