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
   "nato-summit-explorer:route" with detail { link, url }.

   A guest in the page: the script defines no global (only the element's name), each element
   runs its own instance of the explorer (its own memory: a failure in one leaves the others
   working, and shows its message in that element alone), and nothing moves the page's scroll
   position or focus unless the person acts inside the element. */
(function () {
  "use strict";
  var NAME = "nato-summit-explorer";
  if (!window.customElements || window.customElements.get(NAME)) return;
  var here = (document.currentScript && document.currentScript.src) || location.href;
  var base = here.slice(0, here.split(/[?#]/)[0].lastIndexOf("/") + 1);
  var full = base + (base.indexOf("file:") === 0 ? "summit-explorer.html" : "index.html");
  var ATTRS = ["view", "query", "letter", "range", "link", "lang"];
  var css = "/*CSS*/";
  /* Shown in an element whose explorer failed, in both languages (the explorer's own
     messages are gone with it). */
  var FAILED = "Er ging iets mis in de verkenner. \u00b7 Something went wrong in the explorer.";
  var compiled = null;

  /* The explorer compiled once for the page (unpacked by a decoder of its own: with an AMD or
     CommonJS loader on the page, a decoder that installs itself would go to the loader). */
  function compile() {
    if (compiled) return compiled;
    var fzstd = (function () {
      var module = { exports: {} }, exports = module.exports, define;
      /*DECODER*/
      ;return module.exports;
    })();
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
    compiled = new WebAssembly.Module(fzstd.decompress(bytes));
    return compiled;
  }

  /* A new instance of the explorer, for one element: the wasm-bindgen glue evaluated anew, so
     that each element has its own memory and its own state. */
  function instance(module) {
    /*GLUE*/
    initSync({ module: module });
    return { mount: mount_embed };
  }

  function values(el) {
    return ATTRS.map(function (a) {
      var v = el.getAttribute(a);
      return v === null ? undefined : v;
    });
  }

  /* The element's explorer failed: it says so in the element, and is not called again. */
  function failed(el, mount, e) {
    el._handle = null;
    el.setAttribute("data-state", "failed");
    if (!mount.querySelector("#fatal-error")) {
      var note = document.createElement("p");
      note.setAttribute("role", "alert");
      note.className = "notice notice--error";
      note.textContent = FAILED;
      mount.insertBefore(note, mount.firstChild);
    }
    console.error(NAME + ": " + (e && e.message ? e.message : e));
  }

  class NatoSummitExplorer extends HTMLElement {
    static get observedAttributes() { return ATTRS; }

    connectedCallback() {
      if (this._handle || this._mount) return;
      var root = this.shadowRoot || this.attachShadow({ mode: "open" });
      root.textContent = "";
      var style = document.createElement("style");
      style.textContent = css;
      var mount = document.createElement("div");
      mount.className = "embed-root";
      root.appendChild(style);
      root.appendChild(mount);
      this._mount = mount;
      var el = this;
      try {
        var v = values(this);
        this._handle = instance(compile()).mount(mount, full, function (link, url) {
          el.dispatchEvent(new CustomEvent(NAME + ":route", { detail: { link: link, url: url }, bubbles: true }));
        }, v[0], v[1], v[2], v[3], v[4], v[5]);
        this.setAttribute("data-state", "ready");
      } catch (e) {
        failed(this, mount, e);
      }
    }

    disconnectedCallback() {
      var handle = this._handle;
      this._handle = null;
      this._mount = null;
      if (!handle) return;
      this.removeAttribute("data-state");
      try {
        handle.unmount();
        handle.free();
      } catch (e) {
        console.error(NAME + ": " + (e && e.message ? e.message : e));
      }
    }

    attributeChangedCallback() {
      if (!this._handle) return;
      var v = values(this);
      try {
        this._handle.set(v[0], v[1], v[2], v[3], v[4], v[5]);
      } catch (e) {
        failed(this, this._mount, e);
      }
    }
  }

  window.customElements.define(NAME, NatoSummitExplorer);
})();
