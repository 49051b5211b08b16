package dev.rp.cli.commands;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code rp template create}: saves a pod template. */
@Command(
    name = "create",
    header = "Saves a pod template.",
    footerHeading = "%nExamples:%n",
    description =
        "Saves a template. rp create IDENTIFIER then makes a pod with its values and the first"
            + " free alias of its pattern.",
    footer = {
      "  rp template create ml-training --alias-pattern \"ml-training-{i}\" --gpu 2xA100"
          + " --storage 1TB",
      "  rp template create dev --alias-pattern \"dev-{i}\" --gpu RTX4090 --storage 500GB"
          + " --config path=/workspace/project",
      "  rp template create big --alias-pattern \"big-{i}\" --gpu 8xH100 --storage 4TB"
          + " --container-disk 100GB --force"
    })
public final class TemplateCreateCommand extends BaseCommand {

  @Parameters(
      index = "0",
      paramLabel = "IDENTIFIER",
      description = "Name of the template, such as ml-training.")
  String identifier;

  @Option(
      names = "--alias-pattern",
      required = true,
      paramLabel = "PATTERN",
      description =
          "Alias of the pods made from the template, with {i} where the lowest free number"
              + " from 1 goes, such as ml-training-{i}.")
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
}
