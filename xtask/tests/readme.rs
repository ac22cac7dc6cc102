//! The README's programs build as a newcomer pastes them: each ```rust block with a `main`,
//! with the ```toml block before it, in a fresh crate whose `openai-webhooks` line points at
//! this checkout, under `-D warnings`. Doctests cannot see this: they add a `main`, hide
//! `# ` lines and allow warnings.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Block {
    lang: String,
    text: String,
    line: usize,
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn blocks() -> Vec<Block> {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in readme.lines().enumerate() {
        match (line.strip_prefix("```"), open.take()) {
            (Some(lang), None) => {
                open = Some(Block {
                    lang: lang.trim().to_owned(),
                    text: String::new(),
                    line: i + 1,
                })
            }
            (Some(_), Some(block)) => out.push(block),
            (None, Some(mut block)) => {
                block.text.push_str(line);
                block.text.push('\n');
                open = Some(block);
            }
            (None, None) => {}
        }
    }
    assert!(open.is_none(), "README.md has an unclosed code block");
    out
}

fn is_rust(block: &Block) -> bool {
    block.lang.split(',').next() == Some("rust")
}

fn is_program(block: &Block) -> bool {
    block.text.contains("fn main()")
}

#[test]
fn rust_blocks_are_programs_or_say_they_are_fragments() {
    for block in blocks().iter().filter(|b| is_rust(b)) {
        let hidden = block.text.lines().any(|l| l == "#" || l.starts_with("# "));
        assert!(
            !hidden,
            "README.md:{}: a `# ` line shows on GitHub and does not compile when pasted",
            block.line
        );
        let fragment = block.text.starts_with("// A fragment");
        assert!(
            is_program(block) || fragment,
            "README.md:{}: a block without `fn main()` must start with `// A fragment`",
            block.line
        );
    }
}

/// `openai-webhooks = { version = "0.1", … }` (or `= "0.1"`) → a path dependency on this
/// checkout, as a user of an unreleased crate writes it.
fn with_path_dependency(toml: &str) -> String {
    let path = repo().canonicalize().unwrap();
    let path = path.display();
    toml.lines()
        .map(|line| {
            let Some(rest) = line.strip_prefix("openai-webhooks = ") else {
                return line.to_owned();
            };
            let rest = rest.trim();
            if let Some(table) = rest.strip_prefix('{') {
                let fields: Vec<&str> = table
                    .trim_end_matches('}')
                    .split(", ")
                    .filter(|f| {
                        let f = f.trim_start();
                        !f.starts_with("version") && !f.starts_with("path") && !f.trim().is_empty()
                    })
                    .collect();
                let mut fields = fields.join(", ");
                if !fields.is_empty() {
                    fields.insert_str(0, ", ");
                }
                format!("openai-webhooks = {{ path = \"{path}\"{fields} }}")
            } else {
                format!("openai-webhooks = {{ path = \"{path}\" }}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn programs_build_as_pasted() {
    let blocks = blocks();
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme-programs");
    // One target directory for all of them: they share most dependencies.
    let target = scratch.join("target");
    let mut built = 0;
    for (i, block) in blocks.iter().enumerate() {
        if !is_rust(block) || !is_program(block) {
            continue;
        }
        let toml = blocks[..i]
            .iter()
            .rev()
            .find(|b| b.lang == "toml")
            .unwrap_or_else(|| panic!("README.md:{}: no ```toml block before it", block.line));
        assert!(
            toml.text.contains("openai-webhooks"),
            "README.md:{}: its TOML block (line {}) does not name openai-webhooks",
            block.line,
            toml.line
        );
        let dir = scratch.join(format!("line-{}", block.line));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"readme-line-{}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n{}\n",
                block.line,
                with_path_dependency(&toml.text)
            ),
        )
        .unwrap();
        // The versions this repository is tested with.
        std::fs::copy(repo().join("Cargo.lock"), dir.join("Cargo.lock")).unwrap();
        std::fs::write(dir.join("src/main.rs"), &block.text).unwrap();
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let out = Command::new(cargo)
            .args(["build", "--quiet"])
            .current_dir(&dir)
            .env("CARGO_TARGET_DIR", &target)
            .env("RUSTFLAGS", "-D warnings")
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "README.md:{}, built with the TOML block at line {}:\n{}",
            block.line,
            toml.line,
            String::from_utf8_lossy(&out.stderr)
        );
        built += 1;
    }
    assert!(built >= 4, "only {built} README programs found");
}
