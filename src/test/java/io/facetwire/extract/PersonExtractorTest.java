package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> persons(String body) {
    return FX.extract(null, body).persons();
  }

  @Test
  void titlesAndDemonymsAreStripped() {
    assertEquals(List.of("Vladimir Putin"), persons("Russian President Vladimir Putin said so."));
    assertEquals(List.of("Margaret Thatcher"), persons("Prime Minister Margaret Thatcher spoke."));
    assertEquals(List.of("Kiichi Miyazawa"), persons("Finance Minister Kiichi Miyazawa said."));
    assertEquals(List.of("Nigel Lawson"), persons("Mr. Nigel Lawson said."));
  }

  @Test
  void roleBeforeUnknownGivenNameIsEnough() {
    assertEquals(List.of("Zorvan Ukhtomsky"), persons("The channel host Zorvan Ukhtomsky asked."));
  }

  @Test
  void laterSurnameMentionsFoldIntoFullName() {
    assertEquals(List.of("Vladimir Putin"),
        persons("Vladimir Putin spoke. Putin said more. Mr Putin added. President Putin left."));
    assertEquals(List.of("George W. Bush"), persons("George W. Bush arrived. George Bush left."));
  }

  @Test
  void surnameAloneIsNoPerson() {
    assertEquals(List.of(), persons("Putin said the talks went well."));
  }

  @Test
  void placesOrganisationsAndThingsAreNotPersons() {
    assertEquals(List.of(), persons("The Kennedy Space Center and the State Department agreed."));
    assertEquals(List.of(), persons("In the Middle East, North Korea and New York on Monday."));
    assertEquals(List.of(), persons("An interview with Rossiya 1 and the Foreign Ministry."));
    assertEquals(List.of(), persons("Morgan Stanley and Merrill Lynch advised."));
  }

  @Test
  void sentenceInitialWordIsNotPartOfTheName() {
    assertEquals(List.of("John Smith"), persons("Yesterday John Smith resigned."));
  }
}
