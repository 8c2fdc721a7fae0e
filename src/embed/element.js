/* NATO Summit Explorer: the <nato-summit-explorer> element. Made by `cargo xtask build` from
   src/embed/element.js, with the explorer (WebAssembly, packed) and its stylesheet inside.
   Load it once per page, from where the explorer is hosted (or next to summit-explorer.html
   on disk), and place elements:

     <script src="https://example.org/explorer/summit-explorer-embed.js" defer></script>
     <nato-summit-explorer view="timeline" query="drones" lang="en"></nato-summit-explorer>

   Attributes: view (library, reader, search, timeline, compare), query, letter (an id, or
   id/p/N for a paragraph), range (YYYY-MM-DD/YYYY-MM-DD), lang (nl, en), link (a link of the
   explorer, #/…, which wins). Change them at any time. Each element has its own state in its own
   shadow root: the host's styles do not reach it, its styles do not leave it, and the page's
   address is left alone. When the person opens another view, the element fires the event
   "nato-summit-explorer:route" with detail { link, url }. */
(function () {
  "use strict";
  var NAME = "nato-summit-explorer";
  if (!window.customElements || window.customElements.get(NAME)) return;
  var here = (document.currentScript && document.currentScript.src) || location.href;
  var base = here.slice(0, here.split(/[?#]/)[0].lastIndexOf("/") + 1);
  var full = base + (base.indexOf("file:") === 0 ? "summit-explorer.html" : "index.html");
  var ATTRS = ["view", "query", "letter", "range", "link", "lang"];
  var css = "/*CSS*/";
  var app = null;

  /* Starts the explorer once, for every element of the page. */
  function start() {
    if (app) return app;
    window.__summitEmbed = true;
    /*DECODER*/
    /*GLUE*/
    /* The wasm's base64, read in one native call where the browser can (as the single file). */
    var b64 = "/*WASM*/";
    var bytes;
    if (Uint8Array.fromBase64) {
      bytes = Uint8Array.fromBase64(b64);
    } else {
      var packed = atob(b64);
      bytes = new Uint8Array(packed.length);
      for (var i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
    }
    initSync({ module: self.fzstd.decompress(bytes) });
    app = { mount: mount_embed };
    return app;
  }

  function values(el) {
    return ATTRS.map(function (a) {
      var v = el.getAttribute(a);
      return v === null ? undefined : v;
    });
  }

  class NatoSummitExplorer extends HTMLElement {
    static get observedAttributes() { return ATTRS; }

    connectedCallback() {
      if (this._handle) return;
      var root = this.shadowRoot || this.attachShadow({ mode: "open" });
      root.textContent = "";
      var style = document.createElement("style");
      style.textContent = css;
      var mount = document.createElement("div");
      mount.className = "embed-root";
      root.appendChild(style);
      root.appendChild(mount);
      var el = this;
      try {
        var v = values(this);
        this._handle = start().mount(mount, full, function (link, url) {
          el.dispatchEvent(new CustomEvent(NAME + ":route", { detail: { link: link, url: url }, bubbles: true }));
        }, v[0], v[1], v[2], v[3], v[4], v[5]);
        this.setAttribute("data-state", "ready");
      } catch (e) {
        mount.textContent = "The explorer could not start in this browser.";
        this.setAttribute("data-state", "failed");
        console.error(NAME + ": " + (e && e.message ? e.message : e));
      }
    }

    disconnectedCallback() {
      if (!this._handle) return;
      this._handle.unmount();
      this._handle.free();
      this._handle = null;
      this.removeAttribute("data-state");
    }

    attributeChangedCallback() {
      if (!this._handle) return;
      var v = values(this);
      this._handle.set(v[0], v[1], v[2], v[3], v[4], v[5]);
    }
  }

  window.customElements.define(NAME, NatoSummitExplorer);
})();
