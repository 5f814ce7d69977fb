// Loads the export worker (Trunk's no-modules build of src/bin/exporter.rs), relative to this
// file.
importScripts("./exporter.js");
wasm_bindgen({ module_or_path: "./exporter_bg.wasm" });
