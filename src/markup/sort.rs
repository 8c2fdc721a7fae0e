//! Ordering the short lists a view writes (table rows, chart labels) before they are written.

/// Sorts a short list in place, stable, by `less`. The standard sorts compile a few kilobytes of
/// code for each element type and order; these lists hold a few dozen items at most, for which
/// insertion is as fast.
pub fn sort_short<T>(v: &mut [T], less: &dyn Fn(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_lists_sort_stably() {
        let mut v = [(2, 'a'), (1, 'b'), (2, 'c'), (0, 'd')];
        sort_short(&mut v, &|a, b| a.0 < b.0);
        assert_eq!(v, [(0, 'd'), (1, 'b'), (2, 'a'), (2, 'c')]);
    }
}
