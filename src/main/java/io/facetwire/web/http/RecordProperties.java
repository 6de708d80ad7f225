package io.facetwire.web.http;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;
import ognl.ObjectPropertyAccessor;
import ognl.OgnlContext;
import ognl.OgnlException;
import ognl.OgnlRuntime;
import ognl.PropertyAccessor;

/**
 * Lets Thymeleaf's expression language (OGNL 3.4) read record components quickly.
 *
 * <p>Why: OGNL looks for JavaBean getters ({@code getTitle()}). A record's accessor is
 * {@code title()}, which OGNL only finds on a slow path that lists and compares every public method
 * of the class on every evaluation, without caching the answer. The page models are records, so
 * that scan ran for each {@code ${hit.title}} on every page: profiling the search page showed it
 * as the largest single cost of rendering. This accessor resolves a record's components once per
 * class and calls the accessor method directly. Names that are not components (none in the
 * templates today) fall back to OGNL's own lookup, so behaviour does not change, only its cost.
 */
final class RecordProperties implements PropertyAccessor {

  private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> accessors = new HashMap<>();
      RecordComponent[] components = type.getRecordComponents();
      if (components != null) {
        for (RecordComponent c : components) {
          Method accessor = c.getAccessor();
          // Page-model records are package-private; their accessors are public methods of a
          // non-public class, which reflection from another class refuses without this.
          accessor.setAccessible(true);
          accessors.put(c.getName(), accessor);
        }
      }
      return Map.copyOf(accessors);
    }
  };

  private static final RecordProperties INSTANCE = new RecordProperties();

  private final ObjectPropertyAccessor fallback = new ObjectPropertyAccessor();

  private RecordProperties() {}

  /** Registers the accessor for every record class; idempotent, call before the first render. */
  static void install() {
    synchronized (RecordProperties.class) {
      OgnlRuntime.setPropertyAccessor(Record.class, INSTANCE);
    }
  }

  @Override
  public Object getProperty(OgnlContext context, Object target, Object name) throws OgnlException {
    Method accessor = name instanceof String s ? COMPONENTS.get(target.getClass()).get(s) : null;
    if (accessor == null) {
      return fallback.getProperty(context, target, name);
    }
    try {
      return accessor.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new OgnlException("Cannot read " + name + " of " + target.getClass().getSimpleName(), e);
    }
  }

  @Override
  public void setProperty(OgnlContext context, Object target, Object name, Object value) throws OgnlException {
    throw new OgnlException("Records are read-only: cannot set " + name + " of "
        + target.getClass().getSimpleName());
  }

  @Override
  public String getSourceAccessor(OgnlContext context, Object target, Object index) {
    return fallback.getSourceAccessor(context, target, index);
  }

  @Override
  public String getSourceSetter(OgnlContext context, Object target, Object index) {
    return fallback.getSourceSetter(context, target, index);
  }
}
