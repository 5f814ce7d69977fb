//! The web app's entry point: Trunk builds this binary for wasm32 and it mounts `huitan::web::App`.

#[cfg(target_arch = "wasm32")]
fn main() {
    huitan::web::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!(
        "huitan: this is the browser app; run `make serve` and open http://127.0.0.1:8080/ (for the command line: `cargo run --release --bin extract -- FILE`)."
    );
}
