//! The archive Web Worker binary: Trunk builds it for wasm32 next to the app, and the archive
//! view starts it to read, analyse and merge an archive's thousands of articles.

#[cfg(target_arch = "wasm32")]
fn main() {
    huitan::web::archive::worker::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("archiver: this is the browser app's archive worker; it only runs in a browser.");
}
