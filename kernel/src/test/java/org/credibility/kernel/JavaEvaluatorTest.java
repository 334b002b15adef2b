package org.credibility.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JavaEvaluatorTest {
    static JavaEvaluator java;

    @BeforeAll
    static void start() {
        java = JavaEvaluator.onThisClassPath();
    }

    @AfterAll
    static void stop() {
        java.close();
    }

    @Test
    void aCellOfSeveralSnippetsShowsItsLastExpression() throws Exception {
        assertEquals(Optional.of("42"), java.eval("int x = 2;\nint twice(int v) { return 2 * v; }\ntwice(x) * 21 / 2"));
        assertEquals(Optional.of("\"hi\""), java.eval("String s = \"hi\"; s"));
        assertEquals(Optional.empty(), java.eval("int y = x + 1;"));
        assertEquals(Optional.empty(), java.eval("   \n"));
    }

    @Test
    void laterCellsSeeEarlierDefinitionsAndImports() throws Exception {
        java.eval("import java.util.stream.*; record Pair(String a, int b) {}");
        assertEquals(Optional.of("\"a-b\""), java.eval("Stream.of(new Pair(\"a\", 1), new Pair(\"b\", 2))"
                + ".map(Pair::a).collect(Collectors.joining(\"-\"))"));
    }

    @Test
    void classesOnTheKernelsClassPathAreVisibleAndShareState() throws Exception {
        java.eval("System.setProperty(\"credibility.kernel.test\", org.credibility.kernel.Kernel.class.getSimpleName());");
        assertEquals("Kernel", System.getProperty("credibility.kernel.test"));
    }

    @Test
    void aCompileErrorNamesTheProblem() {
        JavaEvaluator.CellException e = assertThrows(JavaEvaluator.CellException.class,
                () -> java.eval("int z = 1;\nString t = 5;"));
        assertTrue(e.getMessage().startsWith("does not compile: String t = 5;"), e.getMessage());
        assertTrue(e.getMessage().contains("incompatible types"), e.getMessage());
    }

    @Test
    void anExceptionStopsTheCellWithItsClassAndMessage() {
        JavaEvaluator.CellException e = assertThrows(JavaEvaluator.CellException.class,
                () -> java.eval("int[] seen = {0};\nseen[0] = 1;\nif (true) throw new IllegalStateException(\"boom\");\nseen[0] = 2;"));
        assertTrue(e.getMessage().startsWith("java.lang.IllegalStateException: boom"), e.getMessage());
    }

    @Test
    void anUnknownNameIsAnError() {
        JavaEvaluator.CellException e = assertThrows(JavaEvaluator.CellException.class, () -> java.eval("noSuchThing()"));
        assertTrue(e.getMessage().contains("noSuchThing"), e.getMessage());
    }

    @Test
    void anUnfinishedCellIsAnError() {
        JavaEvaluator.CellException e = assertThrows(JavaEvaluator.CellException.class, () -> java.eval("if (true) {"));
        assertTrue(e.getMessage().startsWith("incomplete Java"), e.getMessage());
    }
}
