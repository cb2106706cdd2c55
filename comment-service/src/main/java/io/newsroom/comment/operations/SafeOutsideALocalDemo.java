package io.newsroom.comment.operations;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Demo credentials only in a local demo: see {@link DemoCredentials}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeOutsideALocalDemo.Validator.class)
public @interface SafeOutsideALocalDemo {

    String message() default "demo settings outside a local demo";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<SafeOutsideALocalDemo, DeploymentConfig> {

        @Override
        public boolean isValid(DeploymentConfig config, ConstraintValidatorContext context) {
            if (config.localDemo()) {
                return true;
            }
            var findings = DemoCredentials.findings(config.brokerUser(), config.brokerPassword(), config.databasePassword(),
                    config.keycloakUrl());
            if (findings.isEmpty()) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // The message is not a template: a URL with "{" or "$" in it must be printed as it is.
            context.buildConstraintViolationWithTemplate(DemoCredentials.refusal(findings).replace("\\", "\\\\")
                            .replace("{", "\\{").replace("}", "\\}").replace("$", "\\$"))
                    .addConstraintViolation();
            return false;
        }
    }
}
