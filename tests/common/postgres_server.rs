//! A real, throwaway PostgreSQL for tests: `initdb` in a temp dir, a free loopback port,
//! run as a non-root user (`postgres` when the tests run as root), stopped on drop. Fails
//! loudly when it cannot start one.
#![allow(dead_code)]

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub struct PostgresServer {
    bin: PathBuf,
    dir: PathBuf,
    port: u16,
    /// Runs the server binaries as this user (the tests run as root).
    user: Option<&'static str>,
    running: bool,
}

impl PostgresServer {
    /// Makes a cluster and starts it on a free loopback port. Panics, saying why, if it
    /// cannot.
    pub fn start() -> PostgresServer {
        static COUNT: AtomicUsize = AtomicUsize::new(0);
        let bin = bin_dir().unwrap_or_else(|e| panic!("{e}"));
        let dir = std::env::temp_dir().join(format!(
            "openai-webhooks-pg-{}-{}",
            std::process::id(),
            COUNT.fetch_add(1, Ordering::Relaxed)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create a temp dir for PostgreSQL");
        let user = is_root().then_some("postgres");
        if user.is_some() {
            // The server user writes here; the data directory itself is its own (0700).
            let status = Command::new("chown")
                .arg("postgres")
                .arg(&dir)
                .status()
                .expect("run chown");
            assert!(
                status.success(),
                "chown postgres {}: {status}",
                dir.display()
            );
        }
        let mut server = PostgresServer {
            bin,
            dir,
            port: 0,
            user,
            running: false,
        };
        server.initdb();
        let mut last_error = String::new();
        // Another process may take the port between probing and binding: try a few.
        for _ in 0..5 {
            server.port = free_port();
            match server.launch() {
                Ok(()) => return server,
                Err(e) => last_error = e,
            }
        }
        panic!("could not start PostgreSQL: {last_error}");
    }

    /// `postgres://postgres@127.0.0.1:<port>/postgres` (trust authentication on loopback).
    pub fn url(&self) -> String {
        self.url_for("postgres")
    }

    /// The URL of another database on this server.
    pub fn url_for(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Stops the server at once (`immediate`, as a crash would; committed data stays).
    pub fn stop(&mut self) {
        if self.running {
            self.running = false;
            let _ = self.pg_ctl(&["stop", "-m", "immediate", "-w", "-t", "30"]);
        }
    }

    /// Starts it again on the same port, with the same data.
    pub fn restart(&mut self) {
        self.stop();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            match self.launch() {
                Ok(()) => return,
                Err(e) if Instant::now() > deadline => panic!("could not restart PostgreSQL: {e}"),
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }

    fn data(&self) -> PathBuf {
        self.dir.join("data")
    }

    fn initdb(&self) {
        let data = self.data();
        let output = self
            .command("initdb")
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
                "-N",
            ])
            .arg("-D")
            .arg(&data)
            .output()
            .unwrap_or_else(|e| panic!("could not run initdb ({e})"));
        assert!(
            output.status.success(),
            "initdb failed ({}): {}",
            output.status,
            stderr(&output)
        );
    }

    fn launch(&mut self) -> Result<(), String> {
        let options = format!(
            "-p {} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' \
             -c fsync=off -c full_page_writes=off \
             -c max_connections=300 -c shared_buffers=32MB",
            self.port
        );
        let log = self.dir.join("server.log");
        let output = self.pg_ctl(&[
            "start",
            "-w",
            "-t",
            "30",
            "-o",
            &options,
            "-l",
            log.to_str().expect("a UTF-8 temp path"),
        ])?;
        if !output.status.success() {
            let log = std::fs::read_to_string(&log).unwrap_or_default();
            return Err(format!(
                "pg_ctl start failed ({}): {}\n{log}",
                output.status,
                stderr(&output)
            ));
        }
        self.running = true;
        if TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            self.stop();
            return Err(format!("PostgreSQL is not listening on port {}", self.port));
        }
        Ok(())
    }

    fn pg_ctl(&self, args: &[&str]) -> Result<Output, String> {
        self.command("pg_ctl")
            .arg("-D")
            .arg(self.data())
            .args(args)
            .stdin(Stdio::null())
            .output()
            .map_err(|e| format!("could not run pg_ctl ({e})"))
    }

    /// `program` from the server's bin directory, as the server user.
    fn command(&self, program: &str) -> Command {
        let path = self.bin.join(program);
        let mut command = match self.user {
            Some(user) => {
                let mut c = Command::new("runuser");
                c.args(["-u", user, "--"]).arg(path);
                c
            }
            None => Command::new(path),
        };
        // initdb and pg_ctl look for their files relative to the current directory too.
        command.current_dir(&self.dir);
        command
    }
}

impl Drop for PostgresServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The directory holding `initdb`, `pg_ctl` and `postgres`: `$PG_BIN`, else the newest
/// `/usr/lib/postgresql/<version>/bin` (Debian's `postgresql` package), else the one
/// `initdb` on `PATH` is in.
fn bin_dir() -> Result<PathBuf, String> {
    let has_all = |dir: &Path| {
        ["initdb", "pg_ctl", "postgres"]
            .iter()
            .all(|p| dir.join(p).is_file())
    };
    if let Some(dir) = std::env::var_os("PG_BIN") {
        let dir = PathBuf::from(dir);
        return match has_all(&dir) {
            true => Ok(dir),
            false => Err(format!(
                "PG_BIN={} lacks initdb, pg_ctl or postgres",
                dir.display()
            )),
        };
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let version = entry.file_name().to_str()?.parse().ok()?;
            Some((version, entry.path().join("bin")))
        })
        .filter(|(_, dir)| has_all(dir))
        .collect();
    versions.sort();
    if let Some((_, dir)) = versions.pop() {
        return Ok(dir);
    }
    let on_path = std::env::var_os("PATH")
        .map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|dir| std::fs::canonicalize(dir.join("initdb")).ok())
        .filter_map(|initdb| initdb.parent().map(Path::to_path_buf))
        .find(|dir| has_all(dir));
    on_path.ok_or_else(|| {
        "PostgreSQL's initdb, pg_ctl and postgres were not found (in /usr/lib/postgresql/*/bin, \
         on PATH, or in $PG_BIN): install the Debian package `postgresql`, or run \
         `cargo xtask test`, which does"
            .to_owned()
    })
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    listener.local_addr().expect("local address").port()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}
