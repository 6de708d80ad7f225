package io.facetwire.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) run in-process on a page's HTML, as
 * its command-line client does: the HTML5 schema plus the checker's own assertions. {@link #errors} gives
 * the errors; {@link #errorsAndWarnings} the warnings too (the pages have none since session 13, and an
 * independent run of the checker prints them: docs/quality.md). Info messages are advice, not failures.
 */
public final class HtmlChecker {

  /** The schema the checker's command line uses for text/html. */
  private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  private HtmlChecker() {}

  /** The checker's errors on {@code html}, each as "line:column message"; empty when valid. */
  public static List<String> errors(String html) {
    return messages(html, false);
  }

  /** The checker's errors and warnings on {@code html}, warnings marked "warning:"; empty when clean. */
  public static List<String> errorsAndWarnings(String html) {
    return messages(html, true);
  }

  private static synchronized List<String> messages(String html, boolean warnings) {
    List<String> errors = new ArrayList<>();
    ErrorHandler collect = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {
        if (warnings) {
          errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " warning: " + e.getMessage());
        }
      }

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    try {
      SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema(HTML_SCHEMA, collect);
      validator.setUpValidatorAndParsers(collect, false, false);
      InputSource source = new InputSource(new StringReader(html));
      source.setSystemId("page.html");
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      throw new IllegalStateException("The Nu Html Checker could not run: " + e, e);
    }
    return errors;
  }
}
