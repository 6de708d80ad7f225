package io.facetwire.web.http;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A {@code HEAD} is answered as the {@code GET} of the same address would be: same status, same headers,
 * no body (RFC 9110, 9.3.2). Javalin answered 200 to a HEAD on any address with a GET route without
 * running the route, so {@code HEAD /metrics} said 200 where {@code GET} said 401 and
 * {@code HEAD /articles/missing} 200 where {@code GET} said 404, which misleads link checkers and
 * monitors. So the application is handed a GET; Jetty still knows the request as the client's HEAD and
 * sends no body bytes (its HTTP/1 and HTTP/2 writers look at the request they parsed), while every check
 * before the route (access, admission, limits) runs as for the GET. The cost is the GET's, as HTTP means it.
 */
final class HeadAsGet extends Handler.Wrapper {

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!HttpMethod.HEAD.is(request.getMethod())) {
      return super.handle(request, response, callback);
    }
    return super.handle(new Request.Wrapper(request) {
      @Override
      public String getMethod() {
        return HttpMethod.GET.asString();
      }
    }, response, callback);
  }
}
