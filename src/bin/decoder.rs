//! The file-reading Web Worker binary: Trunk builds it for wasm32 next to the app, and the app
//! starts it when a file is opened, to decode GBK, GB18030, Big5 and UTF-16.

#[cfg(target_arch = "wasm32")]
fn main() {
    huitan::web::decoder::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("decoder: this is the browser app's file-reading worker; it only runs in a browser.");
}
