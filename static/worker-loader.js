// Loads the analysis worker (Trunk's no-modules build of src/bin/worker.rs), relative to this
// file so that the app works from any sub-path.
importScripts("./worker.js");
wasm_bindgen({ module_or_path: "./worker_bg.wasm" });
