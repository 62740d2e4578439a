package io.pressrun.batch;

import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/**
 * The bundled configuration passes every check a user's templates folder is put through; a
 * build without a templates folder relies on this instead of checking it at every start.
 */
class ConfigurationCheckTest {

    @Test
    void theBundledConfigurationPassesOnBothPapers() {
        for (Paper paper : Paper.values()) {
            assertDoesNotThrow(() -> ConfigurationCheck.checkAll(BuildContext.defaults(paper, Templates.bundled())),
                    paper.toString());
        }
    }
}
