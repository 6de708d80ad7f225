package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Organisations and entity names without a server. */
class OrganisationExtractorTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> orgs(String body) {
    return FX.extract(null, body).values(Facet.ORGANIZATION);
  }

  @Test
  void wellKnownOrganisationsByAnyNameGiveOneValue() {
    assertEquals(List.of("European Community", "Federal Reserve", "International Monetary Fund", "OPEC"),
        orgs("The IMF and the Fed met. OPEC ministers and the EC Commission's staff... the European Economic Community agreed."
            .replace("the EC Commission's staff... ", "")));
    assertEquals(List.of("United Nations"), orgs("The U.N. said. The UN agreed. The United Nations left."));
  }

  @Test
  void acronymsCountOnlyInCapitalsAndNotInShoutedHeadlines() {
    assertEquals(List.of(), orgs("Who said it? The un-named official."));
    assertEquals(List.of(), FX.extract("WHO SAYS FED WILL ACT", "Nothing here.").values(Facet.ORGANIZATION));
  }

  @Test
  void runsEndingInAnOrganisationWordAreOrganisations() {
    assertEquals(List.of("Bristol-Myers", "Contel"), orgs("Shares of Bristol-Myers Co rose. Contel Corp said."));
    assertEquals(List.of("National Association of Automotive Vehicle Manufacturers"),
        orgs("Mr Smith of the National Association of Automotive Vehicle Manufacturers said."));
    assertEquals(List.of("Goldman Sachs", "Shearson Lehman Brothers"),
        orgs("Advisers were Goldman Sachs and Shearson Lehman Brothers."));
    assertEquals(List.of(), orgs("The Commission said it would wait."), "one organisation word alone names nothing");
  }

  @Test
  void anAcronymDefinedInBracketsStandsForItsName() {
    assertEquals(List.of("Cocoa Producers Alliance"),
        orgs("The Cocoa Producers Alliance (CPA) met. Later CPA delegates left. XYZ was not defined."));
  }

  @Test
  void personsAreWrittenTheKnownListsWay() {
    assertEquals(List.of("José María Aznar"), FX.extract(null, "Jose Maria Aznar spoke.").values(Facet.PERSON));
  }

  @Test
  void aliasesNameTheirCanonicalValue() {
    assertEquals(Optional.of("Ivory Coast"), FX.canonicalName(Facet.COUNTRY, "Côte d'Ivoire"));
    assertEquals(Optional.of("Myanmar"), FX.canonicalName(Facet.COUNTRY, "Burma"));
    assertEquals(Optional.of("Vladimir Putin"), FX.canonicalName(Facet.PERSON, "President Putin"));
    assertEquals(Optional.of("International Monetary Fund"), FX.canonicalName(Facet.ORGANIZATION, "IMF"));
    assertEquals(Optional.empty(), FX.canonicalName(Facet.COUNTRY, "Atlantis"));
  }

  @Test
  void theSourceFacetIsTheArticlesOwnSource() {
    assertEquals(List.of("Reuters"), FX.extract("t", "b", " Reuters ").values(Facet.SOURCE));
    assertEquals(List.of(), FX.extract("t", "b", null).values(Facet.SOURCE));
  }

  @Test
  void aNounThatSaysWhatFollowsIsAnOrganisationNamesIt() {
    assertEquals(List.of("Sendo", "Webroot"),
        orgs("The mobile phone maker Sendo sued. Analysts at security firm Webroot agreed."));
    assertEquals(List.of("Nomad Digital", "Radioscape"), orgs("The firms Nomad Digital and Radioscape published a study."));
    assertEquals(List.of(), orgs("The firm Tuesday said. The company Britain chose. The firm John Smith runs."),
        "a weekday, a place or a person after the noun names no organisation");
  }

  @Test
  void aRunIsCutToTheNameItHolds() {
    assertEquals(List.of("University of Massachusetts"), orgs("Said Gantz of the University of Massachusetts."));
    assertEquals(List.of("Acme Motor"), orgs("On Friday Acme Motor Company said."));
    assertEquals(List.of("Shiseido"), orgs("A unit of Shiseido Co of Tokyo bought it."));
    assertEquals(List.of("Department of Health and Human Services"),
        orgs("The Department of Health and Human Services said."));
    assertEquals(List.of("Acme", "Zenith"), orgs("Acme Corp and Zenith Inc merged."));
    assertEquals(List.of("University of Miami"), orgs("Researchers at the University of Miami and Chris Fallows agreed."),
        "a person after \"and\" is no part of the name");
    assertEquals(List.of("General Motors Acceptance"), orgs("General Motors Acceptance Corp sold notes."),
        "a longer name that starts with a known one is its own body");
    assertEquals(List.of(), orgs("The Reagan Administration and the Iraqi Parliament disagreed."),
        "a leader's or country's generic body is no named organisation");
  }

  @Test
  void thePublishersOwnNameCountsOnlyWhereTheStoryIsAboutIt() {
    String byline = "Mr Smith told the BBC News website that Sophos, a security firm, agreed.";
    assertEquals(List.of("BBC", "Sophos"), FX.extract(null, byline, null).values(Facet.ORGANIZATION));
    assertEquals(List.of("Sophos"), FX.extract(null, byline, "BBC News").values(Facet.ORGANIZATION));
    assertEquals(List.of("BBC"), FX.extract(null, "The BBC is to cut 2,000 jobs.", "BBC News").values(Facet.ORGANIZATION));
    assertEquals(List.of(), FX.extract(null, "Economists polled by Reuters said M-1 would rise.", "Reuters")
        .values(Facet.ORGANIZATION), "the publisher's own poll is a byline: the economists are the subject");
  }

  @Test
  void aClubNamedAfterItsTownCountsOnlyInAStoryAboutSport() {
    assertEquals(List.of("Everton", "Liverpool"),
        orgs("Liverpool beat Everton 2-1 in the league match; the striker scored."));
    assertEquals(List.of(), orgs("Liverpool council approved the new housing plan."));
  }

  @Test
  void otherSpellingsAndPrefixesOfAKnownNameAreTheSameOrganisation() {
    assertEquals(Optional.of("World Trade Organization"), FX.canonicalName(Facet.ORGANIZATION, "World Trade Organisation"));
    assertEquals(Optional.of("Securities and Exchange Commission"),
        FX.canonicalName(Facet.ORGANIZATION, "U.S. Securities and Exchange Commission"));
    assertEquals(Optional.of("General Motors"), FX.canonicalName(Facet.ORGANIZATION, "General Motors Corp"));
    assertEquals(List.of("Food and Drug Administration"), orgs("The US Food and Drug Administration approved it."));
  }

  @Test
  void aStatesBodyNamedByItsJobAloneIsGeneric() {
    assertEquals(List.of(), orgs("The Finance Ministry said the Central Bank and the Air Force would help."));
    assertEquals(List.of(), orgs("The Judiciary Committee met. The US Senate voted."));
    assertEquals(List.of("Senate Judiciary Committee"), orgs("The Senate Judiciary Committee met."));
    assertEquals(List.of("Ministry of International Trade and Industry"),
        orgs("The Ministry of International Trade and Industry said."));
  }

  @Test
  void firmsNamedAfterPartnersAndKnownNamesAfterACountryKeepTheirWholeName() {
    assertEquals(List.of("Clayton and Dubilier", "Tate and Lyle"),
        orgs("Tate and Lyle PLC said profits rose. Clayton and Dubilier Inc agreed."));
    assertEquals(List.of("Bank of Tokyo"), orgs("It was arranged by Bank of Tokyo Ltd."));
    assertEquals(List.of("Mellon Bank", "Pharmacia"), orgs("Lenders were Mellon Bank N.A. and Pharmacia AB."));
    assertEquals(List.of("Securities and Exchange Commission"),
        orgs("The U.S. Securities and Exchange Commission said on Monday it would look at the deal."));
  }

  @Test
  void wordsAroundAnUnknownNameSayItIsAnOrganisation() {
    assertEquals(List.of("Sendo"), orgs("Shares in Sendo fell on Monday."));
    assertEquals(List.of("Sendo"), orgs("A Sendo spokesman said the phone was safe."));
    assertEquals(List.of("Gartner"), orgs("Analysts at Gartner said sales rose."));
    assertEquals(List.of("Webroot"), orgs("The government praised Webroot's products."));
    assertEquals(List.of(), orgs("President Bush met them. Bush's takeover of the agenda was complete."),
        "a person's surname is no organisation");
    assertEquals(List.of(), orgs("Presidential spokesman Marlin Fitzwater said so."),
        "a word capitalised only at a sentence start is no name");
    assertEquals(List.of("Henley Group"), orgs("Henley Group Inc said. Henley shares rose."),
        "a short form beside the fuller name is one organisation");
  }

  @Test
  void numberedAndTitleCaseAcronymsOfKnownBodiesAreFound() {
    assertEquals(List.of("G7", "G8", "NASA"), orgs("Leaders of the G8 met, and the G7 too. Later Nasa launched a probe."));
    assertEquals(List.of("Conservative Party"), orgs("Tory foreign affairs spokesman Michael Ancram said no."));
  }

  @Test
  void aNameGoesOnAfterOnAndForButNotIntoADateOrASentence() {
    assertEquals(List.of("Commission on Presidential Debates", "Council on Foreign Relations", "European Commission"),
        orgs("The Commission on Presidential Debates met. The European Commission on Tuesday said. "
            + "He spoke at the Council on Foreign Relations."));
    assertEquals(List.of("Cinema for Peace Foundation"), orgs("He was flown there by the Cinema for Peace Foundation."));
    assertEquals(List.of("Morton Thiokol"), orgs("Lawyers for Morton Thiokol Inc said they would appeal."));
    assertEquals(List.of(), orgs("Delegates met at the World Petroleum Congress in Houston."),
        "a congress is mostly an event");
  }

  @Test
  void clubsNamedAfterTheirTownCountOnlyInAStoryAboutSport() {
    assertEquals(List.of("Heart of Midlothian", "Livingston"),
        orgs("Hearts beat Livingston 2-1 in the league, the striker scoring the winning goal."));
    assertEquals(List.of(), orgs("The company opened a plant in Livingston."));
  }

  @Test
  void aPossessiveOfPeopleInThePluralGoesOnWithTheName() {
    assertEquals(List.of("Workers' Educational Association"),
        orgs("A spokesman for the Workers' Educational Association said courses would close."));
    assertEquals(List.of("Association of Children's Hospices"),
        orgs("The Association of Children's Hospices welcomed the money."));
    assertEquals(List.of("Conservative Party"), orgs("Britain's Conservative Party met on Monday."),
        "a place's possessive is no part of the name");
  }

  @Test
  void anAmpersandJoinsTheWordsOfOneName() {
    assertEquals(List.of("Daily Mail & General Trust"),
        orgs("Shares in Daily Mail & General Trust rose after the results."));
    assertEquals(List.of("David Rubin & Partners"), orgs("The administrators, David Rubin & Partners, said so."));
    assertEquals(List.of("Acme", "Zenith"), orgs("Acme Corp & Zenith Inc merged."), "after a company form: two");
  }

  @Test
  void anEventNamedAfterABodyAndATownNamedLikeAClubAreNoOrganisations() {
    assertEquals(List.of(), orgs("Ferguson did not play in the FA Cup win on Saturday, the striker said."),
        "the cup, not the Football Association");
    assertEquals(List.of("Football Association"), orgs("The FA fined him after the FA Cup tie, the striker said."));
    assertEquals(List.of("European Community"), orgs("Traders said the EC AWARDS EXPORT LICENCES today."),
        "a word in capitals carries no case: the EC acts");
    assertEquals(List.of(), orgs("Greene, who races in Birmingham on Friday, hopes to win the indoor title and the season."));
    assertEquals(List.of("Birmingham City"), orgs("Birmingham beat the champions 2-1 in the league, the striker scoring twice."));
  }
}
