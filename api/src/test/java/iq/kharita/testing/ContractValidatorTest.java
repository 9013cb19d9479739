package iq.kharita.testing;

import io.restassured.builder.ResponseBuilder;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract check itself can fail: each kind of drift it exists to catch is caught, and a correct answer passes. */
class ContractValidatorTest {

    private final ContractValidator validator = ContractValidator.instance();

    private static Response answer(int status, String contentType, String body) {
        return new ResponseBuilder().setStatusCode(status).setContentType(contentType).setBody(body).build();
    }

    private static final String PROBLEM = "{\"type\":\"https://kharita.iq/problems/not-found\",\"title\":\"Not found\",\"status\":404}";

    @Test
    void aDeclaredAnswerPasses() {
        assertThat(validator.mismatches("get", "/api/v1/measures/7", answer(404, "application/problem+json", PROBLEM))).isEmpty();
        assertThat(validator.mismatches("get", "/api/v1/no-such-thing", answer(404, "application/problem+json", PROBLEM))).isEmpty();
    }

    @Test
    void anUndeclaredFieldFails() {
        String body = PROBLEM.replace("}", ",\"stackTrace\":\"at iq.kharita...\"}");
        assertThat(validator.mismatches("get", "/api/v1/measures/7", answer(404, "application/problem+json", body)))
                .singleElement().asString().contains("stackTrace");
    }

    @Test
    void aWrongTypeOrAMissingRequiredFieldFails() {
        assertThat(validator.mismatches("get", "/api/v1/measures/7", answer(404, "application/problem+json", PROBLEM.replace("404}", "\"404\"}"))))
                .singleElement().asString().contains("status");
        assertThat(validator.mismatches("get", "/api/v1/measures/7", answer(404, "application/problem+json", "{\"status\":404}")))
                .hasSize(2);
    }

    @Test
    void anUndeclaredStatusContentTypeOrPathFails() {
        assertThat(validator.mismatches("get", "/api/v1/measures/7", answer(500, "application/problem+json", PROBLEM)))
                .singleElement().asString().contains("status 500 is not declared");
        assertThat(validator.mismatches("get", "/api/v1/measures/7", answer(404, "text/html", "<h1>Not found</h1>")))
                .singleElement().asString().contains("content type 'text/html'");
        assertThat(validator.mismatches("get", "/api/v1/no-such-thing", answer(200, "application/json", "{}")))
                .containsExactly("no such path in the contract");
        assertThat(validator.mismatches("put", "/api/v1/roadmaps", answer(200, "application/json", "{}")))
                .singleElement().asString().contains("no PUT");
    }
}
