// Runs right after <details id="filters"> is parsed, before the first paint: on a phone the filters
// start folded away (one tap opens them), without the page jumping once it has been shown.
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (filters && window.matchMedia && window.matchMedia("(max-width: 48rem)").matches) {
    filters.open = false;
  }
})();
