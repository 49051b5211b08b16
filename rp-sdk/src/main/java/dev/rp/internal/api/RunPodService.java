package dev.rp.internal.api;

import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Retrofit description of the RunPod API v2 endpoints rp uses.
 *
 * <p>Paths are relative so that a base URL with a path prefix, such as a proxy's, keeps it.
 */
interface RunPodService {

  @GET("v2/pods")
  Call<PodListJson> listPods();

  @GET("v2/pods/{id}")
  Call<PodJson> getPod(@Path("id") String id);

  @POST("v2/pods")
  Call<PodJson> createPod(@Body CreatePodJson body);

  @PATCH("v2/pods/{id}")
  Call<PodJson> updatePod(@Path("id") String id, @Body UpdatePodJson body);

  /** Returns 204 without a body. */
  @DELETE("v2/pods/{id}")
  Call<Void> deletePod(@Path("id") String id);

  /** Returns 200 with the pod, or 204 without a body for {@code terminate}. */
  @POST("v2/pods/{id}/action")
  Call<PodJson> podAction(@Path("id") String id, @Body PodActionJson body);

  @GET("v2/catalog/gpus")
  Call<GpuListJson> listGpuTypes();

  @GET("v2/catalog/gpus/{id}")
  Call<GpuTypeJson> getGpuType(@Path("id") String id);

  @GET("v2/account/ssh-keys")
  Call<SshKeysJson> sshKeys();

  /** Replaces the whole set of keys. */
  @PUT("v2/account/ssh-keys")
  Call<SshKeysJson> replaceSshKeys(@Body SshKeysJson body);
}
