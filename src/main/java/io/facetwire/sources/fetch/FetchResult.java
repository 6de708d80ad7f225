package io.facetwire.sources.fetch;

/**
 * A successful answer.
 *
 * @param notModified  the server answered 304 to a conditional request: {@code body} is empty
 * @param finalUrl     the address after redirects
 * @param contentType  the Content-Type header, or null
 * @param etag         validators to send next time, or null
 * @param lastModified
 */
public record FetchResult(boolean notModified, String finalUrl, byte[] body, String contentType, String etag,
    String lastModified) {

  public static FetchResult notModified(String url, String etag, String lastModified) {
    return new FetchResult(true, url, new byte[0], null, etag, lastModified);
  }
}
