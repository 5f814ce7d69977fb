//! The archive view's binary: Trunk builds it for wasm32 as a no-modules script
//! (`data-type="worker"` in index.html) that `static/archive-loader.js` loads on the page's own
//! thread when an archive is first opened, so that none of it weighs on the first load.

#[cfg(target_arch = "wasm32")]
fn main() {
    huitan::web::archive::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("archive: this is the browser app's archive view; it only runs in a browser.");
}
