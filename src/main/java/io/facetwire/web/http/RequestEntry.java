package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;

/**
 * The guards every request passes in Jetty, before Javalin sees it, in this order: the method is the request
 * line's, never a header's ({@link MethodFromRequestLine}); a HEAD becomes the GET
 * it asks about ({@link HeadAsGet}); one client may hold only so many threads ({@link ThreadsPerAddress});
 * an answer must be read at a pace ({@link PacedAnswers}), and a body must arrive at one
 * ({@link PacedBodies}); a small body is read whole without a thread
 * ({@link WholeSmallBodies}). One place where requests enter, not a check per route.
 */
public final class RequestEntry {

  private RequestEntry() {}

  /**
   * Hangs the guards in the server's innermost handler wrapper (Javalin then puts its servlet context
   * inside them); call after {@link GracefulStop#configure}, whose request counter stays outside.
   */
  public static void install(Server server, FacetwireConfig config, BodyLimits bodyLimits) {
    // Before any request: how many connections one address, and everyone, may keep open.
    ConnectionsPerAddress.install(server, config);
    FacetwireConfig.Limits limits = config.limits();
    // The start of each request line (for JettyErrorPages), and a deadline for the whole request head.
    RequestLineStarts.install(server, limits.bodyGrace());
    Handler.Wrapper method = new MethodFromRequestLine();
    Handler.Wrapper head = new HeadAsGet();
    method.setHandler(head);
    Handler.Wrapper perAddress = ThreadsPerAddress.handler(config);
    Handler.Wrapper pacedAnswers = new PacedAnswers(limits.minBodyRate(), limits.bodyGrace());
    Handler.Wrapper paced = new PacedBodies(limits.minBodyRate(), limits.bodyGrace());
    head.setHandler(perAddress);
    perAddress.setHandler(pacedAnswers);
    pacedAnswers.setHandler(paced);
    paced.setHandler(new WholeSmallBodies(bodyLimits));
    Handler.Wrapper innermost = null;
    for (Handler h = server.getHandler(); h instanceof Handler.Wrapper w; h = w.getHandler()) {
      innermost = w;
    }
    if (innermost == null) {
      server.setHandler(method);
    } else {
      innermost.setHandler(method);
    }
  }
}
