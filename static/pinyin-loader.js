// Loads the pinyin worker (Trunk's no-modules build of src/bin/pinyin.rs), relative to this file.
importScripts("./pinyin.js");
wasm_bindgen({ module_or_path: "./pinyin_bg.wasm" });
