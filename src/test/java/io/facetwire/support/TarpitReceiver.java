package io.facetwire.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on loopback that accepts every connection and never reads or answers: what a receiver that
 * hangs looks like to the sender, for as long as the sender waits. Closing it closes the connections it holds.
 */
public final class TarpitReceiver implements AutoCloseable {

  private final ServerSocket listener;
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  public TarpitReceiver() {
    try {
      listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread accept = new Thread(() -> {
      while (!listener.isClosed()) {
        try {
          held.add(listener.accept());
        } catch (IOException closed) {
          return;
        }
      }
    }, "tarpit-receiver");
    accept.setDaemon(true);
    accept.start();
  }

  public String url() {
    return "http://127.0.0.1:" + listener.getLocalPort() + "/hook";
  }

  /** Connections accepted so far. */
  public int accepted() {
    return held.size();
  }

  @Override
  public void close() {
    try {
      listener.close();
    } catch (IOException ignored) {
      // already closed
    }
    for (Socket s : held) {
      try {
        s.close();
      } catch (IOException ignored) {
        // already closed
      }
    }
  }
}
