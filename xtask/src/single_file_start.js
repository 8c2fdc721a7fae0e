// The single file's start-up code, after the wasm-bindgen glue (it uses the glue's `initSync`)
// and the fzstd decoder (`self.fzstd`). The build puts the packed wasm's base64 in place of
// the stand-in below.
const wasmBase64 = "@wasm@";

// The base64 read by `Uint8Array.fromBase64` where the browser has it (one native call), else
// by `atob` and a loop over its characters.
const fromBase64 = (b64) => {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
  const packed = atob(b64);
  const bytes = new Uint8Array(packed.length);
  for (let i = 0; i < packed.length; i++) bytes[i] = packed.charCodeAt(i);
  return bytes;
};

// The app starts once the wasm is unpacked and, where the page shows the start page written
// by the build, once the browser has painted it.
let wasmBytes = null;
let painted = true;
let started = false;
const start = () => {
  if (started || !wasmBytes || !painted) return;
  started = true;
  const wasm = initSync({ module: wasmBytes });
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
};

const packedBytes = fromBase64(wasmBase64);
const startPage = document.getElementById("prerender");
if (startPage && document.documentElement.dataset.prerender !== "off" && document.visibilityState === "visible") {
  // The browser paints nothing while a script runs. So the wasm is unpacked in steps, a task
  // each, and the browser paints the start page between two of them; the app starts after the
  // painted frame (the task after the frame's callback) and the last step, whichever is later.
  // A page sent to the background gets no frames: it starts when it is unpacked.
  painted = false;
  const paint = () => {
    painted = true;
    start();
  };
  requestAnimationFrame(() => setTimeout(paint, 0));
  document.addEventListener("visibilitychange", paint, { once: true });
  const parts = [];
  let size = 0;
  const stream = new self.fzstd.Decompress((chunk, last) => {
    parts.push(chunk);
    size += chunk.length;
    if (!last) return;
    wasmBytes = new Uint8Array(size);
    let at = 0;
    for (const part of parts) {
      wasmBytes.set(part, at);
      at += part.length;
    }
    start();
  });
  // 32 KB of packed wasm a step: about one Zstandard block, a few milliseconds.
  const STEP = 32768;
  const steps = new MessageChannel();
  let next = 0;
  steps.port1.onmessage = () => {
    const end = Math.min(next + STEP, packedBytes.length);
    stream.push(packedBytes.subarray(next, end), end === packedBytes.length);
    next = end;
    if (next < packedBytes.length) steps.port2.postMessage(0);
  };
  steps.port2.postMessage(0);
} else {
  wasmBytes = self.fzstd.decompress(packedBytes);
  start();
}
