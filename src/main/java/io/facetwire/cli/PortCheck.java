package io.facetwire.cli;

import io.facetwire.InvalidSetting;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/**
 * Binds the HTTP address once before anything slow starts, so a port in use (another server, a second
 * {@code serve}) or an unknown host is one line naming the setting, seconds earlier than Jetty would
 * find out. The port is released again at once; Jetty binds it for real after the node started.
 */
final class PortCheck {

  private PortCheck() {}

  static void ensureFree(String host, int port, String portSetting, String hostSetting) {
    if (port == 0) {
      return;
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new InvalidSetting(hostSetting + ": '" + host + "' is not an address of this machine");
    }
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(address, port));
    } catch (IOException e) {
      throw new InvalidSetting("port " + port + " on " + host + " cannot be used (" + e.getMessage()
          + "): is another server running? Choose another with " + portSetting);
    }
  }
}
