// Facetwire progressive enhancement. Every feature here has a plain HTML fallback:
// the pages work the same with JavaScript off, only with more clicks.
(function () {
  "use strict";

  function debounce(fn, ms) {
    var timer = null;
    return function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  /** The current page's search parameters, minus those named. */
  function currentParams(without) {
    var params = new URLSearchParams(window.location.search);
    (without || []).forEach(function (name) { params.delete(name); });
    return params;
  }

  /** The page's result count as shown ("1,234 articles"), or "" on a page without one. */
  function shownTotal() {
    var total = document.querySelector("p.total strong");
    return total ? total.textContent.trim() : "";
  }

  // ---- Facets: a ticked box applies at once (the "Apply filters" button is for no-JS users). ----
  var facetForm = document.getElementById("facet-form");
  if (facetForm) {
    facetForm.classList.add("js");
    facetForm.addEventListener("change", function (event) {
      if (event.target && event.target.type === "checkbox") {
        // The page reloads with the new results: remember the box so focus comes back to it
        // (a keyboard user keeps their place instead of starting again at the top), and the count
        // before, so the new page can say what the tick changed.
        var label = event.target.parentNode.querySelector(".value");
        try {
          sessionStorage.setItem("fw-focus", JSON.stringify({name: event.target.name, value: event.target.value,
            ticked: event.target.checked, label: label ? label.textContent : event.target.value, before: shownTotal()}));
        } catch (e) { /* storage off: focus starts at the top, as without JavaScript */ }
        facetForm.submit();
      }
    });
    var remembered = null;
    try {
      remembered = JSON.parse(sessionStorage.getItem("fw-focus") || "null");
      sessionStorage.removeItem("fw-focus");
    } catch (e) { remembered = null; }
    if (remembered) {
      var box = Array.prototype.find.call(facetForm.querySelectorAll("input[type=checkbox]"), function (b) {
        return b.name === remembered.name && b.value === remembered.value;
      });
      if (box) {
        box.focus();
        box.scrollIntoView({block: "center"});
      }
      announceFacetChange(remembered);
    }
  }

  /**
   * Says in the live region what the tick did: "Russia added: 12 articles (before: 45 articles)."
   * Written a moment after load, once the screen reader has read the focused box, so it is not
   * lost among the new page's announcements.
   */
  function announceFacetChange(change) {
    var region = document.getElementById("facet-announcement");
    if (!region || typeof change.label !== "string") { return; }
    var text = change.label + (change.ticked ? " added" : " removed") + ": " + shownTotal()
      + (change.before ? " (before: " + change.before + ")." : ".");
    setTimeout(function () { region.textContent = text; }, 400);
  }

  // ---- Facet value search: type a few letters, the server lists matching values. ----
  Array.prototype.forEach.call(document.querySelectorAll("input.facet-filter"), function (input) {
    input.hidden = false;
    var facet = input.getAttribute("data-facet");
    var fieldset = document.getElementById("facet-" + facet);
    var list = fieldset.querySelector("ul.values");
    var original = list.innerHTML;
    var run = debounce(function () {
      var prefix = input.value.trim();
      if (prefix === "") {
        list.innerHTML = original;
        return;
      }
      var params = currentParams(["page", "expand"]);
      params.set("prefix", prefix);
      fetch("/api/facets/" + encodeURIComponent(facet) + "?" + params.toString(), {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : {values: []}; })
        .then(function (data) {
          list.textContent = "";
          if (!data.values.length) {
            var none = document.createElement("li");
            none.className = "muted";
            none.textContent = "No match.";
            list.appendChild(none);
          }
          data.values.forEach(function (v) {
            var li = document.createElement("li");
            if (v.selected) { li.className = "selected"; }
            var a = document.createElement("a");
            a.href = v.url;
            var name = document.createElement("span");
            name.className = "value";
            name.textContent = v.value;
            var count = document.createElement("span");
            count.className = "count";
            count.textContent = String(v.count);
            a.appendChild(name);
            a.appendChild(document.createTextNode(" "));
            a.appendChild(count);
            li.appendChild(a);
            list.appendChild(li);
          });
        })
        .catch(function () { /* keep what is shown */ });
    }, 200);
    input.addEventListener("input", run);
    // Enter in the finder must not submit the facet form it sits in (it has no name, so sends nothing).
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); run(); }
    });
  });

  // ---- Autocomplete: an ARIA combobox over /api/suggest, keyboard first. ----
  var box = document.getElementById("q");
  var listbox = document.getElementById("q-suggestions");
  if (box && listbox) {
    var options = [];
    var active = -1;
    var latest = 0;

    var close = function () {
      listbox.hidden = true;
      listbox.textContent = "";
      box.setAttribute("aria-expanded", "false");
      box.removeAttribute("aria-activedescendant");
      options = [];
      active = -1;
    };

    var highlight = function (index) {
      options.forEach(function (o, i) { o.el.setAttribute("aria-selected", i === index ? "true" : "false"); });
      active = index;
      if (index >= 0) {
        box.setAttribute("aria-activedescendant", options[index].el.id);
      } else {
        box.removeAttribute("aria-activedescendant");
      }
    };

    var choose = function (index) {
      var o = options[index];
      if (o) {
        window.location.href = o.url;
      }
    };

    var show = function (items) {
      listbox.textContent = "";
      options = [];
      active = -1;
      items.forEach(function (item, i) {
        var li = document.createElement("li");
        li.id = "q-option-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.className = "suggestion suggestion-" + item.kind;
        var kind = document.createElement("span");
        kind.className = "kind";
        kind.textContent = item.label || item.kind; // the server names each facet
        var text = document.createElement("span");
        text.className = "text";
        text.textContent = item.text;
        li.appendChild(kind);
        li.appendChild(text);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(i); });
        listbox.appendChild(li);
        options.push({el: li, url: item.url});
      });
      var open = options.length > 0;
      listbox.hidden = !open;
      box.setAttribute("aria-expanded", open ? "true" : "false");
    };

    var ask = debounce(function () {
      var typed = box.value.trim();
      if (typed.length < 2) {
        close();
        return;
      }
      var ticket = ++latest;
      var params = currentParams(["q", "page", "expand"]);
      params.set("q", typed);
      fetch("/api/suggest?" + params.toString(), {headers: {"Accept": "application/json"}})
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (items) { if (ticket === latest) { show(items); } })
        .catch(close);
    }, 150);

    box.addEventListener("input", ask);
    box.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        if (options.length) { e.preventDefault(); highlight((active + 1) % options.length); }
      } else if (e.key === "ArrowUp") {
        if (options.length) { e.preventDefault(); highlight(active <= 0 ? options.length - 1 : active - 1); }
      } else if (e.key === "Enter") {
        if (active >= 0) { e.preventDefault(); choose(active); }
      } else if (e.key === "Escape") {
        close();
      }
    });
    box.addEventListener("blur", function () { setTimeout(close, 100); });
  }

  // ---- World map: its own page (/search/map); loaded into the results page when the reader ----
  // ---- scrolls near it, so a page view does not pay for a picture below the results. ----
  Array.prototype.forEach.call(document.querySelectorAll(".map-slot[data-map-src]"), function (slot) {
    var src = slot.getAttribute("data-map-src");
    var loaded = false;
    function load() {
      if (loaded) { return; }
      loaded = true;
      slot.setAttribute("aria-busy", "true");
      fetch(src, {headers: {"Accept": "text/html"}})
        .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
        .then(function (html) {
          // The server escaped every value in the map page; it is parsed inert, then moved in.
          var body = new DOMParser().parseFromString(html, "text/html").getElementById("map-body");
          if (body) {
            slot.replaceChildren.apply(slot, Array.prototype.slice.call(body.childNodes).map(function (n) {
              return document.importNode(n, true);
            }));
            slot.classList.add("loaded");
          }
        })
        .catch(function () { /* the link to the map page stays */ })
        .then(function () { slot.removeAttribute("aria-busy"); });
    }
    if ("IntersectionObserver" in window) {
      var watcher = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) {
          watcher.disconnect();
          load();
        }
      }, {rootMargin: "400px 0px"});
      watcher.observe(slot);
    } else {
      load();
    }
  });

  // Phone width: filters are folded by fold-filters.js, before the first paint.
})();
