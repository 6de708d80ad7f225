#!/usr/bin/env python3
"""jfr_by_part.py FILE.jfr: execution samples of Jetty request threads and REST client I/O threads, classified by frame."""
import json, subprocess, sys, collections
raw = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", "--stack-depth", "300", sys.argv[1]],
                     capture_output=True, text=True).stdout
events = json.loads(raw)["recording"]["events"]
# First match (walking from the top of the stack, leaf first) of these, in priority order per category list.
rules = [
 # First: the HTTP exchange itself, wherever it runs. Since session 11 a call to one node runs on the request
 # thread (engine.transport) beneath SearchAnswers.search, and its body is read from the socket as parsed.
 ("ES client: HTTP exchange (engine.transport, Apache HTTP, REST client)", ["io.facetwire.engine.transport", "org.apache.http", "org.elasticsearch.client", "co.elastic.clients.transport.rest_client"]),
 ("ES response: streaming read (search.answer, session 10)", ["io.facetwire.search.answer"]),
 ("ES client: typed deserialisation", ["co.elastic.clients.elasticsearch.core.SearchResponse", "co.elastic.clients.json.ObjectDeserializer", "co.elastic.clients.json.JsonpDeserializer", "co.elastic.clients.json.ObjectBuilderDeserializer", "co.elastic.clients.elasticsearch._types.aggregations", "co.elastic.clients.json.ExternallyTaggedUnion", "co.elastic.clients.json.jackson.JacksonJsonpParser"]),
 ("ES client: request serialisation", ["co.elastic.clients.json.JsonpSerializable", "co.elastic.clients.elasticsearch.core.SearchRequest.serialize", "co.elastic.clients.json.jackson.JacksonJsonpGenerator"]),
 ("ES client: transport (REST client, HTTP)", ["co.elastic.clients.transport", "org.elasticsearch.client", "org.apache.http"]),
 ("building the request (factory)", ["io.facetwire.search.SearchRequestFactory", "io.facetwire.search.SamplePlan.add", "io.facetwire.search.FacetFilters"]),
 ("sample plan unwrap (tree->string->parse)", ["io.facetwire.search.SamplePlan.unwrap", "io.facetwire.search.SamplePlan.inner"]),
 ("reading hits/counts (HitReader, ResponseParts)", ["io.facetwire.search.HitReader", "io.facetwire.search.ResponseParts", "io.facetwire.search.Snippet", "io.facetwire.search.SampledCounts", "io.facetwire.search.StoryCounts"]),
 ("HitTagsHtml", ["io.facetwire.web.view.HitTagsHtml", "io.facetwire.web.view.HitLinesHtml"]),
 ("Thymeleaf rendering", ["org.thymeleaf", "ognl", "io.facetwire.web.http.Templates"]),
 ("page model", ["io.facetwire.web.search.SearchPageModel", "io.facetwire.web.search.FacetValuesHtml", "io.facetwire.web.search.svg", "io.facetwire.web.view"]),
 ("API JSON writing", ["com.fasterxml.jackson.databind.ObjectMapper.writeValueAsBytes", "io.facetwire.web.search.SearchApiAnswer"]),
 ("session history cookie", ["io.facetwire.web.search.SessionHistory"]),
 ("state parsing", ["io.facetwire.search.SearchState", "io.facetwire.search.SearchStateParser"]),
 ("corpus dates / stories", ["io.facetwire.search.CorpusDates", "io.facetwire.search.StoryCoverage"]),
 ("admission", ["io.facetwire.web.http.SearchAdmission", "io.facetwire.web.http.Places"]),
 ("compression", ["java.util.zip", "org.eclipse.jetty.compression", "org.eclipse.jetty.server.handler.gzip"]),
 ("html bytes (Context.html)", ["io.javalin.http.Context.html", "io.javalin.http.Context.result"]),
 ("Jetty/Javalin/other", ["org.eclipse.jetty", "io.javalin", "io.facetwire"]),
]
per_thread = collections.Counter(); cats = collections.defaultdict(collections.Counter); leaves = collections.defaultdict(collections.Counter)
for e in events:
    v = e["values"]; tname = v["sampledThread"]["javaName"] or v["sampledThread"]["osName"] or ""
    if tname.startswith("JettyServerThread") or tname.startswith("qtp"): group = "request"
    elif tname.startswith("elasticsearch-rest-client"): group = "restio"
    else: continue
    frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in v["stackTrace"]["frames"]]
    per_thread[group] += 1
    cat = "unclassified"
    # outermost-first matching for "owning" categories: walk from the root down, last (deepest) matching rule wins among priority
    found = None
    for name, prefixes in rules:
        if any(fr.startswith(p) for fr in frames for p in prefixes):
            found = name; break
    cat = found or "unclassified"
    cats[group][cat] += 1
    leaves[group][frames[0] if frames else "?"] += 1
for g in per_thread:
    print(f"== {g}: {per_thread[g]} samples")
    for c, n in cats[g].most_common():
        print(f"  {100*n/per_thread[g]:5.1f}%  {c}")
    print("  top leaves:", "; ".join(f"{k.split('.')[-2]}.{k.split('.')[-1]} {n}" for k, n in leaves[g].most_common(12)))
