package dev.rp.cli.commands;

import dev.rp.templates.PodTemplate;
import dev.rp.templates.Templates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp template create}: saves a pod template. */
@Command(
    name = "create",
    header = "Saves a pod template.",
    footerHeading = "%nExamples:%n",
    description = {
      "Saves a template. rp create IDENTIFIER then makes a pod with its values and the first"
          + " free alias of its pattern.",
      "The alias pattern may also be given as a second argument instead of --alias-pattern. A"
          + " template with the identifier of a built-in one (h100, 2h100, 5090, a40) takes its"
          + " place until it is deleted."
    },
    footer = {
      "  rp template create ml-training --alias-pattern \"ml-training-{i}\" --gpu 2xA100"
          + " --storage 1TB",
      "  rp template create dev --alias-pattern \"dev-{i}\" --gpu RTX4090 --storage 500GB"
          + " --config path=/workspace/project",
      "  rp template create big --alias-pattern \"big-{i}\" --gpu 8xH100 --storage 4TB"
          + " --container-disk 100GB --force",
      "  rp template create training \"train-{i}\" --gpu 4xA100 --storage 2TB"
    })
public final class TemplateCreateCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "IDENTIFIER",
      description = "Name of the template, such as ml-training.")
  String identifier;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "PATTERN",
      description = "The alias pattern, in place of --alias-pattern.")
  String positionalPattern;

  @Option(
      names = "--alias-pattern",
      paramLabel = "PATTERN",
      description =
          "Alias of the pods made from the template, with {i} where the lowest free number"
              + " from 1 goes, such as ml-training-{i}. Required unless PATTERN is given.")
  String aliasPattern;

  @Option(
      names = "--gpu",
      required = true,
      paramLabel = "SPEC",
      description = "GPUs as [COUNTx]MODEL, such as 2xA100 or H100.")
  String gpu;

  @Option(
      names = "--storage",
      required = true,
      paramLabel = "SIZE",
      description = "Size of the persistent volume, in GB or TB, such as 500GB or 1TB.")
  String storage;

  @Option(
      names = "--container-disk",
      paramLabel = "SIZE",
      description =
          "Size of the container's disk, in GB or TB; without it, pods get "
              + CreateCommand.DEFAULT_CONTAINER_DISK
              + ".")
  String containerDisk;

  @Option(
      names = "--image",
      paramLabel = "IMAGE",
      description = "Container image; without it, pods get " + CreateCommand.DEFAULT_IMAGE + ".")
  String image;

  @Option(
      names = "--config",
      paramLabel = "KEY=VALUE",
      description =
          "Setting applied to every pod made from the template, such as"
              + " path=/workspace/project. Repeatable.")
  Map<String, String> config = new LinkedHashMap<>();

  @Option(
      names = {"-f", "--force"},
      description = "Replaces an existing template of the same name.")
  boolean force;

  /** Validates and saves the template, without any request to the API. */
  @Override
  public Integer call() {
    Templates templates = context().client().templates();
    boolean replacesBuiltIn = templates.isBuiltIn(identifier);
    boolean existed = templates.find(identifier).isPresent() && !replacesBuiltIn;
    PodTemplate saved =
        templates.save(
            PodTemplate.builder()
                .identifier(identifier)
                .aliasPattern(pattern())
                .gpuSpec(gpu)
                .storageSpec(storage)
                .containerDiskSpec(Optional.ofNullable(containerDisk))
                .image(Optional.ofNullable(image))
                .config(config)
                .build(),
            force);
    out()
        .println(
            (existed ? "Replaced template " : "Saved template ")
                + saved.identifier()
                + ": "
                + saved.gpuSpec()
                + ", "
                + saved.storageSpec()
                + ", aliases "
                + saved.aliasPattern()
                + ". Create a pod from it with rp create "
                + saved.identifier()
                + ".");
    if (replacesBuiltIn) {
      out()
          .println(
              "It takes the place of the built-in template "
                  + saved.identifier()
                  + "; rp template delete "
                  + saved.identifier()
                  + " brings the built-in back.");
    }
    return OK;
  }

  private String pattern() {
    if (aliasPattern != null && positionalPattern != null) {
      throw usageError(
          "Give the alias pattern once, either as PATTERN or with --alias-pattern, not both");
    }
    if (aliasPattern == null && positionalPattern == null) {
      throw usageError(
          "Missing alias pattern: give --alias-pattern PATTERN with {i} where the number goes,"
              + " such as --alias-pattern \""
              + identifier
              + "-{i}\"");
    }
    return aliasPattern != null ? aliasPattern : positionalPattern;
  }
}
