// /admin/topics: while the index is being re-tagged, ask for the progress every second and show it;
// when it is done, say so (and the page's data-state says "done", for people and tests alike).
(function () {
  var section = document.getElementById('retag');
  if (!section || section.getAttribute('data-state') !== 'running') {
    return;
  }
  var words = section.querySelector('.retag-words');
  var bar = section.querySelector('.retag-progress');
  function poll() {
    fetch('/admin/topics/status', {credentials: 'same-origin', headers: {'Accept': 'application/json'}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (s) {
        if (!s) {
          setTimeout(poll, 3000);
          return;
        }
        words.textContent = s.words;
        section.setAttribute('data-tagged', s.tagged_version);
        section.setAttribute('data-target', s.target_version);
        if (s.pending) {
          if (bar) {
            bar.value = s.percent;
            bar.textContent = s.percent + '%';
          }
          setTimeout(poll, 1000);
        } else {
          if (bar) {
            bar.remove();
          }
          section.setAttribute('data-state', 'done');
        }
      })
      .catch(function () { setTimeout(poll, 3000); });
  }
  setTimeout(poll, 1000);
})();
