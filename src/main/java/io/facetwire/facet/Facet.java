package io.facetwire.facet;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One facet as data: everything Facetwire needs to store, filter, show and link it.
 *
 * <p>A facet is a value, not an enum constant, so a deployment or a test can define one more without
 * editing this file; the production facets are the constants below, and {@link #STANDARD} lists them
 * in the order pages show them. Which facets an application has is its {@link FacetCatalog}.
 *
 * @param param    URL parameter and name everywhere a user sees it: {@code country=Russia},
 *                 {@code country:Russia} in the search box, {@code /country/Russia}, JSON key of counts
 * @param field    stored keyword field (with a {@code .lower} subfield), also the key of the values of a hit
 *                 in JSON, CSV and the stored article
 * @param singular label of one value's facet: "Country"
 * @param plural   label of the facet's list: "Countries"
 */
public record Facet(String param, String field, String singular, String plural) {

  /** Declared before the constants, which the constructor checks with it. */
  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

  public static final Facet COUNTRY = new Facet("country", "countries", "Country", "Countries");
  public static final Facet PERSON = new Facet("person", "persons", "Person", "People");
  public static final Facet TOPIC = new Facet("topic", "topics", "Topic", "Topics");
  public static final Facet ORGANIZATION = new Facet("organization", "organizations", "Organization", "Organizations");
  /** The outlet: the article's own {@code source} field, not extracted from the text. */
  public static final Facet SOURCE = new Facet("source", "source", "Source", "Sources");

  /** The language the article is written in ("German"), detected from its text. */
  public static final Facet LANGUAGE = new Facet("language", "languages", "Language", "Languages");

  /** Facetwire's facets, in page order. A new facet: a constant above, listed here, a mapping field, an extractor. */
  public static final List<Facet> STANDARD = List.of(COUNTRY, PERSON, ORGANIZATION, TOPIC, SOURCE, LANGUAGE);

  public Facet {
    Objects.requireNonNull(singular, "singular");
    Objects.requireNonNull(plural, "plural");
    if (param == null || !NAME.matcher(param).matches() || param.startsWith("not_")) {
      throw new IllegalArgumentException("A facet's parameter must be a lowercase word, found " + param);
    }
    if (field == null || !NAME.matcher(field).matches()) {
      throw new IllegalArgumentException("A facet's field must be a lowercase word, found " + field);
    }
  }

  /**
   * The parameter's hash: facets key the maps of every search state, and a page builds hundreds of
   * states (a link per value); the record's own hash of four strings showed in its profile (issue 15).
   * Equal facets have equal parameters, so this agrees with {@link #equals}.
   */
  @Override
  public int hashCode() {
    return param.hashCode();
  }

  /** The URL parameter that excludes a value, e.g. {@code not_country}. */
  public String excludeParam() {
    return "not_" + param;
  }

  /** The case-insensitive twin of {@link #field()} (a keyword subfield with a lowercase normalizer). */
  public String lowercaseField() {
    return field + ".lower";
  }

  /** Singular label in running text: "country". */
  public String noun() {
    return singular.toLowerCase(Locale.ENGLISH);
  }

  /** The route of this facet's entity pages, {@code /country/{name}}. */
  public String entityRoute() {
    return "/" + param + "/{name}";
  }

  /** The entity page of one value: {@code /person/Vladimir%20Putin}. */
  public String entityUrl(String value) {
    return "/" + param + "/" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return param;
  }
}
