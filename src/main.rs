//! Entry point: panic hook, then mount the app.

fn main() {
    summit_explorer::install_panic_hook();
    summit_explorer::mount();
}
