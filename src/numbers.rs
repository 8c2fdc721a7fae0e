//! Whole numbers written as text without `format!` (which would bring float and padding code
//! into the single file): for markup and for links alike.

/// Appends a whole number.
pub fn number(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    let mut digits = [0u8; 20];
    let mut len = 0;
    let mut v = n.unsigned_abs();
    loop {
        digits[len] = b'0' + (v % 10) as u8;
        len += 1;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.extend(digits[..len].iter().rev().map(|&d| char::from(d)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_whole() {
        let mut s = String::new();
        for n in [0, 7, -42, 1_000_000] {
            number(&mut s, n);
            s.push(' ');
        }
        assert_eq!(s, "0 7 -42 1000000 ");
    }
}
