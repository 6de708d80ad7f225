package io.facetwire.web.http;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the Thymeleaf templates from the repository's {@code templates/} folder (packaged into the
 * jar). Templates escape by default ({@code th:text}); the only unescaped output is snippet HTML that
 * {@code Snippet.html()} has already escaped.
 */
public final class Templates {

  private final TemplateEngine engine = new TemplateEngine();

  public Templates() {
    RecordProperties.install();
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(!Boolean.getBoolean("facetwire.templates.nocache"));
    engine.setTemplateResolver(resolver);
  }

  public String render(String template, Map<String, Object> model) {
    // The last gate for code points no HTML page may carry: text that came in by a way no reader cleaned
    // (a query parameter shown back, such as the sign-in page's email and next) is cleaned here, in one place.
    // and where text holding bidirectional controls is isolated (Utf8PageBuffer), as every page is.
    return new String(renderUtf8(template, model).toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * The page as UTF-8 bytes, cleaned as {@link #render} cleans it, written by the engine straight into one
   * buffer instead of a String that is then scanned and encoded (see {@link Utf8PageBuffer}).
   */
  public Utf8PageBuffer renderUtf8(String template, Map<String, Object> model) {
    Utf8PageBuffer page = new Utf8PageBuffer(PAGE_BYTES);
    engine.process(template, context(model), page);
    return page;
  }

  /** Renders the page into the response as {@code text/html} ({@link #renderUtf8}). */
  public void html(io.javalin.http.Context ctx, String template, Map<String, Object> model) {
    Utf8PageBuffer page = renderUtf8(template, model);
    ctx.contentType(io.javalin.http.ContentType.TEXT_HTML).result(page.asInputStream());
  }

  /** Most results pages fit (session 12: median 49 KB on Reuters); a larger one grows the buffer. */
  static final int PAGE_BYTES = 64 * 1024;

  private static Context context(Map<String, Object> model) {
    Object title = model.get("title");
    if (title != null && !(title instanceof PageTitle)) {
      // One place isolates a title's outside value (PageTitle); a title made another way could skip it.
      throw new IllegalStateException("a page title is made by PageTitle, not " + title.getClass().getSimpleName());
    }
    Context context = new Context(java.util.Locale.ENGLISH);
    context.setVariables(model);
    // Every page's header shows who is signed in, and every form carries the viewer's CSRF token.
    Viewer viewer = Viewer.CURRENT.get();
    context.setVariable("viewer", viewer == null ? Viewer.NOBODY : viewer);
    return context;
  }
}
