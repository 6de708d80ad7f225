package io.facetwire.extract;

import io.facetwire.facet.Facet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> topics(String body) {
    return FX.extract(null, body).values(Facet.TOPIC);
  }

  @Test
  void singleIncidentalWordFiresNothing() {
    assertEquals(List.of(), topics("He made space for the new sofa."));
    assertEquals(List.of(), topics("The trade show opened on Monday."));
    assertEquals(List.of(), topics("Energy was high at the concert."));
    assertEquals(List.of(), topics("A war of words broke out in the club."));
  }

  @Test
  void repeatingAWeakWordDoesNotAddUp() {
    assertEquals(List.of(), topics("Space, space and more space. Space everywhere, space!"));
  }

  @Test
  void oneMentionOfAStrongWordIsAnAside() {
    assertEquals(List.of(), topics("New sanctions were announced."));
    assertFalse(topics("\"Whether it is identity theft, terrorism, or other theft,\" the senator said.")
        .contains("terrorism"));
    assertFalse(topics("He was against the Iraq war and tuition fees.").contains("conflict"),
        "a phrase counts once, not again for its words");
  }

  @Test
  void repeatedTitledOrCombinedTermsFire() {
    assertEquals(List.of("sanctions"), topics("New sanctions were announced. The sanctions hit banks."));
    assertEquals(List.of("sanctions"), FX.extract("EU agrees sanctions", "New sanctions were announced.").values(Facet.TOPIC));
    assertTrue(topics("Farmers sold their wheat as the grain harvest grew.").contains("agriculture"),
        "terms of one topic combined in one sentence");
    assertTrue(topics("Hackers used ransomware against the hospital network.").contains("cybersecurity"),
        "a term weighted as enough on its own");
  }

  @Test
  void countermeasuresToSanctionsAreAboutSanctionsAndOnlyWhereTheArticleNamesThem() {
    String answer = "Ten of its diplomats were expelled from Oslo on Friday and the embassy was told to cut its"
        + " staff by half. A spokesman said the move would not go unanswered. The foreign minister spoke of a"
        + " breach of trust and summoned the envoy again. Talks were called off until next month.";
    assertEquals(List.of(), FX.extract("Norway expels diplomats", answer).values(Facet.TOPIC),
        "expulsions alone are diplomacy, not sanctions");
    assertEquals(List.of("sanctions"), FX.extract("Norway expels diplomats", answer
        + " The expulsions follow the sanctions the neighbours imposed last week.").values(Facet.TOPIC),
        "the same measures as the answer to sanctions");
  }

  @Test
  void wordSensesThatAreNoSanctions() {
    assertEquals(List.of(), topics("An opposition boycott of parliament forced the government to delay its budget."
        + " The boycott continued into a third week as parties argued over the sales tax."), "a parliamentary boycott");
    assertFalse(topics("Yukos will return to a court to seek sanctions against the buyer. Its lawyers want the assets"
        + " frozen by the judge. The company will also sue for damages.").contains("sanctions"), "a court's sanctions");
    assertTrue(topics("The president imposed 100 pct tariffs on Japanese goods in retaliation for a broken chip pact."
        + " Tokyo said the punitive tariffs broke trade rules.").contains("sanctions"), "punitive tariffs");
  }

  @Test
  void exactTermsDoNotMatchOtherForms() {
    assertEquals(List.of(), topics("The race was not sanctioned. Organisers sanctioned a rerun."));
  }

  @Test
  void stemmedFormsMatch() {
    assertTrue(topics("Farmers saw the harvest fall. The farms lost their crops.").contains("agriculture"));
  }

  @Test
  void droppedTopicsAreNotShownButTheirDefinitionsStillWork() throws Exception {
    for (String dropped : List.of("disasters and accidents", "technology", "migration", "politics", "environment",
        "education", "organised crime", "health", "science", "protests")) {
      assertFalse(FX.topicNames().contains(dropped), FX.topicNames().toString());
    }
    // Energy and trade and economy are shown again from session 21 (set on half of the opened parts, checked on the
    // other half).
    assertTrue(FX.topicNames().contains("energy"), FX.topicNames().toString());
    assertTrue(FX.topicNames().contains("trade and economy"), FX.topicNames().toString());
    FacetExtractor all = DroppedTopics.withDropped();
    for (String dropped : List.of("health", "science", "protests")) {
      assertTrue(all.topicNames().contains(dropped), all.topicNames().toString());
    }
    List<String> t = all.extract("Gas explosion destroys flats",
        "A gas explosion destroyed a block of flats. Firefighters said a gas leak caused the blast.")
        .values(Facet.TOPIC);
    assertTrue(t.contains("disasters and accidents"), t.toString());
    assertFalse(t.contains("terrorism"), t.toString());
    // Dropped in session 6 for precision on unseen text and shown again from session 21.
    assertTrue(FX.extract(null, "The trade deficit widened as exports fell and imports rose.").values(Facet.TOPIC)
        .contains("trade and economy"));
    List<String> p = all.extract("Tory leader resigns",
        "The Tory leader resigned on Monday. The shadow home secretary said the party would choose a new leader "
            + "before the general election, and MPs of the Conservative Party will vote in the Commons.")
        .values(Facet.TOPIC);
    assertTrue(p.contains("politics"), p.toString());
    assertFalse(FX.extract("Tory leader resigns", "The Tory leader resigned on Monday.").values(Facet.TOPIC)
        .contains("politics"));
  }

  @Test
  void aComputerVirusIsCybersecurityNotHealth() {
    // Health was dropped in session 9: its definition, still available, must not take the computer virus either.
    List<String> t = DroppedTopics.withDropped().extract("Virus spreads by e-mail",
        "A new computer virus is spreading through e-mail, anti-virus firms warned. The worm infects Windows PCs "
            + "and mails itself to everyone in the address book. Users should update their anti-virus software.")
        .values(Facet.TOPIC);
    assertTrue(t.contains("cybersecurity"), t.toString());
    assertFalse(t.contains("health"), t.toString());
  }

  @Test
  void dvdHackersAreNoCybersecurity() {
    List<String> t = FX.extract("Hackers crack new DVD copy protection",
        "Hackers have cracked the copy protection on high-definition DVD discs. The hackers posted the DVD keys "
            + "on a forum, letting users copy the DVD films they bought.").values(Facet.TOPIC);
    assertFalse(t.contains("cybersecurity"), t.toString());
  }

  @Test
  void aNationalLaunchIsNoSpaceCooperationACrewMissionToTheStationIs() {
    List<String> national = FX.extract("Japan launches weather satellite",
        "Japan launched a weather satellite on Tuesday from its southern launch site. The Japanese rocket put "
            + "the satellite into orbit, the Japanese space agency said. The launch was the third this year.").values(Facet.TOPIC);
    assertFalse(national.contains("space cooperation"), national.toString());
    List<String> joint = FX.extract("Russian and US astronauts reach space station",
        "A Soyuz rocket carried a Russian cosmonaut and two NASA astronauts to the International Space Station on "
            + "Friday. The crew docked with the station six hours after launch and will stay six months.").values(Facet.TOPIC);
    assertTrue(joint.contains("space cooperation"), joint.toString());
    // A crew sent to a national station (Tiangong, Mir) by its own country is a national launch too; a guest
    // cosmonaut of another country makes it a joint mission.
    List<String> ownStation = FX.extract("China launches new crew to Tiangong space station",
        "China launched three astronauts to its Tiangong space station on Thursday aboard a Long March rocket from the"
            + " Jiuquan launch centre. The crew will spend six months in orbit carrying out experiments. The China Manned"
            + " Space Agency said the launch was a complete success.").values(Facet.TOPIC);
    assertFalse(ownStation.contains("space cooperation"), ownStation.toString());
    List<String> guest = FX.extract("Soviet and Syrian cosmonauts dock with Mir space station",
        "A Soviet rocket carried two Soviet cosmonauts and the first Syrian cosmonaut to the Mir space station on"
            + " Wednesday. The crew docked with the station two days after launch; the Syrian will spend a week in orbit"
            + " before returning with the Soviet crew.").values(Facet.TOPIC);
    assertTrue(guest.contains("space cooperation"), guest.toString());
  }

  @Test
  void taxonomyFromUserFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("my-topics.txt");
    Files.writeString(file, """
        # my own topics
        threshold = 3
        [cocoa]
        2  cocoa, "cocoa beans"
        1  harvest
        [weather]
        threshold = 2
        mentions = 1
        2  drought
        """, StandardCharsets.UTF_8);
    FacetExtractor mine = FacetExtractor.load(file);
    assertEquals(List.of("cocoa", "weather"),
        mine.extract("Bahia cocoa review", "Drought hit the cocoa harvest.").values(Facet.TOPIC));
    assertEquals(List.of(), mine.extract(null, "Cocoa prices fell.").values(Facet.TOPIC));
    assertEquals(List.of(), mine.extract(null, "New sanctions were announced.").values(Facet.TOPIC));
  }

  @Test
  void badTaxonomyFileIsRejectedWithLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.txt");
    Files.writeString(file, "[x]\nfoo = lots\n", StandardCharsets.UTF_8);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FacetExtractor.load(file));
    assertTrue(e.getMessage().contains(":2:"), e.getMessage());
  }
}
