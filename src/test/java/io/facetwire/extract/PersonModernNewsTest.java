package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Session 32, without a server, from the development half of the blind modern-news set (news32): what wire and web
 * news of today writes and 1987's wire did not. A credit line names the writers, not the story's persons; a title-case
 * headline capitalises its verbs after a name; a speaker with a given name the lists lack is told by her age or a
 * relative, a player by his deed or position; a given name with its accents is the lists' name without them; a well-known name of several words is
 * that person whatever its words look like; places and pacts named like people. Passages written for this test; every row of the first table, and the
 * Abraham Accords, gave another answer on the session's start (5febfc6a); the other rows guard prose the new rules
 * must not take (they tried "Produced by" and ", whose" alone, which did; and the title-case rule first cut "Park Won-soon"
 * at its lower-case part, a word the body also writes).
 */
class PersonModernNewsTest {

  /** The rows write a paragraph break as a backslash and an "n". */
  private static String persons(String title, String body) {
    return Extracted.persons(title, body.replace("\\n", "\n"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Trump to lift Syria sanctions | President Donald Trump said he would lift sanctions.\\n\\n(Reporting by Jonathan Pereira in Riyadh and Nayera Hussein; Writing by Omar Fakhoury; Editing by Daniel Okafor) | Donald Trump
      Oil slides | Oil fell, said analyst Claire Mbeki.\\n\\nReporting by Claire Mbeki in London; Additional reporting by Hamish Pryce; Editing by Irina Solovyova | Claire Mbeki
      Sam Bankman-Fried Found Guilty of Fraud in FTX Collapse | Sam Bankman-Fried, the founder of FTX, was found guilty on Thursday. | Sam Bankman-Fried
      Protesters storm parliament | "They came with guns," said Wanjiru Kamau, a 24-year-old university graduate. | Wanjiru Kamau
      Ceasefire agreed | "We will not celebrate," said Einav Rosenthal-Harari, whose cousin was taken from a kibbutz. | Einav Rosenthal-Harari
      Standoff at sea | Chinese vessels blocked the resupply of the outpost on Second Thomas Shoal, said General Romeo Brawner. | Romeo Brawner
      Springboks win the final | Handre Pollard kicked four penalties for the champions. | Handre Pollard
      Springboks win the final | South Africa lost hooker Bongi Mbonambi in the third minute. | Bongi Mbonambi
      Ireland counts its votes | The count put Micheál Martin in pole position to return as Taoiseach. | Micheál Martin
      Myanmar fuel suppliers sanctioned | Myanmar's former civilian leader, Aung San Suu Kyi, remains in detention. | Aung San Suu Kyi
      Aid crosses the border | The White Helmets said rescuers were digging, said Mark Cutts of the United Nations. | Mark Cutts
      Quick counts | Both the president and his predecessor Joko "Jokowi" Widodo endorsed the pair. | Joko Widodo
      Mido apologises | Ahmed ‘Mido’ Hossam has made another apology to the coach. | Ahmed Hossam
      Grain shipments slow | Ports were hit again, officials said.\\n\\nAssociated Press writer Illia Novikov in Kyiv contributed to this report. | ''
      Fertiliser prices soar | Alhaji Musa Danladi, who farms 12 hectares of maize, said prices had doubled. | Musa Danladi
      """)
  void modernNewsPersons(String title, String body, String expected) {
    assertEquals(expected, persons(title, body));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', textBlock = """
      Park Won-soon found dead | Park Won-soon was found dead on Friday. He was reported missing as soon as his daughter called. | Park Won-soon
      Seoul Mayor Park Won-soon Found Dead | The mayor of Seoul was found dead on Friday, police said. | Park Won-soon
      Halo 2 tops the charts | Produced by Bungie software, the game was made for Microsoft's console. | ''
      Shark Tale DVD is a best-seller | Shark Tale, whose voice cast includes famous actors, sold six million DVDs. | ''
      BBC report | Reporting by the BBC showed that minister John Smith had misled parliament. | John Smith
      Gulf states and Israel | Saudi Arabia has not joined the Abraham Accords, officials said. | ''
      """)
  void proseAndNamesOfThingsStayAsTheyWere(String title, String body, String expected) {
    assertEquals(expected, persons(title, body));
  }
}
