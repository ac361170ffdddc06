//! Browser glue, one concern per module: the address (`url`), the document as a whole
//! (`document`), where things are on screen (`viewport`), downloads, reading a dataset
//! file (`data_file`), the clipboard and sharing, what an embed tells its host
//! (`embed_messages`), timing, and observers and listeners that release themselves when
//! their component goes away (`observe`, `listeners`). Small functions, each in one place;
//! every browser API that can fail degrades to "nothing happens" instead of a panic.
//!
//! Callers name them as `browser::…`: the modules are how this code is kept, not a
//! distinction a caller needs to make.
//!
//! The prerenderer compiles this module too, for the components that call it, but
//! runs none of their effects: what only effects and the takeover use is unused there.
#![cfg_attr(not(feature = "csr"), allow(dead_code, unused_imports))]

mod clipboard;
mod data_file;
mod document;
mod download;
mod embed_messages;
mod listeners;
mod observe;
mod timing;
mod url;
mod viewport;

pub(crate) use self::clipboard::*;
pub(crate) use self::data_file::*;
pub(crate) use self::document::*;
pub(crate) use self::download::*;
pub(crate) use self::embed_messages::*;
pub(crate) use self::listeners::*;
pub(crate) use self::observe::*;
pub(crate) use self::timing::*;
pub(crate) use self::url::*;
pub(crate) use self::viewport::*;

/// The browser window; natively (the prerenderer) there is none, so every function here
/// degrades to "nothing happens" there too instead of calling into a missing browser.
fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

fn document() -> Option<web_sys::Document> {
    window()?.document()
}
