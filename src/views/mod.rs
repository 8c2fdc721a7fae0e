//! The views, one file each; [`shell::App`] routes between them.

pub mod library;
pub mod placeholder;
pub mod reader;
pub mod search;
pub mod shell;
