package iq.kharita.testing;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts the {@link ContractValidator} in front of REST Assured for every test method of every @QuarkusTest. */
public class ContractValidationCallback implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (!RestAssured.filters().contains(ContractValidator.instance())) {
            RestAssured.filters(ContractValidator.instance());
        }
    }
}
