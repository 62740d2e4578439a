package io.pressrun;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lets test bodies pass at once while PIT's mutation JVMs look for their tests (docs/TESTING.md).
 *
 * <p>PIT's JUnit 5 plugin finds the tests of a class by running the whole class and noting which
 * tests started. Its coverage JVM needs that run (the coverage is recorded then), but each JVM
 * that then tests mutants does it again, on the unmutated code, only for the tests' names: every
 * test class that covers a mutated class ran in full once per JVM, and PIT starts a JVM for every
 * mutated class and again after every time-out. In that one place this interceptor skips each test
 * method and its set-up and tear-down, so the test is still named, started and passed as before;
 * everywhere else (Surefire, PIT's coverage run, each test PIT runs against a mutant) it runs the
 * test as written. Registered for every test through {@code META-INF/services} and
 * {@code junit-platform.properties}.
 */
public final class PitDiscoveryRun implements InvocationInterceptor {
    private static final String MUTATION_JVM = "org.pitest.mutationtest.execute.MutationTestMinion";
    private static final String TEST_FINDER = "org.pitest.junit5.JUnit5TestUnitFinder";

    /** Whether this thread is inside PIT's search for the tests of a mutation JVM. */
    static boolean findingTestsForMutants() {
        Set<String> classes = StackWalker.getInstance().walk(frames -> frames.map(StackWalker.StackFrame::getClassName)
                .filter(c -> c.startsWith("org.pitest.")).collect(Collectors.toSet()));
        return inMutationSearch(classes);
    }

    static boolean inMutationSearch(Set<String> pitClassesOnTheStack) {
        return pitClassesOnTheStack.contains(MUTATION_JVM) && pitClassesOnTheStack.contains(TEST_FINDER);
    }

    private static <T> T run(Invocation<T> invocation) throws Throwable {
        if (findingTestsForMutants()) {
            invocation.skip();
            return null;
        }
        return invocation.proceed();
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        run(invocation);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        run(invocation);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        run(invocation);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        run(invocation);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        run(invocation);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> call,
            ExtensionContext context) throws Throwable {
        run(invocation);
    }
}
