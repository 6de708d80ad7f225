package io.facetwire.saved;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhook URLs users may set: no way to make the server call itself or a private network. */
class WebhookAddressTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9200/_bulk", "http://localhost/hook", "http://10.1.2.3/x",
      "http://192.168.0.10/x", "http://172.16.5.5/x", "http://169.254.169.254/latest/meta-data",
      "http://[::1]/x", "http://[fd00::1]/x", "http://0.0.0.0/x", "http://100.64.0.1/x",
      "ftp://example.org/x", "javascript:alert(1)", "file:///etc/passwd", "http://user:pw@example.org/x",
      "not a url", "", "http:///nohost"})
  void refusedByDefault(String url) {
    assertNotNull(WebhookAddress.problemWith(url, false), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://93.184.216.34/hook", "http://8.8.8.8:8080/alerts?key=abc"})
  void publicAddressesAreFine(String url) {
    assertNull(WebhookAddress.problemWith(url, false), url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/hook", "http://192.168.0.10/x"})
  void privateAddressesWhenTheOperatorAllowsThem(String url) {
    assertNull(WebhookAddress.problemWith(url, true), url);
  }
}
