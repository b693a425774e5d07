package dev.sparkform.apply;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The in-memory API server's CRUD dispatcher with a log of every request (method, path, content
 * type) and an optional fault: a function that may answer a request instead of the store.
 */
final class RecordingDispatcher extends Dispatcher {
  /** {@code path} without the parameters every write carries ({@link #path}); {@code uri} as sent. */
  record Request(String method, String path, String contentType, String uri) {
    boolean write() {
      return Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  /** Not final: {@link #reset} swaps in an empty store. */
  private KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
  private final List<Request> requests = new ArrayList<>();
  private Function<RecordedRequest, MockResponse> fault = r -> null;

  /** Not synchronized as a whole: a fault may block one request while others go on (ParallelTest). */
  @Override
  public MockResponse dispatch(RecordedRequest r) {
    Function<RecordedRequest, MockResponse> f;
    KubernetesCrudDispatcher store;
    synchronized (this) {
      requests.add(new Request(r.getMethod(), path(r), r.getHeader("Content-Type"), r.getPath()));
      f = fault;
      store = crud;
    }
    MockResponse injected = f.apply(r);
    return injected != null ? injected : store.dispatch(r);
  }

  /** The request's path and query without {@code fieldManager=sparkform&fieldValidation=Strict} (asserted once, in ApplyTest). */
  static String path(RecordedRequest r) {
    return r.getPath().replace("?fieldManager=sparkform&fieldValidation=Strict", "");
  }

  synchronized void fault(Function<RecordedRequest, MockResponse> f) {
    this.fault = f;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  synchronized List<Request> writes() {
    return requests.stream().filter(Request::write).toList();
  }

  synchronized void clear() {
    requests.clear();
  }

  /**
   * An empty store, no log, no fault: a fresh cluster on the same server. Property tests run a
   * thousand cases; starting and stopping a server and its client for each would cost most of the time.
   */
  synchronized void reset() {
    crud = new KubernetesCrudDispatcher();
    requests.clear();
    fault = r -> null;
  }

  static MockResponse status(int code, String reason, String message) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", "application/json")
        .setBody("{\"apiVersion\":\"v1\",\"kind\":\"Status\",\"status\":\"Failure\",\"code\":" + code
            + ",\"reason\":\"" + reason + "\",\"message\":\"" + message + "\"}");
  }
}
