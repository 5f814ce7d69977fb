// Loads the archive worker (Trunk's no-modules build of src/bin/archiver.rs), relative to this
// file.
importScripts("./archiver.js");
wasm_bindgen({ module_or_path: "./archiver_bg.wasm" });
