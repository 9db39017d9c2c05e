package org.accord.bench;

import java.net.http.HttpResponse;
import java.util.function.Supplier;

/** Times one GET, repeated: warm-up requests first (not counted), then the samples, one after the other. */
final class Requests {

  private Requests() {}

  static Latencies time(Supplier<HttpResponse<byte[]>> request, int warmUp, int samples, Latencies overall) {
    for (int i = 0; i < warmUp; i++) {
      check(request.get());
    }
    Latencies latencies = new Latencies();
    for (int i = 0; i < samples; i++) {
      long started = System.nanoTime();
      HttpResponse<byte[]> response = request.get();
      long took = System.nanoTime() - started;
      check(response);
      latencies.add(took);
      if (overall != null) {
        overall.add(took);
      }
    }
    return latencies;
  }

  static HttpResponse<byte[]> check(HttpResponse<byte[]> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
          + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return response;
  }
}
