package dev.docsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingSlugTest {

    @Test
    void lowerCasesAndTurnsSpacesIntoHyphens() {
        assertEquals("remediation-slas", HeadingSlug.of("Remediation SLAs"));
    }

    @Test
    void dropsPunctuationButKeepsHyphensAndUnderscores() {
        assertEquals("step-1-collect-evidence", HeadingSlug.of("Step 1: collect evidence"));
        assertEquals("integration-with-cicd", HeadingSlug.of("Integration with CI/CD"));
        assertEquals("mean-time-to-remediate-mttr", HeadingSlug.of("Mean time to remediate (MTTR)"));
        assertEquals("critical-finding-on-a-crown-jewel-asset", HeadingSlug.of("Critical finding on a crown-jewel asset"));
        assertEquals("sla_days-field", HeadingSlug.of("sla_days field"));
    }

    @Test
    void isIndependentOfTheDefaultLocale() {
        // The build runs tests with a Turkish locale, where "I".toLowerCase() is a dotless i.
        assertEquals("identity-and-access", HeadingSlug.of("IDENTITY AND ACCESS"));
    }
}
