// Progressive enhancement for the passcode page: the resend button waits until the service will accept a resend.
// Without this file the button simply always works, and an early click is answered with when to try again.
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-available-at]");
  Array.prototype.forEach.call(buttons, function (button) {
    var availableAt = Date.parse(button.getAttribute("data-available-at"));
    if (isNaN(availableAt)) {
      return;
    }
    var wait = availableAt - Date.now();
    if (wait <= 0) {
      return;
    }
    var note = document.getElementById(button.getAttribute("aria-describedby") || "");
    button.disabled = true;
    // A second late, so that the service's own clock has certainly passed the time too.
    window.setTimeout(function () {
      button.disabled = false;
      if (note) {
        note.hidden = true;
      }
    }, wait + 1000);
  });
})();
