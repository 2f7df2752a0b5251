package nl.taakdiff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which arguments open the desktop app and which run a command. */
class StartupArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void noArgumentsOpenTheDesktopOnTheDefaultWorkbook() {
        assertThat(StartupArguments.isDesktop()).isTrue();
        assertThat(StartupArguments.workbook()).isEmpty();
    }

    @Test
    void thePathOfAnExistingWorkbookAsTheOnlyArgumentOpensItInTheDesktop() throws Exception {
        Path study = Files.createFile(dir.resolve("studie.taakdiff"));
        assertThat(StartupArguments.isDesktop(study.toString())).isTrue();
        assertThat(StartupArguments.workbook(study.toString())).contains(study.toAbsolutePath());
    }

    @Test
    void aFileUriAndAnUpperCaseExtensionAreWorkbooksToo() throws Exception {
        Path study = Files.createFile(dir.resolve("Studie Utrecht.TAAKDIFF"));
        String uri = study.toUri().toString();
        assertThat(uri).startsWith("file:").contains("%20");
        assertThat(StartupArguments.workbook(uri)).contains(study.toAbsolutePath());
        assertThat(StartupArguments.workbook(study.toString())).contains(study.toAbsolutePath());
    }

    @Test
    void everyOtherUseOfArgumentsIsACommand() throws Exception {
        Path study = Files.createFile(dir.resolve("studie.taakdiff"));
        Path notAWorkbookName = Files.createFile(dir.resolve("evaluate"));
        Path folder = Files.createDirectory(dir.resolve("map.taakdiff"));
        assertThat(StartupArguments.isDesktop("--version")).isFalse();
        assertThat(StartupArguments.isDesktop("evaluate", "--workbook", study.toString())).isFalse();
        assertThat(StartupArguments.isDesktop(study.toString(), study.toString())).isFalse();
        assertThat(StartupArguments.isDesktop(dir.resolve("missing.taakdiff").toString())).isFalse();
        assertThat(StartupArguments.isDesktop(notAWorkbookName.toString())).isFalse();
        assertThat(StartupArguments.isDesktop(folder.toString())).isFalse();
        assertThat(StartupArguments.isDesktop("")).isFalse();
        assertThat(StartupArguments.isDesktop("file:not a uri")).isFalse();
        assertThat(StartupArguments.isDesktop("-h")).isFalse();
    }
}
