// Small helpers; the pages work without scripts. On an article opened from an event, bring the sentence into view.
(function () {
  var focus = document.querySelector("article#text .focus");
  if (focus && !window.location.hash) { focus.scrollIntoView({block: "center"}); }
})();
