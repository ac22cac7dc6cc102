//! Maintainer tasks for openai-webhooks. Run `cargo xtask help`.

mod drift;
mod files;
mod merge;
mod regen;
mod sdk;
mod snapshot;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
Usage: cargo xtask <task> [options]

Tasks:
  regen       Fetch OpenAI's OpenAPI document, extract its webhook part, merge in the
              webhook event models of OpenAI's Python SDK, and rewrite
              spec/openapi.webhooks.json, spec/provenance.json and the snapshot
              tests/snapshots/generated_events.rs. Prints how the two sources differ
              and what changed.
    --from <path-or-url>  Read this file or URL instead of upstream's openapi.yaml.
                          YAML and JSON both work; the content decides which.
    --url <url>           The URL that the --from file is a copy of. Required when
                          writing from a local file: provenance records URLs only.
    --commit <sha>        The upstream commit the document is at, when known. Read
                          from a raw.githubusercontent.com URL pinned to a commit.
    --sdk-version <ver>   Merge in the event models of `openai==<ver>` from PyPI
                          (installed in a throwaway virtual environment with
                          python3 -m venv and pip). Default: the version that
                          spec/provenance.json records, if any.
    --sdk-schema <path>   Merge in a schema exported earlier with `export-sdk`
                          instead (offline).
    --no-sdk              Use the published document alone.
    --check               Write nothing. Exit 0 if spec/ and the snapshot match what the
                          source gives, 1 (with a summary of the drift) if not.
  export-sdk  Install `openai==<ver>` in a throwaway virtual environment and print the
              JSON Schema of its webhook event models, with field docstrings and the
              wheel's SHA-256: the input of `regen --sdk-schema`.
    --sdk-version <ver>   Required.
    --out <path>          Write there instead of standard output.
  snapshot    Rewrite tests/snapshots/generated_events.rs from the current spec/.
  test        Run the whole test suite: `cargo test --workspace --all-features`, with any
              further arguments passed on (e.g. `cargo xtask test --test replicas`).
              Installs `redis-server` with apt-get first if it is missing (as root, or
              with sudo), since the Redis tests start their own server.
  help        Print this message.

Options for regen and snapshot:
  --root <dir>  The repository to work on (default: this checkout).

Downloads run the `curl` command, which must be installed; the SDK needs python3 with
venv and pip, and PyPI.
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
    let mut sdk = regen::Sdk::Recorded;
    let mut out = None;
    let mut root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--from" => from = Some(args.next().ok_or("--from needs a path or URL")?),
            "--url" => url = Some(args.next().ok_or("--url needs a URL")?),
            "--commit" => commit = Some(args.next().ok_or("--commit needs a commit id")?),
            "--sdk-version" => {
                sdk = regen::Sdk::Version(args.next().ok_or("--sdk-version needs a version")?)
            }
            "--sdk-schema" => {
                sdk = regen::Sdk::Schema(args.next().ok_or("--sdk-schema needs a path")?)
            }
            "--no-sdk" => sdk = regen::Sdk::None,
            "--out" => out = Some(PathBuf::from(args.next().ok_or("--out needs a path")?)),
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
                sdk,
            };
            regen::run(&root, &source, check)
        }
        Some("export-sdk") => {
            let regen::Sdk::Version(version) = sdk else {
                return Err(format!("export-sdk needs --sdk-version <ver>\n\n{USAGE}"));
            };
            let bytes = sdk::export(&version)?;
            match out {
                Some(path) => {
                    files::write_atomically(&path, &bytes)?;
                    println!("wrote {}", path.display());
                }
                None => print!("{}", String::from_utf8_lossy(&bytes)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Some("snapshot") => {
            let path = snapshot::refresh(&root)?;
            println!("wrote {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown task `{other}`\n\n{USAGE}")),
    }
}
