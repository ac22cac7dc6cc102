//! Maintainer tasks for openai-webhooks. Run `cargo xtask help`.

mod drift;
mod files;
mod regen;
mod snapshot;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <task> [options]

Tasks:
  regen       Fetch OpenAI's OpenAPI document, extract its webhook part and rewrite
              spec/openapi.webhooks.json, spec/provenance.json and the snapshot
              tests/snapshots/generated_events.rs. Prints what changed.
    --from <path-or-url>  Read this file or URL instead of upstream's openapi.yaml.
                          YAML and JSON both work; the content decides which.
    --url <url>           The URL that the --from file is a copy of. Required when
                          writing from a local file: provenance records URLs only.
    --commit <sha>        The upstream commit the document is at, when known. Read
                          from a raw.githubusercontent.com URL pinned to a commit.
    --check               Write nothing. Exit 0 if spec/ and the snapshot match what the
                          source gives, 1 (with a summary of the drift) if not.
  snapshot    Rewrite tests/snapshots/generated_events.rs from the current spec/.
  test        Run the whole test suite: `cargo test --workspace --all-features`, with any
              further arguments passed on (e.g. `cargo xtask test --test replicas`).
              Installs `redis-server` and `postgresql` with apt-get first if they are
              missing (as root, or with sudo), since the Redis and PostgreSQL tests
              start their own servers.
  help        Print this message.

Options for regen and snapshot:
  --root <dir>  The repository to work on (default: this checkout).

Downloads run the `curl` command, which must be installed.
Exit status: 0 success, 1 drift found by --check or a failing test, 2 error.
";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<ExitCode, String> {
    let mut args = args.into_iter();
    let task = args.next();
    if task.as_deref() == Some("test") {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
        return test::run(&root, &args.collect::<Vec<_>>());
    }
    let mut check = false;
    let mut from = None;
    let mut url = None;
    let mut commit = None;
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--from" => from = Some(args.next().ok_or("--from needs a path or URL")?),
            "--url" => url = Some(args.next().ok_or("--url needs a URL")?),
            "--commit" => commit = Some(args.next().ok_or("--commit needs a commit id")?),
            "--root" => root = PathBuf::from(args.next().ok_or("--root needs a directory")?),
            other => return Err(format!("unknown option `{other}`\n\n{USAGE}")),
        }
    }
    match task.as_deref() {
        None | Some("help" | "-h" | "--help") => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some("regen") => {
            let source = regen::Source {
                from: from.unwrap_or_else(|| regen::UPSTREAM_URL.to_owned()),
                url,
                commit,
            };
            regen::run(&root, &source, check)
        }
        Some("snapshot") => {
            let path = snapshot::refresh(&root)?;
            println!("wrote {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    }
}
