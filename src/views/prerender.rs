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
use crate::markup::{el, el_text, link, Attr, Href};
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
    el(
        &mut out,
        "div",
        &[Attr::Value("id", ELEMENT_ID)],
        &mut |out| {
            el(out, "header class=\"site-header\"", &[], &mut |out| {
                el(out, "div class=\"brand\"", &[], &mut |out| {
                    let home = Href::route(&Route::Library(SortOrder::Newest));
                    link(out, &home, "class=\"brand-name\"", &[], t.app_name);
                    el_text(out, "span class=\"brand-tagline\"", &[], t.tagline);
                });
                el(
                    out,
                    "nav",
                    &[Attr::Value("aria-label", t.nav_label)],
                    &mut |out| {
                        for entry in &NAV {
                            let here = entry.view == View::Library;
                            let attrs = [
                                Attr::Fixed(match here {
                                    true => "class=\"nav-link is-active\"",
                                    false => "class=\"nav-link\"",
                                }),
                                Attr::Value("data-testid", entry.test_id),
                                Attr::Fixed(if here { "aria-current=\"page\"" } else { "" }),
                            ];
                            if let Some(route) = Route::start_of(entry.view) {
                                link(out, &Href::route(&route), "", &attrs, (entry.label)(t));
                            }
                        }
                    },
                );
                let toggle = [
                    Attr::Value("aria-label", t.switch_language_label),
                    Attr::Value("lang", lang.other().code()),
                ];
                el_text(
                    out,
                    "button class=\"lang-toggle\" type=\"button\" data-testid=\"lang-toggle\"",
                    &toggle,
                    t.switch_language,
                );
            });
            el(out, "main id=\"main\" tabindex=\"-1\"", &[], &mut |out| {
                el(out, "div class=\"share-bar\"", &[], &mut |out| {
                    el_text(
                        out,
                        "button type=\"button\" data-testid=\"copy-link\"",
                        &[],
                        t.share_copy_link,
                    );
                    el_text(out, "button type=\"button\" aria-haspopup=\"dialog\" data-testid=\"embed-open\"", &[], t.share_embed);
                    el_text(out, "span class=\"share-status\" role=\"status\"", &[], "");
                });
                el(out, "section class=\"library\"", &[], &mut |out| {
                    out.push_str(&library_html(c, lang, SortOrder::Newest));
                });
            });
            el(out, "footer class=\"site-footer\"", &[], &mut |out| {
                el_text(out, "p", &[], t.footer);
            });
        },
    );
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
