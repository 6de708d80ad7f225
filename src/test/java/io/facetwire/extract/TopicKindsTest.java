package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.facetwire.facet.Facet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kinds of error fixed in the small topics (issue 10, session 7: crime and justice, health, protests,
 * sport, conflict; session 8: health, science, crime and justice and agriculture on text they were not tuned on, a
 * war's blockade in sanctions; session 9: the key topics' same idea in other words, crime and justice's near misses;
 * session 11: conflict needs armed force used, from the audit of the unlabelled corpora; session 14: sport's kinds from
 * the fresh audit of the other shown topics, docs/audit/topic-audit-s14.tsv: a field seeded with crops, a video game's
 * players; conflict's kinds are in ConflictKindsTest).
 * Each case is checked both ways, so a rule that stops counting the word altogether, or counts it everywhere, fails;
 * each failed with the previous topics.txt. Health, science and protests were dropped from the default taxonomy in
 * session 9, crime and justice in session 10: their cases run on the definitions that keep them (topics.txt with
 * docs/topics-dropped.txt appended).
 */
class TopicKindsTest {

  private static final FacetExtractor SHIPPED = FacetExtractor.loadDefault();

  /** With the dropped topics' definitions appended, as an admin would re-enable them. */
  private static final FacetExtractor DROPPED = DroppedTopics.withDropped();

  /** One article of a kind: the topics it must get and those it must not. */
  record Case(String kind, FacetExtractor definitions, String title, String body, List<String> has,
      List<String> hasNot) {

    @Override
    public String toString() {
      return kind;
    }
  }

  /** What an article must get and what it must not get. */
  record Expect(List<String> has, List<String> hasNot) {

    Expect hasNot(String... topics) {
      return new Expect(has, List.of(topics));
    }
  }

  private static Expect has(String... topics) {
    return new Expect(List.of(topics), List.of());
  }

  private static Expect hasNot(String... topics) {
    return new Expect(List.of(), List.of(topics));
  }

  private static Case row(String kind, FacetExtractor definitions, String title, String body, Expect expect) {
    return new Case(kind, definitions, title, body, expect.has(), expect.hasNot());
  }

  /** Each kind is two or three articles: the same words in the sense that counts and in one that does not. */
  static Stream<Case> cases() {
    return Stream.of(
        row("railway strikers are a protest and a clubs strikers are sport: workers", DROPPED,
            "Labour group urges support for railway strikers",
            "The national labour federation urged its members to support the railway strikers, who walked out on"
            + " Monday over pay. The strikers want a 20 pct wage rise, the union said. Railway workers in three"
            + " cities joined the strike on Tuesday.",
            has("protests").hasNot("sport")),
        row("railway strikers are a protest and a clubs strikers are sport: club", DROPPED,
            "Chelsea chase two strikers",
            "Chelsea want to sign two strikers in the transfer window. The manager said the club's strikers had"
            + " scored too few goals this season. The Premiership leaders play Arsenal on Saturday, and the"
            + " midfielder is fit.",
            has("sport").hasNot("protests")),
        row("a lawsuit is the law at work but following suit is not: suit", DROPPED,
            "American International in suit",
            "American International Corp said a shareholder filed suit against it in federal court, seeking"
            + " damages of 10 mln dlrs. The plaintiff charges that the company misled investors. The company said"
            + " the suit was without merit and that it would contest the litigation.",
            has("crime and justice")),
        row("a lawsuit is the law at work but following suit is not: rates", DROPPED,
            "Banks cut prime rate",
            "Citibank cut its prime rate to 7.5 pct on Monday, and other major banks followed suit. Chemical Bank"
            + " and Chase Manhattan followed suit later in the day, and analysts said smaller banks would follow"
            + " suit this week. The company courted new borrowers, and its chairman, in charge since May, said"
            + " charging less would help.",
            hasNot("crime and justice")),
        row("a drugs test is sport and a drug trial is health: tennis", DROPPED,
            "Kuznetsova 'failed a drugs test'",
            "Svetlana Kuznetsova failed a drugs test at an exhibition event, the Belgian sports minister said. The"
            + " US Open champion tested positive for a banned drug found in cold medicine. The top seed denies"
            + " taking anything banned and plays in the Australian Open next week.",
            has("sport").hasNot("health")),
        row("a drugs test is sport and a drug trial is health: medicine", DROPPED,
            "FDA approves new heart drug",
            "The Food and Drug Administration approved a new drug for heart disease on Monday. Clinical trials on"
            + " 2,000 patients showed the drug cut deaths by a fifth. Doctors said the drug would help patients"
            + " with heart disease who cannot take older medicines.",
            has("health")),
        row("a company named for a hospital is no health story: company", DROPPED,
            "Hospital Corp gets funds for restructuring",
            "Hospital Corp of America said it obtained 1.5 billion dlrs of bank credit to fund its restructuring."
            + " Hospital Corp said the funds would let it buy back shares. Hospital Corp shares rose 2 dlrs.",
            hasNot("health")),
        row("a company named for a hospital is no health story: wards", DROPPED,
            "Hospitals run short of nurses",
            "Hospitals across the country are short of nurses, the health minister said. Patients wait for hours,"
            + " and doctors warn that the hospital wards cannot cope with the flu epidemic.",
            has("health")),
        row("films about a war are arts not conflict: festival", SHIPPED,
            "Films on war triumph at Sundance",
            "Films about war won the top prizes at the Sundance film festival. A documentary about the war in"
            + " Iraq won the jury prize, and a film about the civil war in Liberia won the audience award. The"
            + " war films were made by first-time directors.",
            has("arts and entertainment").hasNot("conflict")),
        row("films about a war are arts not conflict: fighting", SHIPPED,
            "Fighting spreads in the north",
            "Fighting between government troops and rebels spread to three towns in the north, the army said."
            + " Soldiers shelled rebel positions, and the war has driven thousands from their homes. Casualties"
            + " were heavy on both sides, and the rebels said they would fight on.",
            has("conflict")),
        row("a players infected knee is team news but a ward infection is health: rugby", DROPPED,
            "Smith doubtful for Wales game",
            "Tom Smith has joined the Wales squad for Saturday's game, but the flanker is doubtful because of an"
            + " infection in his knee. \"The infection has not cleared yet,\" said coach Mike Jones. Smith was"
            + " given antibiotics after the knee became infected during the match against Italy, and a"
            + " replacement will be named on Friday if he is not declared fit. The infected cut needs rest.",
            hasNot("health")),
        row("a players infected knee is team news but a ward infection is health: ward", DROPPED,
            "Infection closes hospital ward",
            "An infection outbreak has closed a ward at the city hospital. Twelve patients were infected with the"
            + " bacteria, and doctors said the infection spread through the ward in a week. Health officials"
            + " are testing patients on other wards.",
            has("health")),
        row("health in a companys name is no health story: company", DROPPED,
            "Medco unit in contract",
            "Medco Inc said its Mobile Health Corp unit signed a contract with the Ohio Teachers Health Plan to"
            + " provide health checks to 50,000 teachers. Medco also said it acquired Dentex Inc for undisclosed"
            + " terms.",
            hasNot("health")),
        row("health in a companys name is no health story: checks", DROPPED,
            "Free health checks for teachers",
            "Teachers in Ohio will get free health checks under a state plan, health officials said. Doctors and"
            + " nurses will check each teacher's blood pressure, and patients found at risk will be sent to"
            + " a hospital for treatment.",
            has("health")),
        row("a supercomputer for sale is no science story: product", DROPPED,
            "Japan considering buying U.S. supercomputer",
            "Japan's research ministry is considering buying a U.S. supercomputer for its research institute, a"
            + " ministry official said. The supercomputer would be the first bought from a U.S. maker, and"
            + " research institutes need supercomputers for weather forecasts, he said.",
            hasNot("science")),
        row("a supercomputer for sale is no science story: research", DROPPED,
            "Physicists find new particle",
            "Physicists at a national laboratory said they had found a new particle. The scientists published"
            + " their findings in a journal, and researchers at two universities confirmed the experiment.",
            has("science")),
        row("a naval blockade in a war is no sanction but a trade blockade is: war", SHIPPED,
            "Gulf war options for Washington",
            "The United States could end the tanker war only by force, a former admiral said. It would have to"
            + " mine Iran's harbours or take warlike steps such as blockading the mouth of the Gulf, he said."
            + " Navy warships would then have to mine and blockade Iran's ports. The war has cost Iran and Iraq"
            + " a million lives.",
            hasNot("sanctions")),
        row("a naval blockade in a war is no sanction but a trade blockade is: trade", SHIPPED,
            "Neighbours impose blockade on Qatar",
            "Four Arab states imposed a land, sea and air blockade on Qatar, cutting trade and flights. The"
            + " blockade bars Qatari goods and planes. Qatar said the blockade was illegal and asked the WTO to"
            + " rule.",
            has("sanctions")),
        row("a doping tribunal is sport but a criminal trial is the law: doping", DROPPED,
            "Sprinter's lawyer asks tribunal to drop charges",
            "The sprinter's lawyer asked the athletics tribunal to drop the doping charges against her. She was"
            + " given a provisional suspension for missing three drugs tests before the Olympics. The tribunal"
            + " will give its verdict next week, and the lawyer said the charges rest on a clerical error. The"
            + " IAAF said it would await the verdict before the world championships.",
            has("sport").hasNot("crime and justice")),
        row("a doping tribunal is sport but a criminal trial is the law: fraud", DROPPED,
            "Banker's lawyer asks court to drop charges",
            "The banker's lawyer asked the court to drop the fraud charges against her. She was arrested in May"
            + " and charged with stealing from clients. The court will give its verdict next week, and"
            + " prosecutors said the charges rest on bank records. The judge said the trial would go on.",
            has("crime and justice")),
        row("a former agriculture minister is no farm story but a farm policy is: career", SHIPPED,
            "Former agriculture minister to stand down",
            "John Smith, the former agriculture minister, is to stand down as an MP at the next election. He was"
            + " given the agriculture portfolio in 1997, and as agriculture minister he banned beef on the bone."
            + " He said he would spend more time with his family.",
            hasNot("agriculture")),
        row("a former agriculture minister is no farm story but a farm policy is: policy", SHIPPED,
            "Agriculture minister raises wheat support price",
            "The agriculture minister raised the support price for wheat by five pct, and farmers said the rise"
            + " would cover their costs. The agriculture ministry expects a record wheat harvest this year.",
            has("agriculture")),
        row("a tariff one state imposes on anothers goods is a sanction but an anti dumping duty is not: penalty", SHIPPED,
            "U.S. tariffs on Japanese goods take effect",
            "The United States imposed 100 pct tariffs on 300 mln dlrs of Japanese electronic goods on Friday."
            + " Washington imposed the tariffs because Japan failed to honour a pact on computer chips, U.S."
            + " officials said. Japan said it regretted the move.",
            has("sanctions")),
        row("a tariff one state imposes on anothers goods is a sanction but an anti dumping duty is not: remedy", SHIPPED,
            "EC sets duties on Japanese printers",
            "The European Community imposed anti-dumping duties of 20 pct on Japanese printers on Friday. It"
            + " found that the printers were sold in Europe below their cost. The makers said they would appeal.",
            hasNot("sanctions")),
        row("identity fraud in other words is cybersecurity and a security flaw needs computers near: fraud", SHIPPED,
            "ID fraud costs UK 1.3bn",
            "ID fraud is one of the fastest-growing crimes in the UK, costing 1.3bn pounds last year, a report"
            + " said. Card fraud and online theft rose by a third, and one adult in four knows someone whose"
            + " identity papers were stolen.",
            has("cybersecurity")),
        row("identity fraud in other words is cybersecurity and a security flaw needs computers near: patches", SHIPPED,
            "Microsoft closes browser holes",
            "Microsoft released a security update for its Internet Explorer browser on Tuesday. The security"
            + " update closes security loopholes that let a web page take over a PC, and users should install"
            + " it, the company said.",
            has("cybersecurity")),
        row("identity fraud in other words is cybersecurity and a security flaw needs computers near: airport", SHIPPED,
            "Airport security flaws found",
            "Inspectors found security flaws at three airports, where staff let bags through unchecked. The"
            + " airports said the security flaws would be fixed by May, and a security update for staff would"
            + " follow.",
            hasNot("cybersecurity")),
        row("a poison scare is no crime but a poisoning is: scare", DROPPED,
            "Minister calls poison scare mischief",
            "The president said reports of widespread poisoning from a rodent poison had damaged the country's food"
            + " exports. There is no poisoning epidemic, he said. Tests found that exports were not"
            + " contaminated, and the health agency counted seven cases of poisoning.",
            hasNot("crime and justice")),
        row("a poison scare is no crime but a poisoning is: attack", DROPPED,
            "Opposition leader was poisoned, doctors say",
            "The opposition leader was poisoned with a nerve agent, doctors said. Police opened an investigation into"
            + " the poisoning, and prosecutors said those who poisoned him would be found.",
            has("crime and justice")),
        row("an athlete guilty of doping is sport but a guilty fraudster is the law: doping", DROPPED,
            "Sprinter's medals 'must go if guilty'",
            "The anti-doping chief says the sprinter should be stripped of all her medals if found guilty of taking"
            + " banned substances. \"If she is found guilty she should be stripped of all her medals and banned"
            + " for two years,\" he said. She denies it and says she will take legal action.",
            hasNot("crime and justice")),
        row("an athlete guilty of doping is sport but a guilty fraudster is the law: fraud", DROPPED,
            "Banker 'must go to jail if guilty'",
            "Prosecutors say the banker should go to jail if found guilty of stealing from clients. \"If he is found"
            + " guilty he should be jailed for ten years,\" the prosecutor said. He denies the charges, and the"
            + " judge set the trial for May.",
            has("crime and justice")),
        row("data theft and hijacked accounts are cybersecurity but a hijacked plane is not: theft", SHIPPED,
            "Firm admits data theft by staff",
            "A bank said on Monday that two of its staff had stolen customer records, the largest data theft it has"
            + " known. Police said the computer fraud had gone on for a year, and that the gang had also hijacked"
            + " the e-mail accounts of managers.",
            has("cybersecurity")),
        row("data theft and hijacked accounts are cybersecurity but a hijacked plane is not: plane", SHIPPED,
            "Hijacked plane lands in Cyprus",
            "A hijacked plane landed in Cyprus on Monday. The hijackers freed twenty passengers, and police said the"
            + " plane had been hijacked after it left Beirut. The pilot used the plane's computer to land.",
            hasNot("cybersecurity")),
        row("armed force used is conflict but the forces' business is not: contract", SHIPPED,
            "Shipyard wins navy contract",
            "A shipyard has won a 300 mln dlr Navy contract to build two supply ships, the Defense Department "
            + "said. The Pentagon said the ships would support the Navy's fleet in the Pacific, and the military "
            + "expects delivery in 1990.",
            hasNot("conflict")),
        row("armed force used is conflict but the forces' business is not: attack", SHIPPED,
            "Navy jets strike rebel bases",
            "Navy jets struck rebel bases in the north on Monday after an attack on a patrol boat killed six "
            + "sailors, the military said. The army said troops had also clashed with the rebels near the border, "
            + "and fighting went on into the night.",
            has("conflict")),
        row("a property-casualty insurer counts no war casualties", SHIPPED,
            "Insurer posts property-casualty loss",
            "A large insurer reported a property-casualty loss of 40 mln dlrs for the year, while its life "
            + "insurance unit earned more. The company said casualty claims rose after storms, and its "
            + "property-casualty group expects better results this year.",
            hasNot("conflict")),
        row("a seeded player is sport but a seeded field is farming: crops", SHIPPED,
            "Prairie seeding nears completion",
            "Farmers have seeded 90 pct of the prairie crops, a week ahead of the average, the provincial crop report "
            + "said. Spring wheat and canola were seeded on most acres, and barley seeding is nearly done.",
            hasNot("sport")),
        row("a seeded player is sport but a seeded field is farming: tennis", SHIPPED,
            "Top seed through in Rotterdam",
            "The top seed reached the quarter-final in Rotterdam on Tuesday with a straight sets win, while the "
            + "second seeded player was beaten by a qualifier in three sets.",
            has("sport")),
        row("a video game's players and teams are no sport", SHIPPED,
            "Console makers court game studios",
            "Console makers are courting game studios as the games industry grows, and players of online video games "
            + "now form teams of hundreds. The biggest games for the new consoles will need larger teams and more "
            + "money, developers said, and gamers expect the match-making of online play to improve. Players of the "
            + "new game can join a team and play a match against gamers abroad.",
            hasNot("sport")),
        row("the Star Wars missile-defence programme is no war", SHIPPED,
            "Official says Reagan against early Star Wars deployment",
            "A senior Defense Department official said President Reagan has decided against an early deployment "
            + "of the missile defence system known as Star Wars. The official told a lunch that Reagan could decide "
            + "within weeks on a wider reading of the ABM treaty to allow more Star Wars testing.",
            hasNot("conflict")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachArticleGetsItsKindsTopicsAndNotTheOtherSenses(Case c) {
    List<String> got = c.definitions().extract(c.title(), c.body()).values(Facet.TOPIC);
    for (String topic : c.has()) {
      assertTrue(got.contains(topic), c.kind() + " must get " + topic + ": " + got);
    }
    for (String topic : c.hasNot()) {
      assertFalse(got.contains(topic), c.kind() + " must not get " + topic + ": " + got);
    }
  }
}
