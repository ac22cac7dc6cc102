//! `openai-webhooks`: sign, send, receive and verify OpenAI webhook deliveries, and audit
//! an endpoint, to test it without OpenAI.
//!
//! Exit status: 0 success, 1 a verification or delivery failure, 2 a usage error. Errors
//! are one line on stderr, and no output ever contains the secret.
#![forbid(unsafe_code)]

mod audit;
mod client;
mod events;
mod failure;
mod ids;
mod input;
mod listen;
mod output;
mod samples;
mod secret;
mod send;
mod sign;
mod verify;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{Parser, Subcommand};

use crate::failure::Failure;

/// Test OpenAI webhook endpoints without OpenAI: sign, send, receive and verify
/// deliveries (Standard Webhooks signatures, as OpenAI sends them), and audit an endpoint.
///
/// The endpoint secret comes from the OPENAI_WEBHOOK_SECRET environment variable, or from
/// --secret (weaker: it lands in shell history). Exit status: 0 success, 1 verification or
/// delivery failure, 2 usage error.
#[derive(Debug, Parser)]
#[command(name = "openai-webhooks", version)]
#[command(after_help = "Example, in two terminals:\n  \
    export OPENAI_WEBHOOK_SECRET=whsec_ZGVtby1zZWNyZXQ=\n  \
    openai-webhooks listen\n  \
    openai-webhooks send --url http://127.0.0.1:8000/webhook\n  \
    openai-webhooks audit --url http://127.0.0.1:8000/webhook")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Events(events::EventsCommand),
    Sign(sign::SignCommand),
    Send(send::SendCommand),
    Listen(listen::ListenCommand),
    Verify(verify::VerifyCommand),
    Audit(audit::AuditCommand),
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Paths are parsed as given; the lossy text only finds the secrets to hide.
    let lossy: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    output::hide(secret::known_secrets(&lossy));
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => return usage_error(&e),
    };
    let result = match cli.command {
        Command::Events(c) => {
            c.run();
            Ok(())
        }
        Command::Sign(c) => c.run(),
        Command::Send(c) => c.run(),
        Command::Listen(c) => c.run(),
        Command::Verify(c) => c.run(),
        Command::Audit(c) => c.run(),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Reported) => Failure::Reported.exit_code(),
        Err(failure) => {
            output::error(&failure.to_string());
            failure.exit_code()
        }
    }
}

/// Help and version go out as clap writes them; a parse error becomes one line.
fn usage_error(error: &clap::Error) -> ExitCode {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = error.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand | ErrorKind::MissingSubcommand => {
            output::error(
                "a command is needed: events, sign, send, listen, verify or audit; try '--help'",
            );
            return ExitCode::from(2);
        }
        _ => {}
    }
    let rendered = error.render().to_string();
    let before_usage = rendered.split("\nUsage:").next().unwrap_or_default();
    let mut message = String::new();
    for line in before_usage
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
    {
        if !message.is_empty() {
            message.push_str(if message.ends_with(':') { " " } else { "; " });
        }
        message.push_str(line);
    }
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    output::error(&format!("{message}; try '--help'"));
    ExitCode::from(2)
}

/// The runtime for the commands that talk HTTP; one thread is plenty.
fn runtime() -> Result<tokio::runtime::Runtime, Failure> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Failure::Failed(format!("cannot start the async runtime: {e}")))
}
