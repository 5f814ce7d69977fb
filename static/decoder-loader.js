// Loads the file-reading worker (Trunk's no-modules build of src/bin/decoder.rs), relative to
// this file.
importScripts("./decoder.js");
wasm_bindgen({ module_or_path: "./decoder_bg.wasm" });
