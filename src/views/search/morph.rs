//! Brings the results' elements in line with newly written markup, changing only what differs.
//!
//! A keystroke writes the results anew as text; setting that as the container's HTML would make
//! the page lay out every hit and filter again (the filter panel alone costs milliseconds). Here
//! the new markup is read into an inert template ([`crate::markup::template`]) and compared with
//! the page's elements in order: equal parts are left alone (one call for a whole subtree), text
//! and attributes that changed are set, and nodes of another kind are replaced. Elements that
//! stay keep their focus and state.

use crate::markup::template;
use web_sys::{Element, Node};

/// Makes the children of `page` the same as `html`.
pub fn morph(page: &Element, html: &str) {
    match template::parse(page, html) {
        Some(new) => children(page, &new),
        None => page.set_inner_html(html),
    }
}

/// True when two nodes are of the same kind: both text, or elements of the same name.
fn same(a: &Node, b: &Node) -> bool {
    a.node_type() == b.node_type() && a.node_name() == b.node_name()
}

/// Makes the children of `old` (in the page) the same as those of `new` (detached). A node put
/// in or taken out (the link to clear the filters, "show more") leaves the nodes after it in
/// place.
fn children(old: &Node, new: &Node) {
    let mut o = old.first_child();
    let mut n = new.first_child();
    while let Some(nn) = n.take() {
        let Some(oo) = o.take() else {
            // Read before `nn` moves into the page.
            n = nn.next_sibling();
            let _ = old.append_child(&nn);
            continue;
        };
        if oo.is_equal_node(Some(&nn)) {
            (o, n) = (oo.next_sibling(), nn.next_sibling());
            continue;
        }
        if !same(&oo, &nn) {
            let after = oo.next_sibling();
            if after.as_ref().is_some_and(|a| same(a, &nn)) {
                let _ = old.remove_child(&oo);
                (o, n) = (after, Some(nn));
                continue;
            }
            n = nn.next_sibling();
            if n.as_ref().is_some_and(|b| same(b, &oo)) {
                let _ = old.insert_before(&nn, Some(&oo));
                o = Some(oo);
            } else {
                o = after;
                let _ = old.replace_child(&nn, &oo);
            }
            continue;
        }
        (o, n) = (oo.next_sibling(), nn.next_sibling());
        match (
            wasm_bindgen::JsCast::dyn_ref::<Element>(&oo),
            wasm_bindgen::JsCast::dyn_ref::<Element>(&nn),
        ) {
            (Some(oe), Some(ne)) => {
                attributes(oe, ne);
                children(&oo, &nn);
            }
            _ => oo.set_node_value(nn.node_value().as_deref()),
        }
    }
    while let Some(oo) = o {
        o = oo.next_sibling();
        let _ = old.remove_child(&oo);
    }
}

/// Gives `old` the attributes of `new`.
fn attributes(old: &Element, new: &Element) {
    for name in old.get_attribute_names().iter() {
        if let Some(name) = name.as_string() {
            if !new.has_attribute(&name) {
                let _ = old.remove_attribute(&name);
            }
        }
    }
    for name in new.get_attribute_names().iter() {
        if let Some(name) = name.as_string() {
            let value = new.get_attribute(&name);
            if old.get_attribute(&name) != value {
                let _ = old.set_attribute(&name, &value.unwrap_or_default());
            }
        }
    }
}
