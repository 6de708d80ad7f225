import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.xml.sax.InputSource;

/**
 * The Atom feeds and CSV files crawl.mjs saved, read by the Java libraries a Java consumer would use:
 * ROME (the feed as an atom_1.0 WireFeed, strict XML: no DOCTYPE, no lenient repair) and Apache Commons
 * CSV (RFC 4180: CRLF records, quotes doubled, the header's width on every record). A single-file
 * program: run with the jar's own libraries on the class path,
 *
 *   java -cp 'target/lib/*' src/tools/checkers/ExportCheck.java OUT_DIR
 */
public final class ExportCheck {

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    int problems = 0;
    for (Path feed : files(out.resolve("feeds"), ".atom")) {
      problems += report(feed, atom(feed));
    }
    for (Path csv : files(out.resolve("csv"), ".csv")) {
      problems += report(csv, csv(csv));
    }
    System.out.println("ROME " + WireFeedInput.class.getPackage().getImplementationVersion() + ", Commons CSV "
        + CSVFormat.class.getPackage().getImplementationVersion() + ": " + problems + " problems");
    System.exit(problems == 0 ? 0 : 1);
  }

  private static List<Path> files(Path dir, String suffix) throws Exception {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }

  private static int report(Path file, List<String> problems) {
    System.out.println(file.getFileName() + ": " + (problems.isEmpty() ? "ok" : ""));
    problems.stream().limit(20).forEach(p -> System.out.println("    " + p));
    return problems.size();
  }

  private static List<String> atom(Path file) {
    List<String> problems = new ArrayList<>();
    try {
      WireFeedInput input = new WireFeedInput(false, java.util.Locale.ROOT);
      input.setXmlHealerOn(false); // no repair of broken XML: a reader that does not repair must read it
      Object wire = input.build(new InputSource(new ByteArrayInputStream(Files.readAllBytes(file))));
      if (!(wire instanceof Feed feed) || !"atom_1.0".equals(feed.getFeedType())) {
        problems.add("not read as an Atom 1.0 feed");
        return problems;
      }
      if (feed.getId() == null || feed.getTitle() == null || feed.getUpdated() == null) {
        problems.add("feed without id, title or updated");
      }
      Set<String> ids = new HashSet<>();
      int n = 0;
      for (Entry e : feed.getEntries()) {
        n++;
        if (e.getId() == null || !ids.add(e.getId())) {
          problems.add("entry " + n + ": missing or repeated id " + e.getId());
        }
        if (e.getTitle() == null || e.getTitle().isBlank() || e.getUpdated() == null) {
          problems.add("entry " + n + ": no title or no updated date");
        }
      }
    } catch (Exception e) {
      problems.add("ROME cannot read it: " + e);
    }
    return problems;
  }

  private static List<String> csv(Path file) {
    List<String> problems = new ArrayList<>();
    try {
      byte[] bytes = Files.readAllBytes(file);
      boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
      if (bom != file.getFileName().toString().contains("-bom")) {
        problems.add(bom ? "a BOM where none was asked for" : "no BOM although &bom=1 asked for one");
      }
      int skip = bom ? 3 : 0;
      Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes, skip, bytes.length - skip),
          StandardCharsets.UTF_8.newDecoder());
      CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
      try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
        int width = parser.getHeaderNames().size();
        for (CSVRecord r : parser) {
          if (r.size() != width) {
            problems.add("record " + r.getRecordNumber() + ": " + r.size() + " fields, the header has " + width);
          }
          for (String cell : r) {
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
              problems.add("record " + r.getRecordNumber() + ": " + cell.substring(0, Math.min(40, cell.length()))
                  + " would run as a formula");
            }
          }
        }
      }
    } catch (Exception e) {
      problems.add("Commons CSV cannot read it: " + e);
    }
    return problems;
  }
}
