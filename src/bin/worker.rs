//! The Web Worker binary: Trunk builds it for wasm32 next to the app (`data-type="worker"` in
//! index.html), and the app starts it for texts too big to analyse on the page's thread.

#[cfg(target_arch = "wasm32")]
fn main() {
    huitan::web::worker::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("worker: this is the browser app's Web Worker; it only runs in a browser.");
}
