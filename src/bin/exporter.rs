//! The export Web Worker binary: Trunk builds it for wasm32 next to the app, and the app starts
//! it when the JSON or CSV is exported.

#[cfg(target_arch = "wasm32")]
fn main() {
    huitan::web::exporter::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("exporter: this is the browser app's export worker; it only runs in a browser.");
}
