package dev.rp.cli.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rp.cli.e2e.RpProcess.Result;
import dev.rp.cli.output.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rp template create}, {@code list} and {@code delete} through the packaged launcher. They
 * use local state only, so no API is set up, and any request would fail.
 */
class TemplateCommandsIT {

  @TempDir Path home;

  private RpProcess rp;

  @BeforeEach
  void setUp() {
    rp = new RpProcess(home);
    // A closed port: a template command that sent a request would fail.
    rp.env().put("RUNPOD_API_URL", "http://127.0.0.1:9");
  }

  private static Result succeeded(Result result) {
    assertThat(result.exitCode()).as(result.describe()).isZero();
    return result;
  }

  private static Result usageError(Result result) {
    assertThat(result.exitCode()).as(result.describe()).isEqualTo(2);
    assertThat(result.stderr()).startsWith("rp: ").hasLineCount(1);
    assertThat(result.stdout()).isEmpty();
    return result;
  }

  /** Returns the template list as JSON, keyed by identifier. */
  @SuppressWarnings("unchecked")
  private Map<String, Map<String, Object>> listedJson() throws IOException {
    List<Map<String, Object>> rows =
        (List<Map<String, Object>>)
            Json.parse(succeeded(rp.run("template", "list", "--json")).stdout());
    Map<String, Map<String, Object>> byId = new java.util.TreeMap<>();
    rows.forEach(row -> byId.put((String) row.get("identifier"), row));
    return byId;
  }

  private static String line(String text, String start) {
    return text.lines()
        .filter(candidate -> candidate.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No line starts with '" + start + "' in\n" + text));
  }

  @Test
  void list_fresh_showsBuiltIns() {
    Result result = succeeded(rp.run("template", "list"));

    List<String> lines = result.stdout().lines().toList();
    assertThat(lines.get(0)).isEqualTo("Pod Templates");
    assertThat(lines.get(2))
        .startsWith("Identifier")
        .contains("Alias Template", "GPU", "Storage", "Container Disk", "Image");
    assertThat(line(result.stdout(), "h100 ")).contains("(built-in)", "h100-{i}", "500GB");
    assertThat(line(result.stdout(), "2h100 ")).contains("(built-in)", "2xh100");
    assertThat(line(result.stdout(), "5090 ")).contains("(built-in)");
    assertThat(line(result.stdout(), "a40 ")).contains("(built-in)");
  }

  @Test
  void create_thenList_showsDefaultsForUnsetValues() throws IOException {
    Result created =
        succeeded(
            rp.run(
                "template",
                "create",
                "ml-training",
                "--alias-pattern",
                "ml-training-{i}",
                "--gpu",
                "2xA100",
                "--storage",
                "1TB",
                "--config",
                "path=/workspace/ml"));

    assertThat(created.stdout()).startsWith("Saved template ml-training");
    String table = succeeded(rp.run("template", "list")).stdout();
    assertThat(line(table, "ml-training "))
        .contains("ml-training-{i}", "2xA100", "1TB", "(default: 20GB)", "(default)")
        .doesNotContain("built-in");
    Map<String, Object> json = listedJson().get("ml-training");
    assertThat(json)
        .containsEntry("aliasPattern", "ml-training-{i}")
        .containsEntry("gpu", "2xA100")
        .containsEntry("storage", "1TB")
        .containsEntry("containerDisk", null)
        .containsEntry("image", null)
        .containsEntry("config", Map.of("path", "/workspace/ml"))
        .containsEntry("builtIn", false);
    String podsJson = Files.readString(home.resolve(".config/rp/pods.json"));
    assertThat(podsJson).contains("\"alias_template\": \"ml-training-{i}\"");
  }

  @Test
  void create_positionalPattern_isAccepted() throws IOException {
    succeeded(
        rp.run(
            "template",
            "create",
            "training",
            "train-{i}",
            "--gpu",
            "4xA100",
            "--storage",
            "2TB",
            "--container-disk",
            "50GB",
            "--image",
            "me/img:1"));

    Map<String, Object> json = listedJson().get("training");
    assertThat(json)
        .containsEntry("aliasPattern", "train-{i}")
        .containsEntry("containerDisk", "50GB")
        .containsEntry("image", "me/img:1");
    assertThat(line(succeeded(rp.run("template", "list")).stdout(), "training "))
        .contains("50GB", "me/img:1");
  }

  @Test
  void create_patternTwiceOrNever_isUsageError() {
    Result both =
        usageError(
            rp.run(
                "template",
                "create",
                "t",
                "t-{i}",
                "--alias-pattern",
                "u-{i}",
                "--gpu",
                "A40",
                "--storage",
                "1TB"));
    Result neither =
        usageError(rp.run("template", "create", "t", "--gpu", "A40", "--storage", "1TB"));

    assertThat(both.stderr()).contains("--alias-pattern").contains("not both");
    assertThat(neither.stderr()).contains("Missing alias pattern").contains("t-{i}");
    assertThat(home.resolve(".config/rp/pods.json")).doesNotExist();
  }

  @Test
  void create_missingRequiredOption_isUsageError() {
    Result result =
        usageError(rp.run("template", "create", "t", "--alias-pattern", "t-{i}", "--gpu", "A40"));

    assertThat(result.stderr()).contains("--storage");
  }

  @Test
  void create_invalidValues_nameTheValue() {
    Result gpu =
        usageError(
            rp.run("template", "create", "t", "t-{i}", "--gpu", "0xA100", "--storage", "1TB"));
    Result pattern =
        usageError(rp.run("template", "create", "t", "t", "--gpu", "A40", "--storage", "1TB"));
    Result identifier =
        usageError(
            rp.run("template", "create", "my t", "t-{i}", "--gpu", "A40", "--storage", "1TB"));

    assertThat(gpu.stderr()).contains("0xA100");
    assertThat(pattern.stderr()).contains("{i}");
    assertThat(identifier.stderr()).contains("'my t'");
  }

  @Test
  void create_existing_needsForce() throws IOException {
    String[] first = {"template", "create", "t", "t-{i}", "--gpu", "A40", "--storage", "1TB"};
    succeeded(rp.run(first));

    Result refused =
        usageError(rp.run("template", "create", "t", "t-{i}", "--gpu", "L4", "--storage", "1TB"));
    Result forced =
        succeeded(
            rp.run("template", "create", "t", "t-{i}", "--gpu", "L4", "--storage", "1TB", "-f"));

    assertThat(refused.stderr()).contains("'t'").contains("--force");
    assertThat(forced.stdout()).startsWith("Replaced template t");
    assertThat(listedJson().get("t")).containsEntry("gpu", "L4");
  }

  @Test
  void builtIn_isShadowedThenRestoredByDelete() throws IOException {
    Result shadowed =
        succeeded(
            rp.run("template", "create", "h100", "big-{i}", "--gpu", "8xH100", "--storage", "2TB"));

    assertThat(shadowed.stdout()).contains("built-in template h100");
    Map<String, Object> mine = listedJson().get("h100");
    assertThat(mine).containsEntry("gpu", "8xH100").containsEntry("builtIn", false);
    assertThat(line(succeeded(rp.run("template", "list")).stdout(), "h100 "))
        .contains("big-{i}")
        .doesNotContain("built-in");

    Result deleted = succeeded(rp.run("template", "delete", "h100"));

    assertThat(deleted.stdout()).contains("Deleted template h100").contains("built-in");
    Map<String, Object> restored = listedJson().get("h100");
    assertThat(restored)
        .containsEntry("gpu", "h100")
        .containsEntry("aliasPattern", "h100-{i}")
        .containsEntry("builtIn", true);
  }

  @Test
  void delete_builtIn_isRejected() {
    Result result = usageError(rp.run("template", "delete", "a40"));

    assertThat(result.stderr()).contains("'a40' is built in and cannot be deleted");
  }

  @Test
  void delete_missing_isRejectedUnlessMissingOk() {
    succeeded(rp.run("template", "create", "t", "t-{i}", "--gpu", "A40", "--storage", "1TB"));

    Result missing = usageError(rp.run("template", "delete", "nope"));
    Result missingOk = succeeded(rp.run("template", "delete", "nope", "--missing-ok"));

    assertThat(missing.stderr()).contains("'nope'").contains("t");
    assertThat(missingOk.stdout()).isEmpty();
    assertThat(missingOk.stderr()).contains("nope");
  }

  @Test
  void completion_listsSavedAndBuiltInTemplates() {
    succeeded(rp.run("template", "create", "zeta", "z-{i}", "--gpu", "A40", "--storage", "1TB"));

    Result result = succeeded(rp.run("__complete", "templates"));

    assertThat(result.stdout()).isEqualTo("2h100\n5090\na40\nh100\nzeta\n");
    assertThat(result.stderr()).isEmpty();
  }
}
