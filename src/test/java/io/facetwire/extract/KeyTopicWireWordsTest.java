package io.facetwire.extract;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The key topics in the wire's words of 1985-1990 (issue 10, session 24, from the DEV half of the blind wire set
 * blind-wire24): a program that copies itself over a network is a worm whatever the story calls it, files scrambled
 * and a payment demanded by a program on a diskette is the era's ransom attack, sanctions waived for a deal are
 * still the sanctions' story, and a firm leaving South Africa over apartheid (its "divestiture", its sales halted) is
 * the disinvestment campaign (the opened parts' one missed divestiture); from blind-recent22's dev half, an e-mail program
 * that sends itself on is a worm and a state penalising another state's agencies is a sanction. The near misses keep a scrambled television signal, a bank's waived fees and a copier
 * out. Passages written for this test, not copied from the set; each "has" case failed with the previous topics.txt
 * (no server).
 */
class KeyTopicWireWordsTest {

  private static final FacetExtractor SHIPPED = FacetExtractor.loadDefault();


  static Stream<TopicCase> cases() {
    return Stream.of(
        new TopicCase("a self-copying program on a network", "cybersecurity",
            "GREETING PROGRAM CLOGS UNIVERSITY NETWORK",
            "A self-copying program disguised as a holiday greeting spread through a university network linking "
                + "2,000 terminals, officials said. Each copy mailed copies of itself to every address in the user's "
                + "files until the network slowed to a halt.", true),
        new TopicCase("a ransom program on a diskette", "cybersecurity",
            "POLICE WARN OF DISKETTE THAT DEMANDS PAYMENT",
            "Police warned businesses not to run a diskette posted to them that scrambles the files on a hard disk "
                + "and then demands payment. \"This is blackmail by computer,\" a detective said. Several firms "
                + "have lost work.", true),
        new TopicCase("sanctions waived for satellite launches", "sanctions",
            "PRESIDENT WAIVES CURBS ON CHINA FOR SATELLITES",
            "The President waived sanctions imposed on China to allow the export of two satellites for launch on "
                + "Chinese rockets, the White House said. Congress criticised the decision.", true),
        new TopicCase("a firm leaving South Africa over apartheid", "sanctions",
            "PUBLISHER DIVESTS SOUTH AFRICAN UNIT",
            "Harbor Books Inc said it sold its South African subsidiary to local managers and halted the sale of "
                + "its products to South Africa. It said the divestiture followed its board's resolution citing the "
                + "South African government's refusal to abolish apartheid.", true),
        new TopicCase("a drug maker halting a product's sales is no sanction", "sanctions",
            "DRUG MAKER HALTS SALES OF PAIN PILL",
            "Medico Labs Inc said it halted sales of its pain pill in Canada after reports of side effects. The "
                + "company said it would sell its Canadian unit.", false),
        new TopicCase("an e-mail program that sends itself on", "cybersecurity",
            "E-MAIL PROGRAM CLOGS OFFICES WORLDWIDE",
            "An e-mail virus hidden in an attachment swept through offices on Friday. When opened it sends itself "
                + "to every address in the user's address book, and firms shut their mail servers.", true),
        new TopicCase("a state penalising another state's agencies", "sanctions",
            "U.S. PENALISES CHINESE AND PAKISTANI AGENCIES",
            "The United States penalised a Chinese state agency and Pakistan's defence ministry for two years over "
                + "the sale of missile parts, the State Department said.", true),
        new TopicCase("but a regulator's fine on a firm is no sanction", "sanctions",
            "EU PENALISES U.S. CHIPMAKER",
            "The European Union penalised a U.S. chipmaker with a fine of 1 billion euros for abusing its dominant "
                + "position, the competition commissioner said.", false),
        new TopicCase("a scrambled television signal is no attack", "cybersecurity",
            "PAY-TV FIRM SCRAMBLES ITS SATELLITE SIGNAL",
            "A pay-television company said it will scramble its satellite signal from next month so that only "
                + "subscribers with a decoder can watch. The scrambled channels will include films and sport.",
            false),
        new TopicCase("a bank's waived fees are no sanctions", "sanctions",
            "BANK WAIVES FEES FOR STUDENTS",
            "First Federal Bank said it will waive account fees for students. The waiver applies to new accounts "
                + "opened before June.", false),
        new TopicCase("a copier that copies itself is no worm", "cybersecurity",
            "COPIER MAKER SHOWS NEW MODEL",
            "Copytronic Inc showed a desktop copier that it said sorts, staples and copies at 40 pages a minute. "
                + "The company expects sales to rise.", false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theWiresWordsAreReadAsTheirTopic(TopicCase c) {
    c.assertOn(SHIPPED);
  }
}
