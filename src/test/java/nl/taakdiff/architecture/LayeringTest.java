package nl.taakdiff.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The layering of the README's architecture section, checked on the compiled main classes. A rule
 * that fails names the class and the dependency that breaks it; move the code to the layer where
 * it belongs rather than loosening a rule.
 *
 * <pre>
 *   Launcher ─┬─ cli ─┐
 *             └─ ui ──┼─ transfer ─┬─ store ─┐
 *                     │            └─ io ────┼─ engine ── model
 *                     └──────────────────────┘
 * </pre>
 */
@AnalyzeClasses(packages = "nl.taakdiff", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    private static final String OURS = "nl.taakdiff..";
    private static final String MODEL = "nl.taakdiff.model..";
    private static final String ENGINE = "nl.taakdiff.engine..";
    private static final String IO = "nl.taakdiff.io..";
    private static final String STORE = "nl.taakdiff.store..";
    private static final String TRANSFER = "nl.taakdiff.transfer..";
    private static final String CLI = "nl.taakdiff.cli..";
    private static final String UI = "nl.taakdiff.ui..";

    @ArchTest
    static final ArchRule modelImportsNothingOfOurs = classes().that().resideInAPackage(MODEL)
            .should().onlyDependOnClassesThat(not(resideInAPackage(OURS)).or(resideInAPackage(MODEL)))
            .because("the model is the shared vocabulary of every layer");

    @ArchTest
    static final ArchRule engineUsesOnlyTheModel = classes().that().resideInAPackage(ENGINE)
            .should().onlyDependOnClassesThat(not(resideInAPackage(OURS)).or(resideInAnyPackage(MODEL, ENGINE)))
            .because("the engine is the calculation and nothing else");

    @ArchTest
    static final ArchRule engineIsPure = noClasses().that().resideInAPackage(ENGINE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "java.awt..", "java.nio.file..")
            .because("the engine has no toolkit, no database and no files");

    @ArchTest
    static final ArchRule ioKnowsNoStoreNorFaces = noClasses().that().resideInAPackage(IO)
            .should().dependOnClassesThat().resideInAnyPackage(STORE, TRANSFER, CLI, UI)
            .because("file formats do not know where their contents are kept or shown");

    @ArchTest
    static final ArchRule storeKnowsNoFilesNorFaces = noClasses().that().resideInAPackage(STORE)
            .should().dependOnClassesThat().resideInAnyPackage(IO, TRANSFER, CLI, UI)
            .because("the store keeps workbooks; CSV import and export live in transfer, above it");

    @ArchTest
    static final ArchRule transferServesBothFaces = noClasses().that().resideInAPackage(TRANSFER)
            .should().dependOnClassesThat().resideInAnyPackage(CLI, UI)
            .because("the CLI and the app both use it");

    @ArchTest
    static final ArchRule uiDoesNotKnowTheCli = noClasses().that().resideInAPackage(UI)
            .should().dependOnClassesThat().resideInAPackage(CLI)
            .because("the app and the CLI are two faces of one core; the Launcher chooses between them");

    @ArchTest
    static final ArchRule cliDoesNotKnowTheUi = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAPackage(UI)
            .because("the app and the CLI are two faces of one core; the Launcher chooses between them");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("nl.taakdiff.(*)..").should().beFreeOfCycles();

    /** Every package of the desktop app is its own slice, so a cycle between any two of them fails. */
    @ArchTest
    static final ArchRule noCyclesInsideTheUi = slices().assignedFrom(new UiPackages()).should().beFreeOfCycles()
            .because("a tab never imports the main window, a panel never the session that uses it, and so on");

    private static final class UiPackages implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String pkg = javaClass.getPackageName();
            return pkg.equals("nl.taakdiff.ui") || pkg.startsWith("nl.taakdiff.ui.") ? SliceIdentifier.of(pkg)
                    : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages of nl.taakdiff.ui";
        }
    }
}
