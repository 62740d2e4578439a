package io.pressrun;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link PitDiscoveryRun} skips test bodies only where PIT's mutation JVM is finding its tests. */
class PitDiscoveryRunTest {
    private static final String MUTATION_JVM = "org.pitest.mutationtest.execute.MutationTestMinion";
    private static final String COVERAGE_JVM = "org.pitest.coverage.execute.CoverageMinion";
    private static final String FINDER = "org.pitest.junit5.JUnit5TestUnitFinder";
    private static final String TEST_RUN = "org.pitest.junit5.JUnit5TestUnit";

    @Test
    void aMutationJvmFindingItsTestsSkipsTheirBodies() {
        assertTrue(PitDiscoveryRun.inMutationSearch(Set.of(MUTATION_JVM, FINDER)));
    }

    @Test
    void theCoverageRunAndTheRunsAgainstMutantsRunEveryTest() {
        assertFalse(PitDiscoveryRun.inMutationSearch(Set.of(COVERAGE_JVM, FINDER)), "coverage is recorded then");
        assertFalse(PitDiscoveryRun.inMutationSearch(Set.of(MUTATION_JVM, TEST_RUN)), "a test against a mutant");
        assertFalse(PitDiscoveryRun.inMutationSearch(Set.of()), "no PIT at all");
    }

    @Test
    void underSurefireNothingIsSkipped() {
        assertFalse(PitDiscoveryRun.findingTestsForMutants());
    }
}
