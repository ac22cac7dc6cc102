//! Reading payloads and captures from files or stdin.

use std::io::{IsTerminal, Read};
use std::path::Path;

use crate::failure::Failure;

/// The bytes of `path`, or of stdin for `-`, exactly as they are.
pub fn read(path: &Path) -> Result<Vec<u8>, Failure> {
    if path == Path::new("-") {
        let mut stdin = std::io::stdin().lock();
        if stdin.is_terminal() {
            return Err(Failure::Usage(
                "no payload: give a FILE or pipe the body on stdin".into(),
            ));
        }
        let mut bytes = Vec::new();
        stdin
            .read_to_end(&mut bytes)
            .map_err(|e| Failure::Usage(format!("cannot read stdin: {e}")))?;
        return Ok(bytes);
    }
    std::fs::read(path).map_err(|e| Failure::Usage(format!("cannot read {}: {e}", path.display())))
}
