package io.facetwire.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * A template fragment as it was before Java made its HTML ({@code src/test/resources/templates-before/}), rendered by
 * Thymeleaf, and markup compared as a browser reads it: the tests of the Java-made fragments (result lines, tag
 * links, facet values and fieldsets) check that they print what the templates printed.
 */
public final class OldFragments {

  private OldFragments() {}

  /** The fragment {@code templates-before/NAME}, rendered in the pages' locale (English) with {@code variables}. */
  public static String render(String name, Map<String, Object> variables) {
    TemplateEngine thymeleaf = new TemplateEngine();
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    thymeleaf.setTemplateResolver(resolver);
    Context context = new Context(Locale.ENGLISH);
    context.setVariables(variables);
    return thymeleaf.process(resource("templates-before/" + name), context);
  }

  /** Comments dropped and every run of whitespace one space, as the browser shows it. */
  public static String normalized(String html) {
    return html.replaceAll("<!--.*?-->", "").replaceAll("\\s+", " ").strip();
  }

  private static String resource(String name) {
    try (InputStream in = OldFragments.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
