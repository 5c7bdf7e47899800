// After a failed submission, the error summary (role="alert") gets the focus, so that keyboard and screen-reader
// users start at the list of what to fix; each entry links to its field. The summary also carries autofocus, which
// browsers skip in some cases (a page reached with a #fragment, a reload), hence this small file.
(function () {
  "use strict";
  function focusSummary() {
    var summary = document.querySelector(".error-summary");
    if (!summary || (document.activeElement && document.activeElement !== document.body && document.activeElement !== summary)) {
      return;
    }
    summary.focus();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", focusSummary);
  } else {
    focusSummary();
  }
})();
