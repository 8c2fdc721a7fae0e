//! The page as the app first draws it at its start address (the library, newest first, in
//! Dutch), written as markup for the build to put into `index.html` and the single file.
//!
//! A person sees the letters as soon as the page is read instead of after the app has started
//! (the wasm is unpacked, compiled and started first); the app then takes the page over: it
//! removes this copy and draws its own, the same, in one step. The page's start-up script hides
//! the copy when the address or the stored language asks for another page. A browser test holds
//! this markup against what the app draws: the same elements, attributes and text, but for the
//! skip link (its `#main` would become the app's address if followed before the app runs) and the
//! closed embed dialog, which show nothing.

use crate::i18n::Lang;
use crate::markup::{attr, link, text};
use crate::route::{Route, SortOrder, View};
use crate::views::library::library_html;
use crate::views::shell::NAV;
use summit_core::Corpus;

/// The `id` of the element that holds the copy; the app removes it when it starts.
pub const ELEMENT_ID: &str = "prerender";

/// The page at the start address: header, share bar, library and footer, in an element with id
/// [`ELEMENT_ID`] that takes no box of its own.
pub fn page_html(c: &Corpus) -> String {
    let lang = Lang::default();
    let t = lang.t();
    let mut out = String::with_capacity(8 * 1024);
    out.push_str("<div");
    attr(&mut out, "id", ELEMENT_ID);
    out.push_str("><header class=\"site-header\"><div class=\"brand\">");
    link(&mut out, "#/", " class=\"brand-name\"", t.app_name);
    out.push_str("<span class=\"brand-tagline\">");
    text(&mut out, t.tagline);
    out.push_str("</span></div><nav");
    attr(&mut out, "aria-label", t.nav_label);
    out.push('>');
    for entry in &NAV {
        let mut extra = String::new();
        let class = match entry.view == View::Library {
            true => "nav-link is-active",
            false => "nav-link",
        };
        attr(&mut extra, "class", class);
        attr(&mut extra, "data-testid", entry.test_id);
        if entry.view == View::Library {
            attr(&mut extra, "aria-current", "page");
        }
        let href = Route::start_of(entry.view)
            .map(|r| r.href())
            .unwrap_or_default();
        link(&mut out, &href, &extra, (entry.label)(t));
    }
    out.push_str("</nav><button class=\"lang-toggle\" type=\"button\" data-testid=\"lang-toggle\"");
    attr(&mut out, "aria-label", t.switch_language_label);
    attr(&mut out, "lang", lang.other().code());
    out.push('>');
    text(&mut out, t.switch_language);
    out.push_str("</button></header><main id=\"main\" tabindex=\"-1\"><div class=\"share-bar\">");
    out.push_str("<button type=\"button\" data-testid=\"copy-link\">");
    text(&mut out, t.share_copy_link);
    out.push_str(
        "</button><button type=\"button\" aria-haspopup=\"dialog\" data-testid=\"embed-open\">",
    );
    text(&mut out, t.share_embed);
    out.push_str("</button><span class=\"share-status\" role=\"status\"></span></div>");
    out.push_str("<section class=\"library\">");
    out.push_str(&library_html(c, lang, SortOrder::Newest));
    out.push_str("</section></main><footer class=\"site-footer\"><p>");
    text(&mut out, t.footer);
    out.push_str("</p></footer></div>");
    out
}

/// Removes the copy from the page, if it is there: the app is about to draw its own.
pub fn remove() {
    if let Some(copy) = leptos::prelude::document().get_element_by_id(ELEMENT_ID) {
        copy.remove();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_holds_the_header_the_library_and_the_footer_in_dutch() {
        let c = crate::data::corpus().unwrap();
        let html = page_html(c);
        assert!(html.starts_with("<div id=\"prerender\"><header class=\"site-header\">"));
        assert!(html.ends_with("</footer></div>"));
        assert!(html.contains(&library_html(c, Lang::Nl, SortOrder::Newest)));
        assert_eq!(html.matches("class=\"nav-link").count(), NAV.len());
        assert_eq!(html.matches("aria-current=\"page\"").count(), 1);
        assert!(html.contains(
            "<a href=\"#/\" class=\"nav-link is-active\" data-testid=\"nav-library\" aria-current=\"page\">Bibliotheek</a>"
        ));
        assert!(html.contains("lang=\"en\">English</button>"));
        assert!(!html.contains("<dialog") && !html.contains("skip-link"));
        assert_eq!(html.matches("<main").count(), 1);
    }
}
