package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Checks that the examples show only what users of rp-sdk can import. */
class ExampleSourcesTest {
  private static final Path SOURCES = Path.of("src/main/java");

  @Test
  void sources_useNoInternalPackage() throws IOException {
    List<Path> files = javaFiles();

    assertThat(files).hasSizeGreaterThanOrEqualTo(7);
    for (Path file : files) {
      assertThat(Files.readString(file)).as(file.toString()).doesNotContain("dev.rp.internal");
    }
  }

  @Test
  void jshellScript_usesNoInternalPackage() throws IOException {
    assertThat(Files.readString(Path.of("../docs/rp.jsh"))).doesNotContain("dev.rp.internal");
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> paths = Files.walk(SOURCES)) {
      return paths.filter(path -> path.toString().endsWith(".java")).sorted().toList();
    }
  }
}
