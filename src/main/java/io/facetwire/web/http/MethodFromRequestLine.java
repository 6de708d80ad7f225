package io.facetwire.web.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A request's method is the one on its request line. Javalin reads {@code X-HTTP-Method-Override} on every
 * request ({@code Context.method()}) and routes by it, whatever the real method: found in session 19, a
 * {@code GET} carrying {@code X-HTTP-Method-Override: BEFORE} (or {@code AFTER}) was answered 200 with an empty
 * body on every address, {@code POST /api/extract} included, without running the route; {@code PUT} turned a
 * search into a 403, {@code HEAD} turned a form's {@code POST} into a page view, and any other word was echoed in
 * a 404 (5 KB of it when sent). Every check in front of Javalin (admission, body limits, access) had judged the
 * request by its real method. No page or script here sends the header, so it is removed before Javalin sees it.
 */
final class MethodFromRequestLine extends Handler.Wrapper {

  static final String OVERRIDE = "X-HTTP-Method-Override";

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields headers = request.getHeaders();
    if (!headers.contains(OVERRIDE)) {
      return super.handle(request, response, callback);
    }
    HttpFields without = HttpFields.build(headers).remove(OVERRIDE).asImmutable();
    return super.handle(new Request.Wrapper(request) {
      @Override
      public HttpFields getHeaders() {
        return without;
      }
    }, response, callback);
  }
}
