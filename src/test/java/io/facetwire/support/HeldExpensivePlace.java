package io.facetwire.support;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * This test's address holding its one expensive place (ExpensiveWork) on the real server, for as long as the
 * socket is open (at most the body grace, 10 s): a large {@code /api/extract} body whose bytes have not arrived
 * streams, so the route holds its place while it waits for them. A stand-in for a long export, without timing.
 */
public final class HeldExpensivePlace implements AutoCloseable {

  private final Socket socket;

  private HeldExpensivePlace(Socket socket) {
    this.socket = socket;
  }

  /** Holds the place; returns once a wildcard search from this address is refused for want of one. */
  public static HeldExpensivePlace hold(Http http) throws IOException, InterruptedException {
    // An earlier test's held request on this shared server may keep the address's place until the server notices its
    // closed socket; holding now would be refused at once (429), so wait for the place to be free first.
    await(() -> http.get("/api/search?q=" + Http.enc("mosc*")).status(), 200, 15, "this address's place was never free");
    String base = http.base();
    Socket socket = new Socket("127.0.0.1", Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)));
    socket.getOutputStream().write(("POST /api/extract HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nContent-Length: 200000\r\n\r\n{\"title\":\"x\",\"body\":\"")
        .getBytes(StandardCharsets.US_ASCII));
    socket.getOutputStream().flush();
    socket.setSoTimeout(300);
    try {
      byte[] answer = new byte[2000];
      int n = socket.getInputStream().read(answer);
      socket.close();
      throw new AssertionError("the held request was answered at once: "
          + (n < 0 ? "(closed)" : new String(answer, 0, n, StandardCharsets.UTF_8)));
    } catch (java.net.SocketTimeoutException stillWaiting) {
      // As it should: the route waits for the body, in its place.
    }
    await(() -> http.get("/api/search?q=" + Http.enc("mosc*")).status(), 429, 5, "the held extraction never took its place");
    return new HeldExpensivePlace(socket);
  }

  /** Waits until {@code status} gives {@code expected}, for at most {@code seconds}. */
  public static void await(IntSupplier status, int expected, int seconds, String failure) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (status.getAsInt() != expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(failure);
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
