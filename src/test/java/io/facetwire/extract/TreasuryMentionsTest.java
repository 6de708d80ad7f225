package io.facetwire.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.facetwire.facet.Facet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A state's treasury named by its one word ("the Treasury said"), without a server. */
class TreasuryMentionsTest {

  private static final FacetExtractor FX = FacetExtractor.loadDefault();

  private static List<String> orgs(String body) {
    return FX.extract(null, body).values(Facet.ORGANIZATION);
  }

  @Test
  void theTreasuryActingIsAnOrganisation() {
    assertEquals(List.of("Treasury"), orgs("But the Treasury said there would be no rise in taxes."));
    assertEquals(List.of("Treasury"), orgs("Departments get their money from the Treasury on the basis of need."));
  }

  @Test
  void aTitleOrTheDebtIsNoMentionOfTheBody() {
    assertEquals(List.of(), orgs("Former Secretary of the Treasury Robert Anderson was named."));
    assertEquals(List.of(), orgs("The yield was above the Treasury bonds of the same maturity."));
  }

  @Test
  void theFullerNameInTheSameArticleIsTheOneValue() {
    assertEquals(List.of("U.S. Treasury"),
        orgs("The U.S. Treasury proposed new rules. The Treasury said it would decide soon."));
  }
}
