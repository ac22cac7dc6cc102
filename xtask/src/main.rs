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

use clap::{Args, Parser, Subcommand};

/// Maintainer tasks for openai-webhooks.
///
/// Exit status: 0 success, 1 drift found by --check or a failing test, 2 error.
#[derive(Debug, Parser)]
#[command(name = "cargo xtask", bin_name = "cargo xtask")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Subcommand)]
enum Task {
    /// Rewrite spec/ from OpenAI's published document and Python SDK
    ///
    /// Fetch OpenAI's OpenAPI document, extract its webhook part, merge in the webhook event
    /// models of OpenAI's Python SDK, and rewrite spec/openapi.webhooks.json,
    /// spec/provenance.json and the snapshot tests/snapshots/generated_events.rs. Prints how
    /// the two sources differ and what changed. Downloads run `curl`; the SDK needs python3
    /// with venv and pip, and PyPI.
    Regen(RegenArgs),
    /// Export the SDK's webhook event models as JSON Schema, for `regen --sdk-schema`
    ///
    /// Install `openai==<ver>` in a throwaway virtual environment and print the JSON Schema
    /// of its webhook event models, with field docstrings and the wheel's SHA-256: the input
    /// of `regen --sdk-schema`.
    ExportSdk(ExportArgs),
    /// Rewrite tests/snapshots/generated_events.rs from the current spec/
    Snapshot(RootArg),
    /// Run the whole test suite, starting the servers it needs
    ///
    /// Run `cargo test --workspace --all-features`, with any further
    /// arguments passed on (e.g. `cargo xtask test --test replicas`). Installs the servers the
    /// tests start (redis-server, PostgreSQL) with apt-get first if they are missing, saying which
    /// and why.
    #[command(disable_help_flag = true)]
    Test {
        /// Passed on to `cargo test`.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

#[derive(Debug, Args)]
struct RootArg {
    /// The repository to work on (default: this checkout).
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct RegenArgs {
    /// Read this file or URL instead of upstream's openapi.yaml. YAML and JSON both work;
    /// the content decides which.
    #[arg(long, value_name = "PATH_OR_URL")]
    from: Option<String>,
    /// The URL that the --from file is a copy of. Required when writing from a local file:
    /// provenance records URLs only.
    #[arg(long)]
    url: Option<String>,
    /// The upstream commit the document is at, when known. Read from a
    /// raw.githubusercontent.com URL pinned to a commit.
    #[arg(long, value_name = "SHA")]
    commit: Option<String>,
    /// Merge in the event models of `openai==<ver>` from PyPI. Default: the version that
    /// spec/provenance.json records, if any.
    #[arg(long, value_name = "VER", group = "sdk")]
    sdk_version: Option<String>,
    /// Merge in a schema exported earlier with `export-sdk` instead (offline).
    #[arg(long, value_name = "PATH", group = "sdk")]
    sdk_schema: Option<String>,
    /// Use the published document alone.
    #[arg(long, group = "sdk")]
    no_sdk: bool,
    /// Write nothing. Exit 0 if spec/ and the snapshot match what the sources give, 1 (with
    /// a summary of the drift) if not.
    #[arg(long)]
    check: bool,
    #[command(flatten)]
    root: RootArg,
}

#[derive(Debug, Args)]
struct ExportArgs {
    /// The `openai` release to export, such as 3.57.0.
    #[arg(long, value_name = "VER")]
    sdk_version: String,
    /// Write there instead of standard output.
    #[arg(long, value_name = "PATH")]
    out: Option<PathBuf>,
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return match e.use_stderr() {
                true => ExitCode::from(2),
                false => ExitCode::SUCCESS,
            };
        }
    };
    match run(cli.task) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::from(2)
        }
    }
}

fn this_checkout() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn run(task: Task) -> Result<ExitCode, String> {
    match task {
        Task::Test { args } => test::run(&this_checkout(), &args),
        Task::Regen(args) => {
            let sdk = match (args.sdk_version, args.sdk_schema, args.no_sdk) {
                (Some(version), _, _) => regen::Sdk::Version(version),
                (_, Some(path), _) => regen::Sdk::Schema(path),
                (_, _, true) => regen::Sdk::None,
                _ => regen::Sdk::Recorded,
            };
            let source = regen::Source {
                from: args.from.unwrap_or_else(|| regen::UPSTREAM_URL.to_owned()),
                url: args.url,
                commit: args.commit,
                sdk,
            };
            let root = args.root.root.unwrap_or_else(this_checkout);
            regen::run(&root, &source, args.check)
        }
        Task::ExportSdk(args) => {
            let (bytes, _venv) = sdk::export(&args.sdk_version, None)?;
            match args.out {
                Some(path) => {
                    files::write_atomically(&path, &bytes)?;
                    println!("wrote {}", path.display());
                }
                None => print!("{}", String::from_utf8_lossy(&bytes)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Task::Snapshot(args) => {
            let path = snapshot::refresh(&args.root.unwrap_or_else(this_checkout))?;
            println!("wrote {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
    }
}
