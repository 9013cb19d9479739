package iq.kharita.testing;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Prints, once the tests have run, how many API answers {@link ContractValidator} checked against the contract. */
public class ContractCheckReport implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        long checked = ContractValidator.checked();
        if (checked > 0) {
            System.out.println("Contract: " + checked + " API responses checked against openapi/openapi.yaml");
        }
    }
}
