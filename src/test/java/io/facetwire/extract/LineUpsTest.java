package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Team sheets and line-ups are not read for persons (LABELLING.md): players named only in one are left
 * out, a player the prose names is kept, and lists of people that are not team sheets are read as before.
 */
class LineUpsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> persons(String body) {
    return FX.extract("Match report", body).values(Facet.PERSON);
  }

  @Test
  void aRugbyTeamSheetByInitialAndSurnameNamesNoOne() {
    String body = "Ireland coach Eddie O'Sullivan praised Brian O'Driscoll after the win.\n\n"
        + "Ireland: G Murphy; G Dempsey, B O'Driscoll, S Horgan, D Hickie; R O'Gara, P Stringer; R Corrigan, "
        + "S Byrne, J Hayes; M O'Kelly, P O'Connell; S Easterby, J O'Connor, A Foley (capt).\n\n"
        + "Replacements: F Sheahan, M Horan, D O'Callaghan, E Miller, G Easterby, D Humphreys, K Maggs.";
    assertEquals(List.of("Brian O'Driscoll", "Eddie O'Sullivan"), persons(body));
  }

  @Test
  void aFootballLineUpWithSubstitutesBookingsAndScorersNamesNoOne() {
    String body = "Wayne Rooney scored twice as Sir Alex Ferguson's side won.\n\n"
        + "Everton: Martyn, Hibbert, Yobo, Stubbs, Naysmith, Osman, Carsley, Arteta, Kilbane, McFadden, Bent. "
        + "Subs Not Used: Wright, Pistone. "
        + "Man Utd: Carroll, Gary Neville, Ferdinand, Brown, Heinze, O'Shea (Ronaldo 33), Keane, Fortune, "
        + "Fletcher (Giggs 64), Rooney, Scholes (Phil Neville 84). Booked: Keane, Scholes. Goals: Rooney 68, 75. "
        + "Att: 47,111.";
    assertEquals(List.of("Alex Ferguson", "Wayne Rooney"), persons(body));
  }

  @Test
  void aCricketScorecardNamesNoOne() {
    String body = "Andrew Strauss made a century on the first day.\n\n"
        + "England 1st innings: M Trescothick c Boucher b Pollock 47, A Strauss lbw b Ntini 126, "
        + "M Vaughan b Ntini 0, G Thorpe not out 86, A Flintoff run out 3, G Jones c Smith b Kallis 12.";
    assertEquals(List.of("Andrew Strauss"), persons(body));
  }

  @Test
  void aSentenceListingMinistersIsNoLineUp() {
    assertEquals(List.of("David Blunkett", "Gordon Brown", "Jack Straw", "John Prescott", "Tony Blair"),
        persons("Prime Minister Tony Blair met ministers John Prescott, Gordon Brown, Jack Straw and David "
            + "Blunkett on Monday."));
  }

  @Test
  void aListOfPeopleByFullNameIsNoLineUp() {
    assertEquals(List.of("Clint Eastwood", "Don Cheadle", "Jamie Foxx", "Johnny Depp", "Leonardo DiCaprio"),
        persons("The nominees were announced on Tuesday.\n\n"
            + "Best actor: Jamie Foxx, Johnny Depp, Leonardo DiCaprio, Clint Eastwood, Don Cheadle."));
  }

  @Test
  void aListOfFullNamesWithTheirCountriesIsNoLineUp() {
    assertEquals(List.of("John Updike", "Margaret Atwood", "Philip Roth", "Saul Bellow"),
        persons("The judges named the contenders.\n\n"
            + "Margaret Atwood (Canada), Saul Bellow (Canada), John Updike (US), Philip Roth (US)."));
  }

  @Test
  void aOneWordEntryOfASheetByInitialsIsACountryOrClubNotAPlayer() {
    String body = "Scotland pair Simon Taylor and Chris Paterson were named.\n\n"
        + "C Paterson (Scotland), B Cohen (England), D Traille (France), O Smith (England), S Taylor (Scotland), "
        + "L Dallaglio (England).";
    assertEquals(List.of("Chris Paterson", "Simon Taylor"), persons(body));
  }

  @Test
  void theProseNamesAPlayerByTheSurnameTheTeamSheetLists() {
    String body = "A stray hand in a ruck allowed Paterson to stroke over a penalty. Easterby was sent to the bin.\n\n"
        + "C Paterson; S Danielli, A Craig, H Southwell, S Lamont; D Parks, C Cusiter.\n\n"
        + "G Murphy; S Easterby, G Easterby, J O'Connor, A Foley.";
    // "Easterby" is two players on the sheet: the prose does not say which.
    assertEquals(List.of("Paterson"), persons(body));
  }

  @Test
  void theTeamSheetConfirmsAPlayerWhoseGivenNameIsUnknown() {
    String body = "Jerzy Dudek was equal to the drive.\n\n"
        + "Dudek, Finnan, Carragher, Hyypia, Traore (Biscan 67), Gerrard, Hamann, Riise.";
    assertEquals(List.of("Jerzy Dudek"), persons(body));
  }

  @Test
  void anArticleWithoutATeamSheetAllocatesNothing() {
    LineUps lineUps = new LineUps(NameLexicon.loadDefault(), CountryGazetteer.loadDefault());
    assertNull(lineUps.find(tokens("Talks", "Gordon Brown, Jack Straw and John Prescott met.")));
    Tokens sheet = tokens("Team", "Murphy, Dempsey, Horgan, Hickie, Stringer.");
    boolean[] inLineUp = lineUps.find(sheet);
    assertTrue(inLineUp != null && !inLineUp[0] && inLineUp[sheet.titleEnd] && inLineUp[sheet.size - 1]);
  }

  private static Tokens tokens(String title, String body) {
    return new ArticleText(new Tokenizer(), null, title, body, null).tokens();
  }

  @Test
  void aSquadListedByFullNamesUnderItsPartsNamesOnlyThePlayersTheProseNames() {
    String body = "France have brought flanker Serge Betsen back into their squad, said coach Bernard Laporte.\n\n"
        + "Forwards: Nicolas Mas, Sylvain Marconnet, Olivier Milloud, William Servat, Serge Betsen. "
        + "Backs: Dimitri Yachvili, Pierre Mignoni, Frederic Michalak, Damien Traille, Christophe Dominici.";
    assertEquals(List.of("Bernard Laporte", "Serge Betsen"), persons(body));
    // Without a squad's heading, full names listed are people, as before.
    assertEquals(List.of("Don Cheadle", "Jamie Foxx", "Johnny Depp", "Leonardo DiCaprio"),
        persons("Nominees: Jamie Foxx, Johnny Depp, Don Cheadle, Leonardo DiCaprio."));
  }

  @Test
  void aTeamSheetOfFullNamesAndClubsThatMarksItsCaptainNamesOnlyThePlayersTheProseNames() {
    String body = "Coach Bernard Laporte picked Julien Laharrague at full-back.\n\n"
        + "Julien Laharrague (Brive), Aurelien Rougerie (Clermont), Yannick Jauzion (Stade Toulousain), Christophe "
        + "Dominici (Stade Francais), Dimitri Yachvili (Biarritz), Fabien Pelous (Stade Toulousain, capt), Nicolas Mas "
        + "(Perpignan)";
    assertEquals(List.of("Bernard Laporte", "Julien Laharrague"), persons(body));
  }

  @Test
  void aSquadWithClubsInBracketsAndItsNextPartRunOnNamesOnlyThePlayersTheProseNames() {
    // Session 14: a club opening with "The", the captain in the bracket, and the forwards' heading run on after the
    // last back (the paragraph lost) each made the sheet prose, and every player a person.
    String body = "Euan Murray has been named in the Scotland squad after his ban, said coach Matt Williams.\n\n"
        + "Backs: Mike Blair (Edinburgh Rugby), Andy Craig (Glasgow Rugby), Chris Cusiter (The Borders), Simon "
        + "Danielli (The Borders), Dan Parks (Glasgow Rugby) Forwards: Ross Beattie (Northampton Saints), Gordon "
        + "Bulloch (captain, Glasgow Rugby), Bruce Douglas (The Borders), Euan Murray (Glasgow Rugby), Jason White "
        + "(Sale Sharks).";
    assertEquals(List.of("Euan Murray", "Matt Williams"), persons(body));
  }

  @Test
  void aBracketAfterAFullNameInProseIsStillRead() {
    // "The" opens a club only in a bracket of a list; a sentence of prose with a bracket stays prose.
    assertEquals(List.of("Gordon Bulloch", "Jason White"),
        persons("Gordon Bulloch (the captain) and Jason White (Sale Sharks) both start on Saturday."));
  }
}
