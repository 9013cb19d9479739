package iq.kharita.common;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * openapi/openapi.yaml is the published contract: generated from the code, committed, and this test fails when the
 * two drift apart. After a deliberate API change, regenerate it with
 * ./mvnw -pl api test -Dtest=OpenApiContractTest -Dopenapi.update=true (then regenerate the SPA's types).
 */
@QuarkusTest
class OpenApiContractTest {

    static final Path CONTRACT = Path.of("..", "openapi", "openapi.yaml");

    @Test
    void committedContractMatchesWhatTheCodeServes() throws IOException {
        byte[] bytes = given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200)
                .extract().body().asByteArray();
        String served = new String(bytes, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(CONTRACT)).as(CONTRACT + " exists").isTrue();
        assertThat(served)
                .as("openapi/openapi.yaml is out of date: run ./mvnw -pl api test -Dtest=OpenApiContractTest -Dopenapi.update=true")
                .isEqualTo(Files.readString(CONTRACT, StandardCharsets.UTF_8));
    }

    @Test
    void everyOperationHasAStableIdAndATag() {
        String served = given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        io.restassured.path.json.JsonPath spec = new io.restassured.path.json.JsonPath(served);
        java.util.Map<String, java.util.Map<String, java.util.Map<String, Object>>> paths = spec.getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            assertThat(operation.get("operationId")).as(method + " " + path + " operationId").isNotNull();
            assertThat(operation.get("tags")).as(method + " " + path + " tags").isNotNull();
            java.util.Map<?, ?> responses = (java.util.Map<?, ?>) operation.get("responses");
            assertThat(responses.containsKey("503")).as(method + " " + path + " declares its problem responses").isTrue();
            // a client told to wait learns how long from the contract, as from the answer
            for (String refused : "get".equals(method) ? java.util.List.of("429", "503") : java.util.List.of("429")) {
                if (responses.containsKey(refused)) {
                    @SuppressWarnings("unchecked")
                    java.util.Map<String, Object> headers = (java.util.Map<String, Object>) ((java.util.Map<?, ?>) responses.get(refused)).get("headers");
                    assertThat(headers)
                            .as(method + " " + path + " " + refused + " headers").containsKey("Retry-After");
                }
            }
        }));
    }
}
