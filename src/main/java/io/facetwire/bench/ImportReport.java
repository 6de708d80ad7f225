package io.facetwire.bench;

import io.facetwire.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code bench --mode import}: the import command against raw bulk, as JSON, Markdown and one line. */
final class ImportReport {

  private ImportReport() {}

  static String markdown(Map<String, Object> r) {
    StringBuilder md = new StringBuilder();
    md.append("| measure | facetwire import | raw Elasticsearch | ratio (raw s / import s) | target |\n");
    md.append("|---|---|---|---|---|\n");
    md.append(String.format("| %s, %,d articles, beside a running server (fresh server, median), s | %s | %s | **%s** | ≥ 0.80 |%n",
        r.get("corpus"), r.get("articles"), r.get("import_beside_server_seconds_median"), r.get("raw_seconds_median"),
        r.get("ratio_beside_server")));
    md.append(String.format("| same, no server: the command starts its own node, s (of which node start) | %s (%s) | %s | %s (%s after the node is up) | |%n",
        r.get("import_alone_seconds"), r.get("import_alone_node_ready_seconds"), r.get("raw_seconds_median"),
        r.get("ratio_alone"), r.get("ratio_alone_after_node_start")));
    md.append(String.format("| CPU of the import command, ms (each run) | %s | | | |%n", r.get("import_command_cpu_ms")));
    md.append(String.format("| server CPU during the import / during raw bulk, ms | %s | %s | | |%n",
        r.get("server_cpu_ms_during_import"), r.get("raw_server_cpu_ms")));
    return md.toString();
  }

  static String summaryLine(Map<String, Object> r, String loadBefore, String loadAfter) {
    return String.format("facetwire-bench-import %s %s articles=%s import=%s alone=%s load=%s/%s",
        BenchReport.commit(), r.get("corpus"), r.get("articles"), r.get("ratio_beside_server"), r.get("ratio_alone"),
        loadBefore.split(" ")[0], loadAfter.split(" ")[0]);
  }

  static void write(Path dir, String name, String header, Map<String, Object> r, String summary) throws IOException {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("summary", summary);
    json.put("header", header.strip());
    json.putAll(r);
    Files.writeString(dir.resolve(name + ".md"), header + "\n" + markdown(r) + "\n" + summary + "\n");
    Json.mapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(name + ".json").toFile(), json);
  }
}
