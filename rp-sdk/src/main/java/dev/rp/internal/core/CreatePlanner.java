package dev.rp.internal.core;

import dev.rp.AlreadyExistsException;
import dev.rp.InvalidInputException;
import dev.rp.gpu.Cloud;
import dev.rp.gpu.GpuCatalog;
import dev.rp.gpu.GpuChoice;
import dev.rp.gpu.GpuSpec;
import dev.rp.gpu.StorageSize;
import dev.rp.internal.Names;
import dev.rp.pods.CreatePlan;
import dev.rp.pods.PodCreation;
import dev.rp.store.PodAlias;
import dev.rp.templates.PodTemplate;
import dev.rp.templates.Templates;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves what a creation asked for into a {@link CreatePlan}: template values, the alias, sizes
 * and the GPU type. Local checks run before the two API reads (catalog, SSH keys).
 */
final class CreatePlanner {
  record Request(
      Optional<String> templateId,
      Optional<String> alias,
      Optional<String> gpu,
      Optional<String> storage,
      Optional<String> containerDisk,
      Optional<String> image,
      Cloud cloud,
      Map<String, String> config,
      boolean replace) {}

  private final RpContext context;
  private final Templates templates;

  CreatePlanner(RpContext context, Templates templates) {
    this.context = context;
    this.templates = templates;
  }

  CreatePlan plan(Request request) {
    Optional<PodTemplate> template = request.templateId().map(templates::get);
    Map<String, PodAlias> aliases = context.stores().aliases().all();
    String alias = Names.requireValidAlias(alias(request, template, aliases));
    PodAlias existing = aliases.get(alias);
    if (existing != null && !request.replace()) {
      throw new AlreadyExistsException(
          "Alias '"
              + alias
              + "' already tracks pod "
              + existing.podId()
              + ". Use --force to point it at the new pod (the old pod is left as it is),"
              + " or choose another alias.");
    }
    context.sshConfig().ensureAliasAvailable(alias);

    GpuSpec gpu =
        GpuSpec.parse(
            request
                .gpu()
                .or(() -> template.map(PodTemplate::gpuSpec))
                .orElseThrow(() -> missing("GPU", "--gpu 2xA100")));
    int volumeGb =
        StorageSize.parseVolumeOrNone(
                request
                    .storage()
                    .or(() -> template.map(PodTemplate::storageSpec))
                    .orElseThrow(() -> missing("storage size", "--storage 500GB")))
            .map(StorageSize::gigabytes)
            .orElse(0);
    int containerDiskGb =
        StorageSize.parseContainerDisk(
                request
                    .containerDisk()
                    .or(() -> template.flatMap(PodTemplate::containerDiskSpec))
                    .orElse(PodCreation.DEFAULT_CONTAINER_DISK))
            .gigabytes();
    String image =
        request
            .image()
            .or(() -> template.flatMap(PodTemplate::image))
            .orElse(PodCreation.DEFAULT_IMAGE);
    Map<String, String> config = new LinkedHashMap<>();
    template.ifPresent(t -> config.putAll(t.config()));
    config.putAll(request.config());
    config.values().removeIf(String::isEmpty);

    String publicKey = SshKeys.readPublicKey(context.paths().identityFile());
    GpuChoice choice = GpuCatalog.of(context.api().listGpuTypes()).choose(gpu, request.cloud());
    boolean registered = new ApiAccount(context).hasSshKey(publicKey);

    return CreatePlan.builder()
        .alias(alias)
        .templateId(request.templateId())
        .gpuTypeId(choice.gpuTypeId())
        .gpuName(choice.gpuType().name())
        .gpuCount(choice.count())
        .gpuMemoryGb(choice.gpuType().memoryGb())
        .cloud(choice.cloud())
        .pricePerHour(choice.hourlyPrice())
        .gpuReason(choice.reason())
        .volumeGb(volumeGb)
        .containerDiskGb(containerDiskGb)
        .image(image)
        .ports(PodCreation.DEFAULT_PORTS)
        .config(config)
        .replacedPodId(Optional.ofNullable(existing).map(PodAlias::podId))
        .sshKeyRegistered(registered)
        .build();
  }

  private static String alias(
      Request request, Optional<PodTemplate> template, Map<String, PodAlias> aliases) {
    if (request.alias().isPresent()) {
      return request.alias().get();
    }
    return template
        .map(t -> Templates.nextAlias(t, aliases.keySet()))
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "Missing alias: pass --alias NAME, or a template whose pattern numbers"
                        + " the alias (see rp template list)."));
  }

  private static InvalidInputException missing(String what, String example) {
    return new InvalidInputException(
        "Missing " + what + ": pass it (for example " + example + ") or use a template.");
  }
}
