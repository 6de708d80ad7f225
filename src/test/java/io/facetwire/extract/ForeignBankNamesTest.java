package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 15, without a server: French, Italian, Spanish and Portuguese banks and companies name their head word first
 * and join the rest with their own "of" and "and" ("Banca Nazionale del Lavoro", "Banco do Brasil", "Bank Mees en
 * Hope"), which the run reader did not read as one name (`OrganisationWords.CONNECTORS`, `HEADS_FIRST`,
 * `OrganisationRuns.read`, `startsABank`). Every row of the first table returned nothing on the start-of-session jar (713036c,
 * checked with its `extract`).
 */
class ForeignBankNamesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The strike closed the state-controlled Banco do Brasil, which has 3,000 branches.  | Banco do Brasil
      The loan was arranged by Banca Nazionale del Lavoro in Rome.                        | Banca Nazionale del Lavoro
      The bonds were placed by Cassa di Risparmio di Roma last week.                      | Cassa di Risparmio di Roma
      The issuer is Banque Francaise du Commerce Exterieur, the state bank.               | Banque Francaise du Commerce Exterieur
      The stake is held by Bank Mees en Hope in Amsterdam.                                | Bank Mees en Hope
      The notes were sold by Banca Commerciale Italiana in Milan.                         | Banca Commerciale Italiana
      """)
  void aForeignBankIsOneName(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }

  /**
   * Where it stops: "and" before a foreign head word starts a second name, and the name before it, with no
   * organisation word, is left to the other rules.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      The offer was backed by Credit Lyonnais and Banque Indosuez last week.  | Banque Indosuez
      The bank Societe Generale said the issue was well received.             | Societe Generale
      """)
  void whereItStops(String body, String expected) {
    assertEquals(expected, OrganisationsOfText.joined(body));
  }
}
