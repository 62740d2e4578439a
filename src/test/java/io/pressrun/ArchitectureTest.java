package io.pressrun;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.transform.TransformerFactory;
import java.lang.reflect.AccessibleObject;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The pipeline runs one way: source -> model -> typeset -> pdf | epub -> batch -> the library's
 * entry point ({@code io.pressrun.Press}) -> cli | spark (the writers share the picture
 * preparation in image, which sees only the model and theme). These
 * rules read the compiled main classes (not the tests) and fail on a package cycle, a stage
 * that reaches back to a later one, reflection into other code's private parts, or XML read or
 * written by whatever implementation the class path offers.
 */
class ArchitectureTest {
    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() {
        main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.pressrun");
    }

    /** Every package, the top one and sub-packages of typeset included, is a slice; no two depend on each other. */
    @Test
    void noPackageCycles() {
        slices().matching("io.(**)").should().beFreeOfCycles().check(main);
    }

    /** The library's entry point stands on the stages and the batch; only the programs around it use it. */
    @Test
    void onlyTheProgramsUseTheLibrarysEntryPoint() {
        noClasses().that().resideOutsideOfPackages("io.pressrun", "io.pressrun.cli..", "io.pressrun.spark..")
                .should().dependOnClassesThat().resideInAPackage("io.pressrun")
                .check(main);
    }

    /** The command line and the Spark job are two programs over the library, neither using the other. */
    @Test
    void commandLineAndSparkJobAreIndependent() {
        noClasses().that().resideInAPackage("io.pressrun.cli..").should().dependOnClassesThat()
                .resideInAPackage("io.pressrun.spark..").check(main);
        noClasses().that().resideInAPackage("io.pressrun.spark..").should().dependOnClassesThat()
                .resideInAPackage("io.pressrun.cli..").check(main);
        noClasses().that().resideInAPackage("io.pressrun").should().dependOnClassesThat()
                .resideInAnyPackage("io.pressrun.cli..", "io.pressrun.spark..").check(main);
    }

    @Test
    void modelDependsOnNoStage() {
        noClasses().that().resideInAPackage("io.pressrun.model..").should().dependOnClassesThat()
                .resideInAnyPackage("io.pressrun.source..", "io.pressrun.typeset..", "io.pressrun.pdf..",
                        "io.pressrun.epub..", "io.pressrun.batch..", "io.pressrun.cli..", "io.pressrun.style..",
                        "io.pressrun.image..", "io.pressrun.spark..")
                .check(main);
    }

    /** Pictures are prepared for the writers from the model and the theme alone. */
    @Test
    void imagePreparationKnowsOnlyTheModelAndTheTheme() {
        noClasses().that().resideInAPackage("io.pressrun.image..").should().dependOnClassesThat()
                .resideInAnyPackage("io.pressrun.source..", "io.pressrun.text..", "io.pressrun.typeset..",
                        "io.pressrun.pdf..", "io.pressrun.epub..", "io.pressrun.batch..", "io.pressrun.cli..")
                .check(main);
    }

    @Test
    void sourceReachesNoLaterStage() {
        noClasses().that().resideInAPackage("io.pressrun.source..").should().dependOnClassesThat()
                .resideInAnyPackage("io.pressrun.typeset..", "io.pressrun.pdf..", "io.pressrun.epub..",
                        "io.pressrun.batch..", "io.pressrun.cli..", "io.pressrun.image..")
                .check(main);
    }

    @Test
    void typesettingKnowsNothingOfSourcesWritersOrTheBatch() {
        noClasses().that().resideInAPackage("io.pressrun.typeset..").should().dependOnClassesThat()
                .resideInAnyPackage("io.pressrun.source..", "io.pressrun.pdf..", "io.pressrun.epub..",
                        "io.pressrun.batch..", "io.pressrun.cli..", "io.pressrun.image..")
                .check(main);
    }

    /** The writers paint and package what they are given: they never read sources or lay out text. */
    @Test
    void writersNeitherReadSourcesNorLayOutNorKnowTheBatch() {
        noClasses().that().resideInAnyPackage("io.pressrun.pdf..", "io.pressrun.epub..").should()
                .dependOnClassesThat().resideInAnyPackage("io.pressrun.source..", "io.pressrun.batch..",
                        "io.pressrun.cli..", "io.pressrun.typeset", "io.pressrun.typeset.linebreak..",
                        "io.pressrun.typeset.article..")
                .check(main);
    }

    @Test
    void pdfAndEpubAreIndependent() {
        noClasses().that().resideInAPackage("io.pressrun.pdf..").should().dependOnClassesThat()
                .resideInAPackage("io.pressrun.epub..").check(main);
        noClasses().that().resideInAPackage("io.pressrun.epub..").should().dependOnClassesThat()
                .resideInAnyPackage("io.pressrun.pdf..", "io.pressrun.typeset..").check(main);
    }

    /** No reaching into libraries' private fields or methods: only their public API. */
    @Test
    void noReflectionIntoPrivateParts() {
        noClasses().should().callMethod(AccessibleObject.class, "setAccessible", boolean.class)
                .orShould().callMethod(Class.class, "getDeclaredField", String.class)
                .orShould().callMethod(Class.class, "getDeclaredFields")
                .orShould().callMethod(Class.class, "getDeclaredMethod", String.class, Class[].class)
                .check(main);
    }

    /**
     * XML is parsed and written by the JDK's own parsers and serializer, never by whichever ones
     * the class path offers (EPUBCheck brings Saxon and Xerces to the tests; a cluster may bring
     * others): an SVG a book carries, written again, would otherwise differ from one class path
     * to the next, and the tests would check other bytes than users get.
     */
    @Test
    void xmlFactoriesAreTheJdksOwn() {
        noClasses().should().callMethod(DocumentBuilderFactory.class, "newInstance")
                .orShould().callMethod(SAXParserFactory.class, "newInstance")
                .orShould().callMethod(TransformerFactory.class, "newInstance")
                .orShould().callMethod(XMLInputFactory.class, "newInstance")
                .orShould().callMethod(XMLInputFactory.class, "newFactory")
                .orShould().callMethod(XMLOutputFactory.class, "newInstance")
                .orShould().callMethod(XMLOutputFactory.class, "newFactory")
                .check(main);
    }
}
