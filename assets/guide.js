// Progressive enhancement for the guide. Everything works without it; with it, the page
// (1) offers the iPad walkthrough when a "Mac" has a touch screen (iPadOS sends a Mac
// User-Agent), (2) warns before the hand-off when this browser cannot create a passkey, and
// (3) selects the address in the copy field with one tap.
(function () {
  "use strict";
  document.documentElement.classList.add("has-js");
  var main = document.querySelector("main[data-device]");
  if (!main) return;
  var device = main.getAttribute("data-device");

  var copy = document.getElementById("page-url");
  if (copy) copy.addEventListener("focus", function () { copy.select(); });

  if (device === "mac" && navigator.maxTouchPoints > 1 && !/[?&]device=/.test(location.search)) {
    var link = document.querySelector("a.switch-device");
    var notice = document.getElementById("ipad-notice");
    if (link && notice) {
      notice.hidden = false;
    }
  }

  var handoff = document.querySelector("a.handoff");
  var warning = document.getElementById("no-passkey-warning");
  if (handoff && warning && window.PublicKeyCredential) {
    var check = PublicKeyCredential.isUserVerifyingPlatformAuthenticatorAvailable;
    if (typeof check === "function") {
      check.call(PublicKeyCredential).then(function (available) {
        var flow = main.getAttribute("data-flow");
        var needsPlatform = flow !== "security-key" && flow !== "cross-device";
        if (!available && needsPlatform) warning.hidden = false;
      }).catch(function () {});
    }
  } else if (handoff && warning && !window.PublicKeyCredential) {
    warning.hidden = false;
  }
})();
