package io.facetwire.web.admin;

import io.facetwire.TextChars;
import io.facetwire.topics.DefinitionDigest;
import io.facetwire.topics.RetagState;
import io.facetwire.topics.TopicAdmin;
import io.facetwire.topics.TopicBlocks;
import io.facetwire.topics.TopicPreview;
import io.facetwire.topics.TopicVersion;
import io.facetwire.topics.TopicVersionStore;
import io.facetwire.web.http.Csrf;
import io.facetwire.web.http.Templates;
import io.facetwire.web.http.Viewer;
import io.facetwire.web.http.PageTitle;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/topics}: the topics with their article counts, the versions saved (one-click revert)
 * and the re-tag's progress; {@code /admin/topics/edit?topic=NAME} edits one topic's block with a
 * preview (errors by line, the articles it would add and remove, precision and recall on the
 * development labels) before saving. Admins only; every form carries the CSRF token ({@link Csrf}).
 */
public final class TopicRoutes {

  /** An edited block longer than this is refused: a topic is a few dozen lines. */
  static final int MAX_BLOCK_CHARS = 100_000;

  private static final Map<String, String> DONE = Map.of(
      "saved", "Saved as a new version. It is in use on this server now; the index is being re-tagged.",
      "reverted", "Reverted: a new version equal to the old one is in use; the index is being re-tagged.",
      "adopted", "The shipped topics.txt is in use as a new version; the index is being re-tagged.",
      "kept", "The saved version stays in use; the shipped topics.txt is version 0 now.");

  private final TopicAdmin topics;
  private final Templates templates;

  public TopicRoutes(TopicAdmin topics, Templates templates) {
    this.topics = topics;
    this.templates = templates;
  }

  public void page(Context ctx) {
    requireAdmin(ctx);
    String done = ctx.queryParam("done");
    int inUse = topics.live().current().version();
    RetagState retag = topics.versions().retagState();
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.of("Topics"));
    model.put("topics", topics.topics().stream()
        .map(t -> Map.of("name", t.name(), "articles", t.articles(), "edit", editUrl(t.name()),
            "search", "/search?topic=" + enc(t.name())))
        .toList());
    model.put("inUse", inUse);
    model.put("retag", TopicViews.retag(retag));
    model.put("versions", TopicViews.versions(topics.versions().list(TopicVersionStore.LISTED), inUse, retag.tagged()));
    model.put("problem", topics.live().problem());
    model.put("shipped", topics.shipped().notice().orElse(null));
    model.put("message", done == null ? null : DONE.get(done));
    templates.html(ctx, "admin-topics", model);
  }

  /** The re-tag's progress for the page's script (and for monitoring). */
  public void status(Context ctx) {
    requireAdmin(ctx);
    ctx.json(TopicViews.status(topics.versions().retagState(), topics.live().current().version()));
  }

  public void edit(Context ctx) {
    requireAdmin(ctx);
    String topic = topicParam(ctx.queryParam("topic"));
    TopicBlocks.Block block = topics.block(topic).orElseThrow(() -> new NotFoundResponse("There is no such topic."));
    renderEditor(ctx, 200, topic, block.text(), hash(block.text()), "", null, 1, null);
  }

  public void preview(Context ctx) {
    requireAdmin(ctx);
    String topic = topicParam(ctx.formParam("topic"));
    String block = blockParam(ctx);
    TopicPreview p = topics.preview(topic, block);
    renderEditor(ctx, p.ok() ? 200 : 400, topic, block, baseParam(ctx), note(ctx), p, pageNumber(ctx), null);
  }

  public void save(Context ctx) {
    requireAdmin(ctx);
    String topic = topicParam(ctx.formParam("topic"));
    String block = blockParam(ctx);
    String base = baseParam(ctx);
    Optional<TopicBlocks.Block> now = topics.block(topic);
    if (now.isPresent() && !hash(now.get().text()).equals(base)) {
      // Someone saved this topic since the editor was opened: never overwrite their edit unseen.
      renderEditor(ctx, 409, topic, block, hash(now.get().text()), note(ctx), null, 1,
          "[" + topic + "] was changed by someone else since you opened it (now version "
              + topics.live().current().version() + "). Your text is below: preview it against theirs and save again.");
      return;
    }
    TopicPreview p;
    try {
      p = topics.save(topic, block, Viewer.of(ctx).email(), note(ctx));
    } catch (io.facetwire.topics.TopicAdmin.SavedMeanwhile e) {
      // Saved by someone else between the check above and this save (at once, or on another server): never
      // store a whole file that would undo their edit unseen.
      renderEditor(ctx, 409, topic, block, topics.block(topic).map(b -> hash(b.text())).orElse(base), note(ctx), null,
          1, "Someone saved version " + e.newest() + " of the topics while you saved. Nothing was stored; your text"
              + " is below: preview it against theirs and save again.");
      return;
    }
    if (!p.ok()) {
      renderEditor(ctx, 400, topic, block, base, note(ctx), p, 1, null);
      return;
    }
    ctx.redirect("/admin/topics?done=saved", HttpStatus.SEE_OTHER);
  }

  public void revert(Context ctx) {
    requireAdmin(ctx);
    int number;
    try {
      number = Integer.parseInt(String.valueOf(ctx.formParam("version")).strip());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse("Which version? A version number is needed.");
    }
    try {
      TopicVersion v = topics.revert(number, Viewer.of(ctx).email());
      ctx.redirect("/admin/topics?done=reverted#v" + v.number(), HttpStatus.SEE_OTHER);
    } catch (IllegalArgumentException e) {
      throw new NotFoundResponse(e.getMessage());
    }
  }

  /** The answer to the shipped-file notice: adopt the shipped topics.txt, or keep the saved version. */
  public void shipped(Context ctx) {
    requireAdmin(ctx);
    String choice = String.valueOf(ctx.formParam("choice"));
    if (choice.equals("adopt")) {
      TopicVersion v = topics.adoptShipped(Viewer.of(ctx).email());
      ctx.redirect("/admin/topics?done=adopted#v" + v.number(), HttpStatus.SEE_OTHER);
    } else if (choice.equals("keep")) {
      topics.keepSaved();
      ctx.redirect("/admin/topics?done=kept", HttpStatus.SEE_OTHER);
    } else {
      throw new BadRequestResponse("Adopt the shipped file or keep the saved version: choice=adopt or choice=keep.");
    }
  }

  private void renderEditor(Context ctx, int status, String topic, String block, String base, String note,
      TopicPreview preview, int page, String conflict) {
    Map<String, Object> model = new HashMap<>();
    model.put("title", PageTitle.naming("Edit topic ", topic, ""));
    model.put("topic", topic);
    model.put("block", block);
    model.put("base", base);
    model.put("note", note);
    model.put("inUse", topics.live().current().version());
    model.put("conflict", conflict);
    model.put("previewCap", topics.previewCap());
    model.put("preview", preview);
    if (preview != null && preview.ok()) {
      model.put("diff", TopicViews.diff(preview.diff(), page));
      model.put("figures", TopicViews.figures(preview.scores()));
    }
    model.put("labels", topics.labelsFolder());
    ctx.status(status);
    templates.html(ctx, "admin-topic-edit", model);
  }

  private static String topicParam(String topic) {
    if (topic == null || topic.isBlank() || topic.length() > 200) {
      throw new BadRequestResponse("Which topic? The topic's name is needed.");
    }
    return topic;
  }

  private static String blockParam(Context ctx) {
    String block = ctx.formParam("block");
    if (block == null) {
      throw new BadRequestResponse("The topic's definition (block) is missing.");
    }
    if (block.length() > MAX_BLOCK_CHARS) {
      throw new BadRequestResponse("A topic's definition may have at most " + MAX_BLOCK_CHARS + " characters.");
    }
    return block;
  }

  private static String baseParam(Context ctx) {
    String base = ctx.formParam("base");
    return base == null ? "" : base;
  }

  private static String note(Context ctx) {
    String note = ctx.formParam("note");
    return note == null ? "" : TextChars.atMost(note, 500);
  }

  private static int pageNumber(Context ctx) {
    try {
      return Math.max(1, Integer.parseInt(String.valueOf(ctx.formParam("page")).strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  static String editUrl(String topic) {
    return "/admin/topics/edit?topic=" + enc(topic);
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Which text the editor was opened on, to notice an edit by someone else before saving over it. */
  static String hash(String block) {
    return DefinitionDigest.of(block);
  }

  private static void requireAdmin(Context ctx) {
    if (!Viewer.of(ctx).admin()) {
      throw new ForbiddenResponse("Only an admin may edit topics.");
    }
  }
}
