package dev.rp.cli.commands;

import dev.rp.cli.output.Json;
import dev.rp.cli.output.Table;
import dev.rp.cli.output.Table.Column;
import dev.rp.pods.PodCreation;
import dev.rp.templates.PodTemplate;
import dev.rp.templates.Templates;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rp template list}: lists the templates. */
@Command(
    name = "list",
    header = "Lists the pod templates.",
    footerHeading = "%nExamples:%n",
    description = {
      "Lists the saved and built-in templates with their alias pattern, GPUs, storage, container"
          + " disk and image. A saved template with a built-in one's identifier is listed in its"
          + " place.",
      "With --json, prints an array of objects with the keys identifier, aliasPattern, gpu,"
          + " storage, containerDisk and image (null when the template leaves them to the"
          + " default), config and builtIn."
    },
    footer = {"  rp template list", "  rp template list --json"})
public final class TemplateListCommand extends BaseCommand {

  private static final String BUILT_IN = " (built-in)";

  @Option(names = "--json", description = "Prints the templates as a JSON array.")
  boolean json;

  /** Prints every template, from the local state only. */
  @Override
  public Integer call() {
    Templates templates = context().client().templates();
    List<PodTemplate> all = templates.list();
    if (json) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (PodTemplate template : all) {
        rows.add(toJson(template, templates.isBuiltIn(template.identifier())));
      }
      Json.print(rows, out());
      return OK;
    }
    Table table =
        Table.titled(
            "Pod Templates",
            context().terminal().unicode() ? '─' : '-',
            Column.left("Identifier"),
            Column.left("Alias Template"),
            Column.left("GPU"),
            Column.left("Storage"),
            Column.left("Container Disk"),
            Column.left("Image"));
    for (PodTemplate template : all) {
      boolean builtIn = templates.isBuiltIn(template.identifier());
      table.addRow(
          template.identifier() + (builtIn ? BUILT_IN : ""),
          template.aliasPattern(),
          template.gpuSpec(),
          template.storageSpec(),
          template
              .containerDiskSpec()
              .orElse("(default: " + PodCreation.DEFAULT_CONTAINER_DISK + ")"),
          imageLabel(template));
    }
    table.print(out());
    return OK;
  }

  // The built-in templates name the default image, which is too long to repeat in every row.
  private static String imageLabel(PodTemplate template) {
    String image = template.image().orElse(PodCreation.DEFAULT_IMAGE);
    return image.equals(PodCreation.DEFAULT_IMAGE) ? "(default)" : image;
  }

  private static Map<String, Object> toJson(PodTemplate template, boolean builtIn) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("identifier", template.identifier());
    json.put("aliasPattern", template.aliasPattern());
    json.put("gpu", template.gpuSpec());
    json.put("storage", template.storageSpec());
    json.put("containerDisk", template.containerDiskSpec());
    json.put("image", template.image());
    json.put("config", template.config());
    json.put("builtIn", builtIn);
    return json;
  }
}
