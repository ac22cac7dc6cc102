//! Fresh delivery and event ids, and the check for ids given on the command line.

use crate::failure::Failure;

/// A fresh random id such as `msg_3f9c…` (16 random bytes in hex after the prefix).
pub fn fresh(prefix: &str) -> Result<String, Failure> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| Failure::Failed(format!("no randomness for a fresh id: {e}")))?;
    let mut id = String::with_capacity(prefix.len() + 32);
    id.push_str(prefix);
    for b in bytes {
        id.push(char::from(HEX[usize::from(b >> 4)]));
        id.push(char::from(HEX[usize::from(b & 0xf)]));
    }
    Ok(id)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// Refuses an id that could not travel as one header value on one line.
pub fn check(option: &str, id: &str) -> Result<(), Failure> {
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_graphic()) {
        return Err(Failure::Usage(format!(
            "{option} must be printable ASCII without spaces"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_ids_differ_and_look_right() {
        let (a, b) = (fresh("msg_").unwrap(), fresh("msg_").unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 4 + 32);
        assert!(a.starts_with("msg_"));
        assert!(a[4..].bytes().all(|c| c.is_ascii_hexdigit()));
    }

    #[test]
    fn checked_ids() {
        assert!(check("--id", "msg_1").is_ok());
        for bad in ["", "a b", "a\nb", "é"] {
            assert!(check("--id", bad).is_err(), "{bad:?}");
        }
    }
}
