//! `cargo xtask test`: the whole test suite, on a fresh machine too. The Redis tests need
//! `redis-server` (with TLS, as Debian builds it) and `redis-cli` (to form a Redis Cluster);
//! they are installed with apt-get when missing.

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

/// Installs `redis-server` and `redis-cli` if needed, then runs `cargo test --workspace --all-features`
/// with `extra` appended.
pub fn run(root: &Path, extra: &[String]) -> Result<ExitCode, String> {
    ensure_redis_server()?;
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args(["test", "--workspace", "--all-features"])
        .args(extra)
        .current_dir(root)
        .status()
        .map_err(|e| format!("could not run cargo: {e}"))?;
    Ok(if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn has_redis_server() -> bool {
    runs("redis-server") && runs("redis-cli")
}

fn runs(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn ensure_redis_server() -> Result<(), String> {
    if has_redis_server() {
        return Ok(());
    }
    println!(
        "redis-server or redis-cli is missing (the Redis tests need them): installing them with \
         apt-get"
    );
    let sudo = !is_root();
    apt(sudo, &["update", "-qq"])?;
    apt(
        sudo,
        &["install", "-y", "-qq", "redis-server", "redis-tools"],
    )?;
    if has_redis_server() {
        Ok(())
    } else {
        Err("apt-get installed redis-server and redis-tools, but they still do not run".into())
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

fn apt(sudo: bool, args: &[&str]) -> Result<(), String> {
    let mut command = if sudo {
        let mut c = Command::new("sudo");
        c.arg("apt-get");
        c
    } else {
        Command::new("apt-get")
    };
    let status = command
        .args(args)
        .env("DEBIAN_FRONTEND", "noninteractive")
        .status()
        .map_err(|e| {
            format!(
                "could not run {}apt-get ({e}); install redis-server and redis-tools by hand",
                if sudo { "sudo " } else { "" }
            )
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("apt-get {} failed ({status})", args.join(" ")))
    }
}
