// Progressive enhancement for the admin pages: copy buttons, and a live preview of the brand
// colour while it is being chosen. Every form works without it.
(function () {
  "use strict";
  document.documentElement.classList.add("has-js");

  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) return;
      var text = source.value !== undefined ? source.value : source.textContent;
      var done = function () {
        var label = button.textContent;
        button.textContent = "✓";
        setTimeout(function () { button.textContent = label; }, 1500);
      };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(text).then(done, function () { source.select(); });
      } else {
        source.select();
      }
    });
  });

  var frame = document.getElementById("preview-frame");
  var valid = /^#[0-9a-fA-F]{6}$/;
  // The preview shows the colour the guide will really use: the server answers with the
  // chosen colour after its contrast adjustment, and the text colour that goes on it.
  var asked = 0;
  function paint(color) {
    if (!frame || !valid.test(color)) return;
    var href = frame.getAttribute("data-color-href");
    if (!href || !window.fetch) return;
    var ask = ++asked;
    fetch(href + "?c=" + encodeURIComponent(color), { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (used) {
        if (!used || ask !== asked) return;
        try {
          var root = frame.contentDocument && frame.contentDocument.documentElement;
          if (!root) return;
          root.style.setProperty("--brand", used.used);
          root.style.setProperty("--brand-text", used.text);
        } catch (e) { /* the frame is not ready yet */ }
      })
      .catch(function () { /* the saved colour stays in the preview */ });
  }
  document.querySelectorAll("input.color-picker").forEach(function (picker) {
    var target = document.getElementById(picker.getAttribute("data-target"));
    picker.addEventListener("input", function () {
      if (target) target.value = picker.value;
      paint(picker.value);
    });
    if (target) {
      target.addEventListener("input", function () {
        if (valid.test(target.value)) picker.value = target.value;
        paint(target.value);
      });
    }
  });
})();
