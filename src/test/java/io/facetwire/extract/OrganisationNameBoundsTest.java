package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The session-10 rules for where one organisation's name ends, without a server, as one table: a bracketed region
 * before a legal form, a bank's double name joined by "and", a body named after its members in the plural, and a
 * lower-case word joined by a hyphen ("Blu-ray Disc Association"). Each row is a sentence and the organisations it
 * must give, no more; the rows that give no name or two names guard the rule's other side.
 */
class OrganisationNameBoundsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  /** One sentence of a kind and the organisations it gives. */
  record Case(String kind, String body, List<String> expected) {

    @Override
    public String toString() {
      return kind + ": " + body;
    }
  }

  private static Case row(String kind, String body, String... expected) {
    return new Case(kind, body, List.of(expected));
  }

  static Stream<Case> cases() {
    return Stream.of(
        row("bracketed region before a legal form", "The lead manager is Nikko Securities Co (Europe) Ltd, the bank said.",
            "Nikko Securities Co (Europe)"),
        row("bracketed region before a legal form", "The notes were placed by Citicorp Investment Bank (Switzerland) AG on Monday.",
            "Citicorp Investment Bank (Switzerland)"),
        row("bracketed region before a legal form", "It sold the stake to Total Holdings (Australia) Pty Ltd last week.",
            "Total Holdings (Australia)"),
        row("bracketed region of a known name: another company", "Co-managers include Salomon Brothers (Asia) Ltd and others.",
            "Salomon Brothers (Asia)"),
        row("no legal form after the bracket", "Hydrocarbons Ltd (UK) said profits rose.", "Hydrocarbons"),
        row("a person's country in brackets", "The shortlist: Philip Roth (US) Muriel Spark (UK) and others."),
        row("a bank's double name", "Sumitomo Trust and Banking Co Ltd is the trustee.", "Sumitomo Trust and Banking"),
        row("a bank's double name", "It bought Commercial Exchange Bank and Trust Ltd of Anguilla in the deal.",
            "Commercial Exchange Bank and Trust"),
        row("two companies each with its own form", "Lenders were Chemical Bank and Marine Midland Trust Co.",
            "Chemical Bank", "Marine Midland Trust"),
        row("members in the plural", "The Association of Chief Police Officers said the law was unclear.",
            "Association of Chief Police Officers"),
        row("members in the plural", "The National Association of Higher Education Teachers called a strike.",
            "National Association of Higher Education Teachers"),
        row("a singular title after the plural is the person's",
            "The Council of Economic Advisers Chairman Beryl Sprinkel said growth would slow.", "Council of Economic Advisers"),
        row("lower-case word joined by a hyphen", "The Blu-ray Disc Association backs the format.", "Blu-ray Disc Association"),
        row("lower-case word joined by a hyphen", "The Coalition of Non-governmental Organizations wrote to the minister.",
            "Coalition of Non-governmental Organizations"),
        row("a participle describes the name after it",
            "The deal values New York-based Holmes Protection Group at 20 mln dlrs.", "Holmes Protection Group"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesExactlyItsOrganisations(Case c) {
    assertEquals(c.expected(), FX.extract(null, c.body()).values(Facet.ORGANIZATION), c.kind());
  }
}
