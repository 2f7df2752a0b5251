package nl.taakdiff.transfer;

import nl.taakdiff.store.Workbook;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultWorkbookTest {
    @Test
    void dataFolderFollowsEachPlatformsConvention() {
        assertThat(DefaultWorkbook.dataFolder("/tmp/x", "Linux", Map.of(), "/home/a")).isEqualTo(Path.of("/tmp/x"));
        assertThat(DefaultWorkbook.dataFolder(null, "Linux", Map.of(), "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/taakdiff"));
        assertThat(DefaultWorkbook.dataFolder(null, "Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/a"))
                .isEqualTo(Path.of("/data/taakdiff"));
        assertThat(DefaultWorkbook.dataFolder(null, "Linux", Map.of("XDG_DATA_HOME", "relative"), "/home/a"))
                .as("XDG spec: relative paths are ignored").isEqualTo(Path.of("/home/a/.local/share/taakdiff"));
        assertThat(DefaultWorkbook.dataFolder(null, "Mac OS X", Map.of(), "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/Taakdiff"));
        assertThat(DefaultWorkbook.dataFolder(null, "Windows 11", Map.of("APPDATA", "/appdata"), "/home/a"))
                .isEqualTo(Path.of("/appdata", "Taakdiff"));
    }
}
