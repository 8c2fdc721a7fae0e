//! The views, one folder or file each; [`shell::App`] routes between them and is the only module
//! that knows them all. A view reads the app-wide contexts of [`crate::context`] and its own URL
//! state (`state.rs` in its folder), never another view.

pub mod compare;
pub mod figures;
pub mod glossary;
pub mod library;
pub mod prerender;
pub mod reader;
pub mod search;
pub mod shell;
pub mod timeline;
