package io.pressrun.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a batch learns from the article builder it is given. */
class ArticleBuildTest {
    @Test
    void saysWhetherItsMessagesCarryTheStackTrace() {
        assertTrue(new ArticleBuild(BuildContext.defaults(), true).debug());
        assertFalse(new ArticleBuild(BuildContext.defaults(), false).debug());
    }
}
