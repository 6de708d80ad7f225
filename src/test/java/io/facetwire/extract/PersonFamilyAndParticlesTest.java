package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Session 12 (issue 10): the kinds of person error fixed this session, one table each — a family member named by
 * given name, particles written with capitals or elided, a named storm, a wire dateline in capitals. Every row
 * says what a careful reader lists (LABELLING.md). No server.
 */
class PersonFamilyAndParticlesTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> persons(String title, String body) {
    return FX.extract(title, body).values(Facet.PERSON);
  }

  static Stream<Arguments> familyMembers() {
    return Stream.of(
        // "his"/"her"/"their": the person the article has named most, not the one named last ("Lord Callaghan"
        // stays the surname alone, as without this rule; "Mr Howard" is the well-known Michael Howard).
        Arguments.of("Lord Callaghan died on Saturday. Lord Callaghan led Labour. Roy Hattersley praised him. "
            + "He died 11 days after his wife Audrey.", List.of("Audrey Callaghan", "Callaghan", "Roy Hattersley")),
        Arguments.of("Mr Howard spoke in Manchester. Mr Howard was joined on stage by his wife Sandra, daughter "
            + "Larissa and his son Nick.", List.of("Larissa Howard", "Michael Howard", "Nick Howard", "Sandra Howard")),
        Arguments.of("Mukesh Ambani called the meeting. His brother Anil said he had not been consulted.",
            List.of("Anil Ambani", "Mukesh Ambani")),
        Arguments.of("Don Imus died on Friday. Imus is survived by his wife, their two sons Wyatt and Zachary, and "
            + "four daughters, Nadine, Ashley, Elizabeth, and Toni.", List.of("Ashley Imus", "Don Imus",
            "Elizabeth Imus", "Nadine Imus", "Toni Imus", "Wyatt Imus", "Zachary Imus")),
        // A possessive name owns the family member.
        Arguments.of("Cyril Fletcher died. Fletcher's daughter Jill said he would be missed.",
            List.of("Cyril Fletcher", "Jill Fletcher")),
        Arguments.of("Malcolm Glazer made a bid. The bid is being led by Mr Glazer's two sons, Avi and Joel.",
            List.of("Avi Glazer", "Joel Glazer", "Malcolm Glazer")));
  }

  static Stream<Arguments> notFamilyMembers() {
    return Stream.of(
        // A given name whose own surname follows is read as usual.
        Arguments.of("Tony Blair arrived with his wife Cherie Booth.", List.of("Cherie Booth", "Tony Blair")),
        // The owner's name is a given name and no one's surname here: the surname is not plain.
        Arguments.of("Michael's mother, Anwar, spoke to reporters.", List.of()),
        // No one named before "his": nobody to take a surname from.
        Arguments.of("He left with his wife Audrey.", List.of()),
        // A kin word in another sentence owns nothing.
        Arguments.of("Jacques Chirac died. It was his wife. Bernadette was there.", List.of("Jacques Chirac")));
  }

  static Stream<Arguments> particlesAndNotNames() {
    return Stream.of(
        Arguments.of("He lost the nomination to businessman Rocky De La Fuente in August.",
            List.of("Rocky De La Fuente")),
        Arguments.of("The veil was banned during Zine El Abidine Ben Ali's presidency.",
            List.of("Zine El Abidine Ben Ali")),
        Arguments.of("He served as prime minister under President Valery Giscard d'Estaing in the seventies.",
            List.of("Valery Giscard d'Estaing")),
        Arguments.of("He met Jean Van de Velde and Marco Van Basten.", List.of("Jean Van de Velde", "Marco Van Basten")),
        // Storms are named like people.
        Arguments.of("Hurricane Dorian hit the Bahamas. Tropical Storm Humberto formed. The NHC's Hurricane Humberto "
            + "Advisory Number 14 was issued. Storm Lorenzo will produce swell.", List.of()));
  }

  /**
   * A family member takes the surname the sentence makes plain and no other; particles stay in the name; storms
   * are no persons.
   */
  @ParameterizedTest
  @MethodSource({"familyMembers", "notFamilyMembers", "particlesAndNotNames"})
  void personsAreListedAsACarefulReaderListsThem(String body, List<String> expected) {
    assertEquals(expected, persons(null, body));
  }

  @ParameterizedTest
  @MethodSource("datelines")
  void aWireDatelineInCapitalsNamesNoKnownPerson(String title, String body, List<String> expected) {
    assertEquals(expected, persons(title, body));
  }

  static Stream<Arguments> datelines() {
    return Stream.of(
        Arguments.of("BANK OF SPAIN SUSPENDS ASSISTANCE",
            "MADRID, March 20 - The Bank of Spain suspended its daily money market assistance.", List.of()),
        // A headline in capitals still names the well-known person it names.
        Arguments.of("VOLCKER SEES NO RECESSION", "WASHINGTON, March 3 - The Fed chairman spoke.",
            List.of("Paul Volcker")));
  }
}
