package io.facetwire.web.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import ognl.OgnlRuntime;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

class RecordPropertiesTest {

  /** Package-private, like the page models: reflection needs the accessor made accessible. */
  record Hit(String title, long count, boolean selected, List<String> tags) {
    public String shout() {
      return title.toUpperCase(java.util.Locale.ROOT);
    }
  }

  private static String render(String template, Map<String, Object> model) {
    new Templates();  // installs the accessor, as the server does
    TemplateEngine engine = new TemplateEngine();
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    engine.setTemplateResolver(resolver);
    Context context = new Context();
    context.setVariables(model);
    return engine.process(template, context);
  }

  @Test
  void recordsUseTheComponentAccessor() throws Exception {
    new Templates();
    assertSame(RecordProperties.class, OgnlRuntime.getPropertyAccessor(Hit.class).getClass());
  }

  @Test
  void templatesReadComponentsOfEveryType() {
    String html = render("<p th:each=\"h : ${hits}\" th:classappend=\"${h.selected} ? on\">"
        + "<b th:text=\"${h.title}\"></b><i th:text=\"${h.count + 1}\"></i><u th:text=\"${h.tags.size()}\"></u></p>",
        Map.of("hits", List.of(new Hit("Putin <cuts> staff", 41, true, List.of("Russia", "Syria")),
            new Hit("Venus", 2, false, List.of()))));
    assertEquals("<p class=\"on\"><b>Putin &lt;cuts&gt; staff</b><i>42</i><u>2</u></p>"
        + "<p><b>Venus</b><i>3</i><u>0</u></p>", html);
  }

  @Test
  void methodCallsStillWork() {
    assertEquals("<b>VENUS</b>", render("<b th:text=\"${h.shout()}\"></b>",
        Map.of("h", new Hit("Venus", 1, false, List.of()))));
  }

  @Test
  void unknownPropertyIsStillAnError() {
    assertThrows(TemplateProcessingException.class, () -> render("<b th:text=\"${h.nope}\"></b>",
        Map.of("h", new Hit("Venus", 1, false, List.of()))));
  }
}
