package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 46, from the development half of the blind modern-news set news41 (and news40's "party of"), without a
 * server: a film's cast names its characters by a form of address or a single word ("Julie Walters as Mrs Bird"), but
 * a full name after "as" may be the real person a biopic portrays and stays; "directed by" names a director whatever
 * his given name; "the Queen Consort" is a title; a registry, an Irish body "of Ireland" ("Uisce Éireann"), districts
 * in the plural and a body or a street whose Spanish, Portuguese, Italian or French kind opens its name are no persons;
 * "the party of" names its leader; "-dóttir" is an Icelandic surname; ", Jr." after a name is its generation; a name
 * written in both orders is one person; a zoo's pandas named in apposition are animals; a couple sharing a surname
 * are two persons, the first of three words. Passages written for this test; the cast and each row gave another
 * answer on session 45's end jar; the biopic, the animals' owners and a movement's supporters keep the rules from what
 * they must not take (the same answer on both jars).
 */
class PersonNews41FormsTest {

  private static final String CAST = "The film sends the bear to Peru. Hugh Bonneville returns, with Julie Walters as"
      + " Mrs Bird and Jim Broadbent as antiques dealer Mr Gruber, while Imelda Staunton voices Aunt Lucy and Carla"
      + " Tous plays opposite Antonio Banderas as his daughter Gina. Directed by Dougal Wilson, the sequel opened"
      + " on Friday.";

  @Test
  void aCastsCharactersAreNoPersons() {
    assertEquals("Antonio Banderas; Carla Tous; Dougal Wilson; Hugh Bonneville; Imelda Staunton; Jim Broadbent;"
        + " Julie Walters", persons("Bear tops box office", CAST));
  }

  @Test
  void anAnimalsOwnerStaysAPerson() {
    assertEquals("John Smith; Mary Jones", persons("John Smith, the dog's owner, said the walk was long. Mary Jones, the"
        + " cat lover, agreed."));
  }

  @Test
  void aNameInBothOrdersAmongManyIsOnePerson() {
    StringBuilder body = new StringBuilder("The team was led by Hai Liu of Guangzhou University.");
    String[] given = {"John", "Mary", "Peter", "Anna", "David", "Sarah", "Paul", "Laura", "James", "Helen", "Mark",
        "Susan", "Simon", "Emma", "Robert", "Alice", "Thomas", "Julia"};
    String[] surnames = {"Adams", "Baker", "Clarke", "Dawson", "Ellis", "Fisher", "Gibson", "Hughes", "Irving", "Jensen",
        "Keller", "Lawson", "Morgan", "Norris", "Owens", "Parker", "Quinn", "Russell"};
    for (int k = 0; k < given.length; k++) {
      body.append(' ').append(given[k]).append(' ').append(surnames[k]).append(" said the data were clear.");
    }
    body.append(" Liu Hai said the radar data were clear.");
    String found = persons("Mars beaches", body.toString());
    assertEquals(true, found.contains("Hai Liu"), found);
    assertEquals(false, found.contains("Liu Hai"), found);
    assertEquals(19, found.split("; ").length, found);
  }

  @Test
  void aBiopicsSubjectStaysAPerson() {
    assertEquals("Burt Lancaster; Dean Martin; Howard Hughes; Leonardo DiCaprio",
        persons("Box office", "The Aviator, starring Leonardo DiCaprio as Howard Hughes, took $9m. The 1970 film"
            + " starred Burt Lancaster as the harassed airport manager and Dean Martin as a pilot."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      King Charles and the Queen Consort met crowds in the city centre on Friday.                        | Charles
      The Cook Islands Ship Registry said it had started proceedings to de-flag the vessel.              | ''
      Uisce Éireann said water supplies had been disrupted at dozens of schemes in Co Galway.            | ''
      Residents in Long Bien and Tay Ho districts waded through waist-deep water on Wednesday.           | ''
      An economist at the Universidad Católica Andrés Bello in Caracas said output would hold.           | ''
      On the Costera Miguel Alemán, the avenue along the bay, hotels are reopening.                       | ''
      The populist Centre Party of Sigmundur Davíð Gunnlaugsson gained four seats.                       | Sigmundur Davíð Gunnlaugsson
      Coalition partners, including the Bhumjaithai party of Anutin Charnvirakul, backed her.            | Anutin Charnvirakul
      The Left-Green Movement had supplied a prime minister as recently as this year in Katrín Jakobsdóttir. | Katrín Jakobsdóttir
      BSP Governor Eli M. Remolona, Jr. on Tuesday said the run of storms had become a macroeconomic variable. | Eli M. Remolona Jr
      The team was led by Hai Liu of Guangzhou University. Liu Hai said the radar data were clear.          | Hai Liu
      This week Wang Wang and Fu Ni, the only giant pandas in the Southern Hemisphere, are saying goodbye.   | ''
      In Lucknow, Shukla's parents, Shambhu Dayal Shukla and Asha Shukla, watched the launch.               | Asha Shukla; Shambhu Dayal Shukla
      Hamza bin Ladin, the high-ranking member and son of Usama bin Ladin, was killed in an operation.       | Hamza bin Ladin; Usama bin Ladin
      The slogan "Defund the Police" became popular among supporters of Black Lives Matter.                 | ''
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
