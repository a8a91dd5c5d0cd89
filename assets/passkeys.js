// Passkey ceremonies on the admin pages: "Add a passkey" on the account page and "Sign in with
// a passkey" on the sign-in page. The server sends the WebAuthn options as JSON (binary fields in
// base64url) and keeps the challenge; this script turns them into the browser's types, calls
// navigator.credentials, and posts the credential back. Without this script, or where the
// browser or address cannot use the site's passkeys, the buttons stay hidden and a note says why.
(function () {
  "use strict";

  function toBytes(value) {
    var base64 = value.replace(/-/g, "+").replace(/_/g, "/");
    while (base64.length % 4) base64 += "=";
    var binary = atob(base64);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes.buffer;
  }

  function toBase64url(buffer) {
    var bytes = new Uint8Array(buffer);
    var binary = "";
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }

  function withIds(list) {
    return (list || []).map(function (c) {
      var copy = Object.assign({}, c);
      copy.id = toBytes(c.id);
      return copy;
    });
  }

  function creationOptions(json) {
    var options = Object.assign({}, json.publicKey);
    options.challenge = toBytes(options.challenge);
    options.user = Object.assign({}, options.user, { id: toBytes(options.user.id) });
    options.excludeCredentials = withIds(options.excludeCredentials);
    return { publicKey: options };
  }

  function requestOptions(json) {
    var options = Object.assign({}, json.publicKey);
    options.challenge = toBytes(options.challenge);
    options.allowCredentials = withIds(options.allowCredentials);
    return { publicKey: options };
  }

  function registration(credential) {
    var response = credential.response;
    return {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: {
        attestationObject: toBase64url(response.attestationObject),
        clientDataJSON: toBase64url(response.clientDataJSON),
        transports: response.getTransports ? response.getTransports() : undefined
      },
      extensions: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {}
    };
  }

  function assertion(credential) {
    var response = credential.response;
    return {
      id: credential.id,
      rawId: toBase64url(credential.rawId),
      type: credential.type,
      response: {
        authenticatorData: toBase64url(response.authenticatorData),
        clientDataJSON: toBase64url(response.clientDataJSON),
        signature: toBase64url(response.signature),
        userHandle: response.userHandle ? toBase64url(response.userHandle) : null
      },
      extensions: credential.getClientExtensionResults ? credential.getClientExtensionResults() : {}
    };
  }

  // An error whose message is meant for people (already in their language).
  function shown(message) {
    var error = new Error(message);
    error.shown = true;
    return error;
  }

  // Posts JSON; answers the parsed body, or fails with the server's message.
  function post(url, body, csrf, failed) {
    var headers = { "Content-Type": "application/json" };
    if (csrf) headers["X-CSRF-Token"] = csrf;
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: headers,
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (!response.ok) throw shown(json.error || failed);
        return json;
      });
    });
  }

  function covers(rpId, host) {
    return rpId !== "" && (host === rpId || host.slice(-rpId.length - 1) === "." + rpId);
  }

  var supported = window.isSecureContext && window.PublicKeyCredential && navigator.credentials;

  document.querySelectorAll("button[data-passkey-start]").forEach(function (button) {
    var group = button.closest("[data-passkey-group]");
    var note = document.getElementById(button.getAttribute("data-note"));
    var error = document.getElementById(button.getAttribute("data-error"));
    var rpId = button.getAttribute("data-rp-id") || "";
    if (!supported) return;
    if (!covers(rpId, location.hostname)) {
      if (note) note.textContent = button.getAttribute("data-elsewhere");
      return;
    }
    if (group) group.hidden = false;
    if (note) note.hidden = true;
    var register = button.hasAttribute("data-csrf");
    var csrf = button.getAttribute("data-csrf");
    var failed = button.getAttribute("data-failed");

    function show(message) {
      if (!error) return;
      error.textContent = message;
      error.hidden = false;
    }

    button.addEventListener("click", function () {
      if (error) error.hidden = true;
      button.disabled = true;
      post(button.getAttribute("data-passkey-start"), {}, csrf, failed)
        .then(function (options) {
          var ceremony = register
            ? navigator.credentials.create(creationOptions(options))
            : navigator.credentials.get(requestOptions(options));
          return ceremony.catch(function () { throw shown(failed); });
        })
        .then(function (credential) {
          if (!credential) throw shown(failed);
          var body;
          if (register) {
            var name = document.getElementById(button.getAttribute("data-name"));
            body = { name: name ? name.value : "", credential: registration(credential) };
          } else {
            body = assertion(credential);
          }
          return post(button.getAttribute("data-passkey-finish"), body, csrf, failed);
        })
        .then(function (answer) {
          window.location.assign(answer.redirect);
        })
        .catch(function (e) {
          button.disabled = false;
          show(e && e.shown ? e.message : failed);
        });
    });
  });
})();
