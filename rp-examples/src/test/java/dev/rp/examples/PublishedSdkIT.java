package dev.rp.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** Checks the jars of rp-sdk that a release publishes, as the reactor build left them. */
class PublishedSdkIT {
  private static final Path TARGET =
      Path.of(System.getProperty("rp.root.dir", "..")).resolve("rp-sdk/target");
  private static final String VERSION = System.getProperty("rp.version");

  @Test
  void jar_manifest_namesAutomaticModule() throws IOException {
    try (JarFile jar = new JarFile(TARGET.resolve("rp-sdk-" + VERSION + ".jar").toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("dev.rp.sdk");
    }
  }

  @Test
  void javadocJar_publicPackages_leaveOutInternal() throws IOException {
    List<String> entries = entries("rp-sdk-" + VERSION + "-javadoc.jar");

    assertThat(entries).contains("index.html", "dev/rp/package-summary.html");
    for (String api : List.of("pods", "gpu", "schedule", "ssh", "store", "templates")) {
      assertThat(entries).contains("dev/rp/" + api + "/package-summary.html");
    }
    assertThat(entries).noneMatch(entry -> entry.contains("internal"));
  }

  @Test
  void sourcesJar_containsPublicAndInternalSources() throws IOException {
    List<String> entries = entries("rp-sdk-" + VERSION + "-sources.jar");

    assertThat(entries).contains("dev/rp/RunPod.java", "dev/rp/internal/core/DefaultPods.java");
  }

  private static List<String> entries(String jarName) throws IOException {
    try (JarFile jar = new JarFile(TARGET.resolve(jarName).toFile())) {
      return jar.stream().map(ZipEntry::getName).toList();
    }
  }
}
