package io.facetwire.extract;

import static io.facetwire.extract.Extracted.persons;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 47, from the development halves of news36 and news41, without a server: the Filipino "Ma." (Maria) before a
 * given name is part of the name and its full stop ends no sentence ("Ma. Cristina Villanueva", "Deputy Governor Ma.
 * Cristina Salvador-Ocampo"); "Jack Ma." at a sentence's end still ends it. Passages written for this test; the first
 * three rows gave another answer on session 46's end jar. Known left: "Roberto Ma. Villanueva", with "Ma." inside the
 * name after a given name, reads as "Roberto Ma". The Philippines' Spanish particles written as one word ("dela",
 * "delos") join the surname, after a quoted nickname too ("Ronald \"Bato\" dela Rosa"; news42's development half).
 */
class PersonFilipinoMaTest {

  /**
   * From news41's development half as well: a royal named by title and given name ("Prince William") beside a player
   * whose surname is one letter longer ("Nico Williams") is no surname said alone; the spelling check folded him into
   * the player on session 46's end jar.
   */
  @org.junit.jupiter.api.Test
  void aRoyalsGivenNameIsNoSurnameSpeltAnotherWay() {
    assertEquals("Nico Williams; William", persons("Prince William watched from the royal box. Nico Williams scored the"
        + " opener after 47 minutes, and Williams later hit the post."));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Ma. Cristina Villanueva, 52, a vendor at the Balintawak market, said onion prices had doubled.    | Ma. Cristina Villanueva
      The vendor, Ma. Cristina Villanueva, said onion prices had doubled.                                | Ma. Cristina Villanueva
      Deputy Governor Ma. Cristina Salvador-Ocampo said banks must price climate risk.                   | Ma. Cristina Salvador-Ocampo
      Alibaba was founded by Jack Ma. Alibaba's shares fell 3 pct on Monday.                             | Jack Ma
      Alibaba was founded by Jack Ma. He stepped down as chairman in 2019.                               | Jack Ma
      Senator Ronald dela Rosa, who led the police, said he would not surrender.                         | Ronald dela Rosa
      Senator Ronald "Bato" dela Rosa, the former national police chief, condemned the arrest.           | Ronald dela Rosa
      Juan delos Santos, a farmer in Nueva Ecija, said prices had not fallen.                            | Juan delos Santos
      """)
  void readAsTheArticleMeansIt(String body, String expected) {
    assertEquals(expected, persons(body));
  }
}
