package dev.sparkform.kubetier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A plain-HTTP proxy on 127.0.0.1 in front of a {@link KubeApiServer} that answers a share of the
 * requests with a fault instead: 500, 503, 429 with {@code Retry-After}, a made-up 409 on writes,
 * a connection closed before the request reaches the server, or one closed after the server
 * handled it (the response is lost). Seeded, so a failing run can be repeated; counts what it did.
 */
public final class FaultProxy implements AutoCloseable {
  /** What a request can meet. */
  public enum Fault { NONE, INTERNAL_ERROR, UNAVAILABLE, TOO_MANY_REQUESTS, CONFLICT, RESET_BEFORE, RESET_AFTER }

  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

  private final HttpServer server;
  private final HttpClient upstream;
  private final String target;
  private final double rate;
  private final Random random;
  private final AtomicLong requests = new AtomicLong();
  private final Map<Fault, AtomicInteger> counts = new ConcurrentHashMap<>();
  private volatile boolean enabled = true;

  private FaultProxy(KubeApiServer apiServer, double rate, long seed) throws IOException {
    this.target = apiServer.url();
    this.rate = rate;
    this.random = new Random(seed);
    this.upstream = HttpClient.newBuilder().sslContext(KubeApiServer.trustAll()).connectTimeout(Duration.ofSeconds(5))
        .build();
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(Executors.newFixedThreadPool(8));
    server.createContext("/", this::handle);
    server.start();
  }

  /** Faults on {@code rate} (0..1) of the requests, chosen by a generator seeded with {@code seed}. */
  public static FaultProxy start(KubeApiServer apiServer, double rate, long seed) {
    try {
      return new FaultProxy(apiServer, rate, seed);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Stops (or resumes) injecting faults; requests are still forwarded. */
  public void faults(boolean on) {
    enabled = on;
  }

  public long requests() {
    return requests.get();
  }

  /** How often each fault was injected. */
  public Map<Fault, Integer> counts() {
    Map<Fault, Integer> out = new TreeMap<>();
    counts.forEach((k, v) -> out.put(k, v.get()));
    return out;
  }

  /**
   * A made-up 409 only on a write that stores something: a real server answers a dry run 409 only
   * when the conflict is real (and then the plan should say so).
   */
  private synchronized Fault choose(String method, String uri) {
    if (!enabled || random.nextDouble() >= rate) {
      return Fault.NONE;
    }
    double r = random.nextDouble();
    boolean write = WRITES.contains(method) && !uri.contains("dryRun=All");
    if (r < 0.25) {
      return Fault.INTERNAL_ERROR;
    }
    if (r < 0.45) {
      return Fault.UNAVAILABLE;
    }
    if (r < 0.55) {
      return Fault.TOO_MANY_REQUESTS;
    }
    if (r < 0.7) {
      return write ? Fault.CONFLICT : Fault.UNAVAILABLE;
    }
    if (r < 0.85) {
      return Fault.RESET_BEFORE;
    }
    return Fault.RESET_AFTER;
  }

  private void handle(HttpExchange ex) throws IOException {
    requests.incrementAndGet();
    String method = ex.getRequestMethod();
    Fault fault = choose(method, ex.getRequestURI().toString());
    counts.computeIfAbsent(fault, k -> new AtomicInteger()).incrementAndGet();
    byte[] body;
    try (InputStream in = ex.getRequestBody()) {
      body = in.readAllBytes();
    }
    switch (fault) {
      case INTERNAL_ERROR -> status(ex, 500, "InternalError", "etcdserver: request timed out (injected)", null);
      case UNAVAILABLE -> status(ex, 503, "ServiceUnavailable", "the server is shutting down (injected)", null);
      case TOO_MANY_REQUESTS -> status(ex, 429, "TooManyRequests", "too many requests (injected)", "1");
      case CONFLICT -> status(ex, 409, "Conflict", "Operation cannot be fulfilled: the object has been modified;"
          + " please apply your changes to the latest version and try again (injected)", null);
      case RESET_BEFORE -> ex.close();
      case NONE, RESET_AFTER -> {
        HttpResponse<byte[]> r = forward(ex, method, body);
        if (fault == Fault.RESET_AFTER || r == null) {
          ex.close(); // the server did it; the client never hears
          return;
        }
        r.headers().firstValue("Content-Type").ifPresent(v -> ex.getResponseHeaders().set("Content-Type", v));
        byte[] out = r.body();
        ex.sendResponseHeaders(r.statusCode(), out.length == 0 ? -1 : out.length);
        try (OutputStream os = ex.getResponseBody()) {
          os.write(out);
        }
      }
    }
  }

  private HttpResponse<byte[]> forward(HttpExchange ex, String method, byte[] body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(target + ex.getRequestURI().toString()))
        .timeout(Duration.ofSeconds(30))
        .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    for (String h : new String[] {"Authorization", "Content-Type", "Accept"}) {
      String v = ex.getRequestHeaders().getFirst(h);
      if (v != null) {
        b.header(h, v);
      }
    }
    try {
      return upstream.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  private static void status(HttpExchange ex, int code, String reason, String message, String retryAfter)
      throws IOException {
    byte[] out = ("{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":\"Failure\",\"code\":" + code
        + ",\"reason\":\"" + reason + "\",\"message\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json");
    if (retryAfter != null) {
      ex.getResponseHeaders().set("Retry-After", retryAfter);
    }
    ex.sendResponseHeaders(code, out.length);
    try (OutputStream os = ex.getResponseBody()) {
      os.write(out);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
