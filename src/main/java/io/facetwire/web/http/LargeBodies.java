package io.facetwire.web.http;

import io.facetwire.FacetwireConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Predicate;

/**
 * Large bodies (over the 64 KB that {@link WholeSmallBodies} reads before the application; {@code /api/extract} takes
 * up to 1 MB) are read whole before the request takes any other place, in a place of their own: at most
 * {@value #PER_ADDRESS} per client address and {@value #TOTAL} in all, one more refused at once (429).
 *
 * <p>Session 27: a large extraction took its expensive place first and then read its body, at the pace
 * {@link PacedBodies} allows (1 KB a second after the grace), so one visitor sending a 1 MB body slowly held the
 * visitors' one expensive place for a quarter of an hour: every anonymous CSV export and wildcard search was 429 while
 * it lasted, from one connection, at no cost to the sender, and again as soon as it ended. Now a slow body holds only
 * its place here; the expensive place is taken once the bytes are all in, for the extraction's CPU alone. The places
 * here bound the memory such bodies take while they arrive and while they are worked on ({@value #TOTAL} × the
 * route's limit), so they are kept until the request ends.
 */
public final class LargeBodies {

  static final int PER_ADDRESS = 1;
  static final int TOTAL = 4;
  private static final String BODY = "facetwire.large-body";

  private final FacetwireConfig config;
  private final BodyLimits limits;
  private final Places places;

  public LargeBodies(FacetwireConfig config, BodyLimits limits) {
    this.config = config;
    this.limits = limits;
    this.places = new Places(PER_ADDRESS, TOTAL, Duration.ZERO,
        new Places.Refusal(429, "You are already sending a large body. Please wait until it has been answered."),
        new Places.Refusal(429, "The server is receiving as many large bodies as it takes at once."
            + " Please try again in a few seconds."),
        ExpensiveWork.RETRY_AFTER_SECONDS);
  }

  /**
   * {@code handler}, once a body that {@code large} says is large has all arrived (read under the route's body limit:
   * 413 past it, 408 below the pace); other requests go straight on.
   */
  public Handler readFirst(Predicate<Context> large, Handler handler) {
    return ctx -> {
      if (!large.test(ctx)) {
        handler.handle(ctx);
        return;
      }
      places.run(ctx, RequestInfo.clientAddress(ctx, config), c -> {
        try (InputStream in = limits.stream(c)) {
          c.attribute(BODY, in.readAllBytes());
        }
        handler.handle(c);
      });
    };
  }

  /** The request's body: the bytes {@link #readFirst} read, else the body as it arrives (under its limit). */
  public static InputStream body(Context ctx, BodyLimits limits) throws IOException {
    byte[] read = ctx.attribute(BODY);
    return read != null ? new ByteArrayInputStream(read) : limits.stream(ctx);
  }
}
