package dev.rp.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files as the Python rp writes them, in the layout of Python's {@code json.dump(indent=2)}, with
 * fields the Java rp does not know, and helpers to compare files by their JSON values.
 */
final class PythonRpFiles {

  /**
   * A {@code pods.json} with a legacy-only alias, an alias in both sections, pod metadata with and
   * without a path, templates with and without {@code config}, a deprecated scheduled task and
   * unknown fields at every level.
   */
  static final String PODS_JSON =
      """
      {
        "aliases": {
          "old-pod": "legacy1234",
          "both-pod": "legacy5678"
        },
        "pod_metadata": {
          "my-pod-1": {
            "pod_id": "89qgenjznh5t2j",
            "config": {
              "path": "/workspace/myproject"
            }
          },
          "both-pod": {
            "pod_id": "meta5678",
            "config": {
              "path": null
            },
            "note": "kept by rp",
            "created": 1.50
          }
        },
        "scheduled_tasks": [
          {
            "id": "550e8400-e29b-41d4-a716-446655440000",
            "action": "stop",
            "alias": "my-pod-1",
            "when_epoch": 1704124800,
            "status": "pending",
            "created_at": "2025-01-01T12:00:00Z",
            "last_error": null
          }
        ],
        "pod_templates": {
          "ml-training": {
            "identifier": "ml-training",
            "alias_template": "ml-training-{i}",
            "gpu_spec": "2xA100",
            "storage_spec": "1TB",
            "container_disk_spec": null,
            "image": null,
            "config": {
              "path": "/workspace/train"
            },
            "network_volume_id": "vol-1"
          },
          "old-style": {
            "identifier": "old-style",
            "alias_template": "old-{i}",
            "gpu_spec": "h100",
            "storage_spec": "500GB",
            "container_disk_spec": "20GB",
            "image": "runpod/pytorch:2.8.0"
          }
        },
        "future_section": {
          "enabled": true,
          "limits": [
            1,
            2.5e3,
            -0.0
          ],
          "caf\\u00e9": "na\\u00efve"
        }
      }
      """;

  /**
   * A {@code schedule.json} with a float {@code when_epoch}, a fractional one, an offset {@code
   * created_at} with microseconds, and an unknown field.
   */
  static final String SCHEDULE_JSON =
      """
      [
        {
          "id": "550e8400-e29b-41d4-a716-446655440000",
          "action": "stop",
          "alias": "my-pod",
          "when_epoch": 1704124800.0,
          "status": "pending",
          "created_at": "2025-01-01T12:00:00Z",
          "last_error": null
        },
        {
          "id": "6fa459ea-ee8a-3ca4-894e-db77e160355e",
          "action": "stop",
          "alias": "other-pod",
          "when_epoch": 1704128400.25,
          "status": "failed",
          "created_at": "2025-01-01T13:00:00.123456+00:00",
          "last_error": "pod not found",
          "retry_policy": {
            "max": 3
          }
        }
      ]
      """;

  private PythonRpFiles() {}

  /** Returns the JSON value in {@code file}. */
  static Object tree(Path file) throws IOException {
    return JsonParser.parse(file, Files.readString(file)).root();
  }

  /** Returns the JSON value of {@code text}. */
  static Object tree(String text) {
    return JsonParser.parse(Path.of("test.json"), text).root();
  }

  /** Returns the POSIX mode of {@code path}, such as {@code rw-------}. */
  static String mode(Path path) throws IOException {
    return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
  }

  /** Sets the POSIX mode of {@code path}, such as {@code rw-r-----}. */
  static void setMode(Path path, String mode) throws IOException {
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
  }
}
