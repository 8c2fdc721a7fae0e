/* NATO Summit Explorer: sizes the explorer's iframes to their content. Load it once in a page
   that embeds the explorer in an iframe:

     <script src="https://example.org/explorer/summit-explorer-host.js" defer></script>

   An embedded explorer (summit-explorer.html?embed#/…) posts messages to this page:
   "nato-summit-explorer:ready", "nato-summit-explorer:height" { height } and
   "nato-summit-explorer:route" { link, url } when the person opens another view. This script
   sets each frame's height and fires the message as an event on its iframe element
   (frame.addEventListener("nato-summit-explorer:route", e => e.detail.link)). To change what a
   frame shows: frame.contentWindow.postMessage({ type: "nato-summit-explorer:set",
   view: "timeline", query: "drones" }, "*"). */
(function () {
  "use strict";
  var PREFIX = "nato-summit-explorer:";
  window.addEventListener("message", function (e) {
    var d = e.data;
    if (!d || typeof d !== "object" || typeof d.type !== "string" || d.type.indexOf(PREFIX) !== 0) return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== e.source) continue;
      if (d.type === PREFIX + "height" && typeof d.height === "number" && d.height > 0 && d.height < 100000) {
        frame.style.height = Math.ceil(d.height) + "px";
      }
      frame.dispatchEvent(new CustomEvent(d.type, { detail: d }));
    }
  });
  // Frames are greeted now (those that started before this script did) and whenever one has
  // loaded, and answer with their height.
  function greet(frame) {
    if (frame.contentWindow) frame.contentWindow.postMessage({ type: PREFIX + "hello" }, "*");
  }
  var frames = document.getElementsByTagName("iframe");
  for (var i = 0; i < frames.length; i++) {
    greet(frames[i]);
    frames[i].addEventListener("load", function (e) { greet(e.target); });
  }
})();
