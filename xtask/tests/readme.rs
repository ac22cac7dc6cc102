//! The programs of the README and of `docs/*.md` build as a newcomer pastes them: each
//! ```rust block with a `main`, with the ```toml block before it in the same file, in a fresh
//! crate whose `openai-webhooks` line points at this checkout, under `-D warnings`. Doctests
//! cannot see this: they add a `main`, hide `# ` lines and allow warnings.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Block {
    /// The document, relative to the repository: `README.md`, `docs/cli.md`, …
    file: String,
    lang: String,
    text: String,
    line: usize,
}

impl Block {
    /// `README.md:62`, for messages.
    fn place(&self) -> String {
        format!("{}:{}", self.file, self.line)
    }
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// `README.md`, then every `docs/*.md` in name order.
fn documents() -> Vec<String> {
    let mut docs: Vec<String> = std::fs::read_dir(repo().join("docs"))
        .expect("docs/ is readable")
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".md"))
        .map(|name| format!("docs/{name}"))
        .collect();
    assert!(!docs.is_empty(), "docs/ holds no .md file");
    docs.sort();
    docs.insert(0, "README.md".to_owned());
    docs
}

/// The code blocks of every document, each document's in order.
fn blocks() -> Vec<Block> {
    documents()
        .iter()
        .flat_map(|file| blocks_of(file))
        .collect()
}

fn blocks_of(file: &str) -> Vec<Block> {
    let text = std::fs::read_to_string(repo().join(file)).unwrap();
    let mut out = Vec::new();
    let mut open: Option<Block> = None;
    for (i, line) in text.lines().enumerate() {
        match (line.strip_prefix("```"), open.take()) {
            (Some(lang), None) => {
                open = Some(Block {
                    file: file.to_owned(),
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
    assert!(open.is_none(), "{file} has an unclosed code block");
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
            "{}: a `# ` line shows on GitHub and does not compile when pasted",
            block.place()
        );
        let fragment = block.text.starts_with("// A fragment");
        assert!(
            is_program(block) || fragment,
            "{}: a block without `fn main()` must start with `// A fragment`",
            block.place()
        );
    }
}

/// Each `docs/*.md` also compiles as doctests, as the README does, from `src/lib.rs`.
#[test]
fn every_document_is_a_doctest() {
    let lib = std::fs::read_to_string(repo().join("src/lib.rs")).unwrap();
    for file in documents() {
        let include = format!("include_str!(\"../{file}\")");
        assert!(
            lib.contains(&include),
            "src/lib.rs does not compile {file} as doctests: add `#[doc = {include}]`"
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
    let mut built_from_readme = 0;
    for (i, block) in blocks.iter().enumerate() {
        if !is_rust(block) || !is_program(block) {
            continue;
        }
        let toml = blocks[..i]
            .iter()
            .rev()
            .take_while(|b| b.file == block.file)
            .find(|b| b.lang == "toml")
            .unwrap_or_else(|| panic!("{}: no ```toml block before it", block.place()));
        assert!(
            toml.text.contains("openai-webhooks"),
            "{}: its TOML block (line {}) does not name openai-webhooks",
            block.place(),
            toml.line
        );
        // `README.md` → `readme`, `docs/cli.md` → `cli`: part of a package name.
        let stem = Path::new(&block.file)
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .to_lowercase()
            .replace(|c: char| !c.is_ascii_alphanumeric(), "-");
        let name = format!("{stem}-line-{}", block.line);
        let dir = scratch.join(&name);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        std::fs::write(
            dir.join("Cargo.toml"),
            format!(
                "[package]\nname = \"{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[workspace]\n\n{}\n",
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
            "{}, built with the TOML block at line {}:\n{}",
            block.place(),
            toml.line,
            String::from_utf8_lossy(&out.stderr)
        );
        built += 1;
        if block.file == "README.md" {
            built_from_readme += 1;
        }
    }
    // The quick start, axum, actix-web and the tower layer.
    assert!(
        built_from_readme >= 4,
        "only {built_from_readme} README programs found ({built} in all)"
    );
}
