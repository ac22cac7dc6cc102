//! Lines on stdout and stderr, flushed at once so a pipe sees each as it happens.

//!
//! Every line passes through [`redact`]: remote answers and echoed arguments could hold the
//! secret, and it is never shown.

use std::io::Write;
use std::sync::OnceLock;

use crate::secret::redact;

static SECRETS: OnceLock<Vec<String>> = OnceLock::new();

/// Sets the secrets to hide from every later line (once, at start-up).
pub fn hide(secrets: Vec<String>) {
    let _ = SECRETS.set(secrets);
}

fn hidden(text: &str) -> String {
    redact(text, SECRETS.get().map_or(&[], Vec::as_slice))
}

/// Writes one line to stdout. A closed stdout is ignored: the command's work still counts.
pub fn line(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", hidden(text)).and_then(|()| out.flush());
}

/// Writes one `error: …` line to stderr.
pub fn error(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "error: {}", hidden(text)).and_then(|()| err.flush());
}

/// Folds remote or multi-line text into one line of at most `max` characters.
pub fn one_line(text: &str, max: usize) -> String {
    let folded = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    match folded.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &folded[..cut]),
        None => folded,
    }
}

#[cfg(test)]
mod tests {
    use super::one_line;

    #[test]
    fn folds_and_bounds() {
        assert_eq!(one_line("  a\r\n\tb \u{7}c  ", 10), "a b c");
        assert_eq!(one_line("ééééé", 3), "ééé…");
        assert_eq!(one_line("abc", 3), "abc");
        assert_eq!(one_line("", 3), "");
    }
}
