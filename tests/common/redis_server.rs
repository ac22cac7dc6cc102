//! A real `redis-server` for tests: loopback TCP on a free port (plain, TLS, or as a Cluster
//! node), persistence off, stopped on drop. Fails loudly when it cannot start one.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub struct RedisServer {
    child: Option<Child>,
    port: u16,
    dir: PathBuf,
    mode: Mode,
}

/// How a server listens.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Plain,
    /// TLS only, with `ca.pem`, `server.pem` and `server.key` of its directory.
    Tls,
    /// A node of a Redis Cluster, with its cluster bus on `bus_port`; over TLS (clients
    /// and bus) when `tls`, with the files `Tls` needs.
    ClusterNode {
        bus_port: u16,
        tls: bool,
    },
}

impl RedisServer {
    /// Starts a server on a free loopback port. Panics, saying why, if it cannot.
    pub fn start() -> RedisServer {
        RedisServer::start_in(Mode::Plain, |_| {})
    }

    /// Starts a server in `mode` in a new directory, after `prepare` filled it.
    pub fn start_in(mode: Mode, prepare: impl FnOnce(&Path)) -> RedisServer {
        let dir = temp_dir("redis");
        prepare(&dir);
        let mut last_error = String::new();
        // Another process may take the port between probing and binding: try a few.
        for _ in 0..5 {
            let mode = match mode {
                Mode::ClusterNode { tls, .. } => Mode::ClusterNode {
                    bus_port: free_port(),
                    tls,
                },
                other => other,
            };
            let mut server = RedisServer {
                child: None,
                port: free_port(),
                dir: dir.clone(),
                mode,
            };
            match server.launch() {
                Ok(()) => return server,
                Err(e) => last_error = e,
            }
        }
        panic!("could not start redis-server: {last_error}");
    }

    pub fn url(&self) -> String {
        match self.tls() {
            true => format!("rediss://127.0.0.1:{}/", self.port),
            false => format!("redis://127.0.0.1:{}/", self.port),
        }
    }

    pub fn tls(&self) -> bool {
        matches!(self.mode, Mode::Tls | Mode::ClusterNode { tls: true, .. })
    }

    /// The server's directory (its TLS files, `nodes.conf`).
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// `host:port`, as `redis-cli --cluster` wants it.
    pub fn address(&self) -> String {
        format!("127.0.0.1:{}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Kills the server (as a crash would) and waits until it is gone. Its data is lost.
    pub fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Starts it again, empty, on the same port.
    pub fn restart(&mut self) {
        self.stop();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.launch() {
                Ok(()) => return,
                Err(e) if Instant::now() > deadline => {
                    panic!("could not restart redis-server: {e}")
                }
                Err(_) => std::thread::sleep(Duration::from_millis(50)),
            }
        }
    }

    fn launch(&mut self) -> Result<(), String> {
        let port = self.port.to_string();
        let mut command = Command::new("redis-server");
        command.args(["--bind", "127.0.0.1"]);
        if self.tls() {
            command
                .args(["--port", "0", "--tls-port", &port])
                .args(["--tls-cert-file", "server.pem"])
                .args(["--tls-key-file", "server.key"])
                .args(["--tls-ca-cert-file", "ca.pem", "--tls-auth-clients", "no"]);
        } else {
            command.args(["--port", &port]);
        }
        if let Mode::ClusterNode { bus_port, tls } = self.mode {
            command
                .args([
                    "--cluster-enabled",
                    "yes",
                    "--cluster-config-file",
                    "nodes.conf",
                ])
                .args(["--cluster-port", &bus_port.to_string()])
                .args(["--cluster-node-timeout", "2000"])
                .args(["--tls-cluster", if tls { "yes" } else { "no" }]);
        }
        let child = command
            .current_dir(&self.dir)
            .args([
                "--save",
                "",
                "--appendonly",
                "no",
                "--protected-mode",
                "yes",
            ])
            .arg("--dir")
            .arg(&self.dir)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| {
                format!(
                    "`redis-server` did not run ({e}); install it (Debian package \
                     `redis-server`), or run `cargo xtask test`, which does"
                )
            })?;
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self
                .child
                .as_mut()
                .and_then(|c| c.try_wait().ok().flatten())
            {
                self.child = None;
                return Err(format!(
                    "redis-server exited with {status} (port {})",
                    self.port
                ));
            }
            let ready = match self.tls() {
                // Listening is enough: the TLS handshake is the client's test.
                true => TcpStream::connect(("127.0.0.1", self.port)).is_ok(),
                false => ping(self.port),
            };
            if ready {
                return Ok(());
            }
            if Instant::now() > deadline {
                self.stop();
                return Err(format!(
                    "redis-server did not answer PING on port {}",
                    self.port
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A new, empty directory for one server's files.
pub fn temp_dir(what: &str) -> PathBuf {
    static COUNT: AtomicUsize = AtomicUsize::new(0);
    let dir = std::env::temp_dir().join(format!(
        "openai-webhooks-{what}-{}-{}",
        std::process::id(),
        COUNT.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a temp dir for redis-server");
    dir
}

pub fn free_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    listener.local_addr().expect("local address").port()
}

fn ping(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
    let mut answer = [0; 7];
    stream.write_all(b"PING\r\n").is_ok()
        && stream.read_exact(&mut answer).is_ok()
        && &answer == b"+PONG\r\n"
}
