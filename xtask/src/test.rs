//! `cargo xtask test`: the whole test suite, on a fresh machine too. The Redis tests need
//! `redis-server` (with TLS, as Debian builds it) and `redis-cli` (to form a Redis Cluster),
//! the PostgreSQL tests `initdb` and `pg_ctl` (Debian's `postgresql`); they are installed
//! with apt-get when missing, saying which and why.

use std::path::Path;
use std::process::{Command, ExitCode, Stdio};

/// Installs what the tests' servers need if it is missing (Redis, PostgreSQL), then runs
/// `cargo test --workspace --all-features` with `extra` appended.
pub fn run(root: &Path, extra: &[String]) -> Result<ExitCode, String> {
    ensure_redis_server()?;
    ensure_postgres()?;
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
        "installing the Debian packages redis-server and redis-tools with apt-get: the Redis \
         tests start their own servers (plain, TLS and a 3-node cluster made with redis-cli)"
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
                "could not run {}apt-get ({e}); install the missing package by hand",
                if sudo { "sudo " } else { "" }
            )
        })?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("apt-get {} failed ({status})", args.join(" ")))
    }
}

/// Whether PostgreSQL's server binaries are there: Debian keeps them in
/// `/usr/lib/postgresql/<version>/bin`, off `PATH` (the tests look there too).
fn has_postgres() -> bool {
    std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .any(|version| {
            let bin = version.path().join("bin");
            bin.join("initdb").is_file() && bin.join("pg_ctl").is_file()
        })
}

/// Installs Debian's `postgresql` without the cluster its package would create and start:
/// the tests make their own throwaway clusters and stop them.
fn ensure_postgres() -> Result<(), String> {
    if has_postgres() {
        return Ok(());
    }
    println!(
        "installing the Debian packages postgresql-common, then postgresql (with \
         create_main_cluster = false, so no server is left running) with apt-get: the \
         PostgreSQL tests start throwaway clusters made with initdb"
    );
    let sudo = !is_root();
    apt(sudo, &["update", "-qq"])?;
    apt(sudo, &["install", "-y", "-qq", "postgresql-common"])?;
    append_line(
        sudo,
        "/etc/postgresql-common/createcluster.conf",
        "create_main_cluster = false",
    )?;
    apt(sudo, &["install", "-y", "-qq", "postgresql"])?;
    if has_postgres() {
        Ok(())
    } else {
        Err(
            "apt-get installed postgresql, but initdb and pg_ctl are not in /usr/lib/postgresql"
                .into(),
        )
    }
}

/// Appends `line` to the file at `path` (with `sudo tee -a` when not root).
fn append_line(sudo: bool, path: &str, line: &str) -> Result<(), String> {
    use std::io::Write;
    let failed = |e: std::io::Error| format!("could not write {path}: {e}");
    if !sudo {
        let mut file = std::fs::OpenOptions::new()
            .append(true)
            .create(true)
            .open(path)
            .map_err(failed)?;
        return writeln!(file, "{line}").map_err(failed);
    }
    let mut tee = Command::new("sudo")
        .args(["tee", "-a", path])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .map_err(failed)?;
    if let Some(mut stdin) = tee.stdin.take() {
        writeln!(stdin, "{line}").map_err(failed)?;
    }
    match tee.wait().map_err(failed)? {
        status if status.success() => Ok(()),
        status => Err(format!("could not write {path} ({status})")),
    }
}
