//! The pinyin Web Worker: Trunk builds it for wasm32 next to the app, and the app starts it
//! when the interface switches to English, to write people's names in pinyin.

#[cfg(target_arch = "wasm32")]
fn main() {
    huitan::web::names::run_worker();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("pinyin: this is the browser app's pinyin worker; it only runs in a browser.");
}
