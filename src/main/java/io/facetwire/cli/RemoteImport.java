package io.facetwire.cli;

import io.facetwire.ingest.FileStream;
import io.facetwire.ingest.ImportSummary;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * The import beside a running server: the files' bytes go unparsed to {@code POST /api/import/files}
 * in one streamed request; the server reads, extracts and bulk-writes them and answers with the
 * summary. This process stays a thin sender, so what the user waits for is the server's warm
 * pipeline, not a second JVM starting, loading Elasticsearch's client and compiling extraction.
 */
final class RemoteImport {

  private final RunningFacetwire.Handle server;

  RemoteImport(RunningFacetwire.Handle server) {
    this.server = server;
  }

  /**
   * @param sent told of every byte sent (the progress bar)
   * @throws IOException when the server cannot be reached or stops answering
   */
  ImportSummary send(List<Path> files, String source, String date, LongConsumer sent) throws IOException {
    StringBuilder query = new StringBuilder();
    if (source != null) {
      query.append(query.length() == 0 ? "?" : "&").append("source=").append(encode(source));
    }
    if (date != null) {
      query.append(query.length() == 0 ? "?" : "&").append("date=").append(encode(date));
    }
    HttpURLConnection c = (HttpURLConnection) URI.create(server.url() + "/api/import/files" + query).toURL()
        .openConnection();
    c.setRequestMethod("POST");
    c.setDoOutput(true);
    c.setChunkedStreamingMode(64 * 1024);
    c.setConnectTimeout(5000);
    // The answer comes after the last bulk request and the refresh: allow for a big import's tail.
    c.setReadTimeout(30 * 60 * 1000);
    c.setRequestProperty("Authorization", "Bearer " + server.token());
    c.setRequestProperty("Content-Type", "application/octet-stream");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(c.getOutputStream(), 64 * 1024))) {
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          FileStream.writeFile(out, file.toString(), new CountingInputStream(in, sent));
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
          FileStream.writeFile(out, file.toString(), new FailingStream(e));
        }
      }
    }
    int status = c.getResponseCode();
    if (status != 200) {
      InputStream err = c.getErrorStream();
      String body = err == null ? "" : new String(err.readAllBytes(), StandardCharsets.UTF_8);
      throw new IOException("the server answered " + status + (body.isBlank() ? "" : ": " + body.strip()));
    }
    try (InputStream in = c.getInputStream()) {
      return ServerJson.summary(in);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A file that vanished or became unreadable since the command checked it. */
  private static final class FailingStream extends InputStream {
    private final IOException why;

    FailingStream(IOException why) {
      this.why = why;
    }

    @Override
    public int read() throws IOException {
      throw why;
    }
  }
}
