//! Entry point: panic hook, working memory, then mount the app.

fn main() {
    summit_explorer::install_panic_hook();
    summit_explorer::memory::reserve();
    summit_explorer::mount();
}
