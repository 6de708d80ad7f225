package io.facetwire.support;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nu.validator.checker.DatatypeMismatchException;
import nu.validator.checker.VnuBadAttrValueException;
import nu.validator.datatype.Html5DatatypeException;
import nu.validator.validation.SimpleDocumentValidator;
import nu.validator.vendor.relaxng.datatype.DatatypeException;
import nu.validator.vendor.thaiopensource.relaxng.exceptions.BadAttributeValueException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine behind validator.w3.org/nu) run in-process on a page's HTML, as
 * its command-line client does: the HTML5 schema plus the checker's own assertions. {@link #errors} gives
 * the errors; {@link #errorsAndWarnings} the warnings too (the pages have none since session 13, and an
 * independent run of the checker prints them: docs/quality.md). Info messages are advice, not failures.
 *
 * <p>Session 28: the command line sets {@code nu.validator.datatype.warn=true} before the checker's classes load (unless
 * told {@code --errors-only}); without it an attribute value the checker only warns about, such as a withdrawn language
 * subtag ({@code lang="ji"}: "The language subtag ji is deprecated. Use yi instead"), passes in silence, and a Yiddish
 * article's lang="ji" passed the suite while {@code vnu.jar --Werror} flagged it. The property is set here, before
 * the first page is checked, and such a value is a warning, as the command line counts it.
 */
public final class HtmlChecker {

  static {
    // Read once, by the datatypes' static initialisers (nu.validator.datatype.Language and others).
    System.setProperty("nu.validator.datatype.warn", "true");
  }

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
        if (onlyDatatypeWarnings(e)) {
          warning(e);
          return;
        }
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

  /** Whether a bad attribute value is one the checker only warns about ("Potentially bad value"), as its command line tells. */
  private static boolean onlyDatatypeWarnings(SAXParseException e) {
    Map<?, DatatypeException> causes = e instanceof BadAttributeValueException b ? b.getExceptions()
        : e instanceof VnuBadAttrValueException v ? v.getExceptions()
        : e instanceof DatatypeMismatchException d ? d.getExceptions()
        : Map.of();
    return !causes.isEmpty() && causes.values().stream()
        .allMatch(c -> c instanceof Html5DatatypeException h && h.isWarning());
  }
}
