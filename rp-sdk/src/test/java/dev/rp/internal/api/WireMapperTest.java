package dev.rp.internal.api;

import static dev.rp.internal.api.ApiTestSupport.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.rp.InvalidInputException;
import dev.rp.gpu.Cloud;
import dev.rp.gpu.GpuType;
import dev.rp.pods.CreatePodRequest;
import dev.rp.pods.Pod;
import dev.rp.pods.PodStatus;
import dev.rp.pods.RuntimePort;
import dev.rp.pods.SshEndpoint;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WireMapperTest {

  private final Moshi moshi = new Moshi.Builder().build();

  private Pod parsePod(String json) throws IOException {
    return WireMapper.toPod(moshi.adapter(PodJson.class).fromJson(json));
  }

  @Nested
  class ContractExamples {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "getPod-200-pod.json",
          "createPod-201-pod.json",
          "updatePod-200-pod.json",
          "podAction-200-pod.json"
        })
    void podExample_parsesIntoPod(String file) throws IOException {
      Pod pod = parsePod(resource("api-examples/" + file));

      assertThat(pod.id()).isEqualTo("7h9k2m4n6p");
      assertThat(pod.image()).isEqualTo("runpod/pytorch:1.0.2-cu1281-torch280-ubuntu2404");
      assertThat(pod.gpuTypeId()).contains("NVIDIA GeForce RTX 4090");
      assertThat(pod.gpuCount()).isEqualTo(1);
      assertThat(pod.cloud()).contains(Cloud.SECURE);
      assertThat(pod.costPerHour()).isEqualTo(0.44);
      assertThat(pod.containerDiskGb()).isEqualTo(50);
      assertThat(pod.volumeGb()).isEqualTo(20);
      assertThat(pod.ports()).containsExactly("8888/http", "22/tcp");
      assertThat(pod.dataCenterId()).contains("US-KS-2");
      assertThat(pod.createdAt()).contains(Instant.parse("2026-06-01T12:00:00Z"));
      assertThat(pod.proxySsh())
          .contains(SshEndpoint.of("ssh.runpod.io", 22, "7h9k2m4n6p-64411eb2"));
    }

    @Test
    void runningExample_hasDirectSsh() throws IOException {
      Pod pod = parsePod(resource("api-examples/getPod-200-pod.json"));

      assertThat(pod.status()).isEqualTo(PodStatus.RUNNING);
      assertThat(pod.statusText()).isEqualTo("RUNNING");
      assertThat(pod.actions()).containsExactly("stop", "restart", "terminate");
      assertThat(pod.directSsh()).contains(SshEndpoint.of("195.26.233.3", 34446, "root"));
      assertThat(pod.startedAt()).contains(Instant.parse("2026-06-01T12:02:00Z"));
      assertThat(pod.runtimePorts())
          .containsExactly(
              RuntimePort.builder()
                  .privatePort(22)
                  .publicPort(34446)
                  .type("tcp")
                  .ip("195.26.233.3")
                  .build());
    }

    @Test
    void createdExample_lacksDirectSsh() throws IOException {
      Pod pod = parsePod(resource("api-examples/createPod-201-pod.json"));

      assertThat(pod.status()).isEqualTo(PodStatus.PROVISIONING);
      assertThat(pod.directSsh()).isEmpty();
      assertThat(pod.startedAt()).isEmpty();
      assertThat(pod.runtimePorts()).isEmpty();
    }

    @Test
    void listPodsExample_parsesEveryPod() throws IOException {
      PodListJson list =
          moshi
              .adapter(PodListJson.class)
              .fromJson(resource("api-examples/listPods-200-pods.json"));

      List<Pod> pods = list.pods().stream().map(WireMapper::toPod).toList();

      assertThat(pods).extracting(Pod::id).containsExactly("7h9k2m4n6p");
      assertThat(pods.get(0).name()).isEqualTo("pytorch-training");
    }

    @Test
    void gpuCatalogExample_parsesIntoGpuTypes() throws IOException {
      GpuListJson list =
          moshi
              .adapter(GpuListJson.class)
              .fromJson(resource("api-examples/listGpuTypes-200-gpus.json"));

      GpuType gpu = WireMapper.toGpuType(list.gpus().get(0));

      assertThat(gpu)
          .isEqualTo(
              GpuType.builder()
                  .id("NVIDIA GeForce RTX 4090")
                  .name("RTX 4090")
                  .memoryGb(24)
                  .secure(true)
                  .community(true)
                  .securePrice(0.44)
                  .communityPrice(0.31)
                  .secureMaxCount(8)
                  .communityMaxCount(4)
                  .availability("HIGH")
                  .build());
    }

    @Test
    void gpuTypeExample_parsesIntoGpuType() throws IOException {
      GpuTypeJson json =
          moshi
              .adapter(GpuTypeJson.class)
              .fromJson(resource("api-examples/getGpuType-200-gpu.json"));

      assertThat(WireMapper.toGpuType(json).id()).isEqualTo("NVIDIA GeForce RTX 4090");
    }

    @ParameterizedTest
    @ValueSource(strings = {"getSshKeys-200-keys.json", "updateSshKeys-200-keys.json"})
    void sshKeysExample_parsesIntoKeys(String file) throws IOException {
      SshKeysJson keys =
          moshi.adapter(SshKeysJson.class).fromJson(resource("api-examples/" + file));

      assertThat(keys.keys()).hasSize(1);
      assertThat(keys.keys().get(0)).startsWith("ssh-ed25519 AAAAC3").endsWith(" me@example.com");
    }

    @Test
    void realisticCatalog_parsesEveryGpuType() throws IOException {
      GpuListJson list = moshi.adapter(GpuListJson.class).fromJson(resource("catalog/gpus.json"));

      List<GpuType> gpus = list.gpus().stream().map(WireMapper::toGpuType).toList();

      GpuType h100 =
          gpus.stream().filter(g -> g.name().equals("H100 SXM")).findFirst().orElseThrow();
      assertThat(h100.id()).isEqualTo("NVIDIA H100 80GB HBM3");
      assertThat(h100.memoryGb()).isEqualTo(80);
      assertThat(h100.price(Cloud.SECURE)).isEqualTo(2.69);
      assertThat(gpus).allSatisfy(gpu -> assertThat(gpu.id()).isNotBlank());
    }
  }

  @Nested
  class Tolerance {

    @Test
    void unknownFields_areIgnored() throws IOException {
      Pod pod =
          parsePod(
              "{\"id\":\"p1\",\"name\":\"n\",\"status\":\"RUNNING\",\"image\":\"i\","
                  + "\"hibernation\":{\"enabled\":true},\"tags\":[1,2]}");

      assertThat(pod.id()).isEqualTo("p1");
      assertThat(pod.status()).isEqualTo(PodStatus.RUNNING);
    }

    @Test
    void unknownStatus_isUnknownWithTextKept() throws IOException {
      Pod pod =
          parsePod("{\"id\":\"p1\",\"name\":\"n\",\"status\":\"HIBERNATING\",\"image\":\"i\"}");

      assertThat(pod.status()).isEqualTo(PodStatus.UNKNOWN);
      assertThat(pod.statusText()).isEqualTo("HIBERNATING");
    }

    @Test
    void nullFields_stayAbsent() throws IOException {
      Pod pod =
          parsePod(
              "{\"id\":\"p1\",\"name\":\"n\",\"status\":\"EXITED\",\"image\":\"i\",\"gpu\":null,"
                  + "\"cloud\":null,\"dataCenterId\":null,\"ssh\":{\"proxy\":null,\"direct\":null},"
                  + "\"cost\":null,\"disk\":null,\"mounts\":{},\"runtime\":null,"
                  + "\"createdAt\":null,\"startedAt\":null,\"ports\":null,\"actions\":null}");

      assertThat(pod.gpuTypeId()).isEmpty();
      assertThat(pod.gpuCount()).isZero();
      assertThat(pod.cloud()).isEmpty();
      assertThat(pod.dataCenterId()).isEmpty();
      assertThat(pod.directSsh()).isEmpty();
      assertThat(pod.proxySsh()).isEmpty();
      assertThat(pod.costPerHour()).isZero();
      assertThat(pod.volumeGb()).isZero();
      assertThat(pod.createdAt()).isEmpty();
      assertThat(pod.ports()).isEmpty();
      assertThat(pod.actions()).isEmpty();
    }

    @Test
    void sshEndpointWithoutUsername_isAbsent() throws IOException {
      Pod pod =
          parsePod(
              "{\"id\":\"p1\",\"status\":\"RUNNING\",\"ssh\":{\"direct\":"
                  + "{\"host\":\"1.2.3.4\",\"port\":40022}}}");

      assertThat(pod.directSsh()).isEmpty();
    }

    @Test
    void runtimePortWithoutPrivatePort_isSkipped() throws IOException {
      Pod pod =
          parsePod(
              "{\"id\":\"p1\",\"runtime\":{\"ports\":[{\"public\":1,\"type\":\"tcp\"},"
                  + "{\"private\":8888,\"public\":null,\"type\":\"http\",\"ip\":null}]}}");

      assertThat(pod.runtimePorts())
          .containsExactly(RuntimePort.builder().privatePort(8888).type("http").build());
    }

    @Test
    void offsetDateTime_parsesToInstant() {
      assertThat(WireMapper.instant("2026-06-01T14:00:00+02:00"))
          .contains(Instant.parse("2026-06-01T12:00:00Z"));
      assertThat(WireMapper.instant("2026-06-01T12:00:00.123Z"))
          .contains(Instant.parse("2026-06-01T12:00:00.123Z"));
      assertThat(WireMapper.instant("yesterday")).isEmpty();
    }
  }

  @Nested
  class CreateBody {

    private final JsonAdapter<CreatePodJson> adapter = moshi.adapter(CreatePodJson.class);

    private CreatePodRequest.Builder request() {
      return CreatePodRequest.builder()
          .name("dev-1")
          .image("runpod/pytorch:2.8.0")
          .gpuTypeId("NVIDIA H100 80GB HBM3");
    }

    @Test
    void defaults_areSentExplicitly() {
      String json = adapter.toJson(WireMapper.toJson(request().build()));

      assertThat(json)
          .isEqualTo(
              "{\"name\":\"dev-1\",\"image\":\"runpod/pytorch:2.8.0\","
                  + "\"gpu\":{\"id\":\"NVIDIA H100 80GB HBM3\",\"count\":1},\"cloud\":\"SECURE\","
                  + "\"disk\":20,\"ports\":[\"22/tcp\",\"8888/http\"],\"startSsh\":true}");
    }

    @Test
    void volume_becomesPersistentMount() {
      CreatePodJson body =
          WireMapper.toJson(request().volumeGb(500).volumeMountPath("/data").build());

      assertThat(body.mounts().persistent()).isEqualTo(new PodJson.PersistentMount(500, "/data"));
    }

    @Test
    void everySetting_isMapped() {
      CreatePodJson body =
          WireMapper.toJson(
              request()
                  .gpuCount(2)
                  .cloud(Cloud.COMMUNITY)
                  .containerDiskGb(40)
                  .ports(List.of("22/tcp"))
                  .putEnv("HF_HOME", "/workspace/hf")
                  .startSsh(false)
                  .addDataCenterIds("US-TX-3")
                  .build());

      assertThat(body.gpu()).isEqualTo(new PodJson.Gpu("NVIDIA H100 80GB HBM3", 2));
      assertThat(body.cloud()).isEqualTo("COMMUNITY");
      assertThat(body.disk()).isEqualTo(40);
      assertThat(body.ports()).containsExactly("22/tcp");
      assertThat(body.env()).isEqualTo(Map.of("HF_HOME", "/workspace/hf"));
      assertThat(body.startSsh()).isFalse();
      assertThat(body.dataCenterIds()).containsExactly("US-TX-3");
      assertThat(body.mounts()).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 9, -5})
    void volumeBelowMinimum_isRejected(int volumeGb) {
      assertThatThrownBy(() -> request().volumeGb(volumeGb).build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(volumeGb + " GB")
          .hasMessageContaining("at least 10 GB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "22/udp", "0/tcp", "70000/tcp", "ssh/tcp"})
    void malformedPort_isRejected(String port) {
      assertThatThrownBy(() -> request().ports(List.of(port)).build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("'" + port + "'");
    }

    @Test
    void zeroGpus_isRejected() {
      assertThatThrownBy(() -> request().gpuCount(0).build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("GPU count 0");
    }

    @Test
    void blankName_isRejected() {
      assertThatThrownBy(() -> request().name(" ").build())
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("name");
    }
  }
}
